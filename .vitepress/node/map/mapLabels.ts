// Labels of the map's nodes: a page's whole title, wrapped onto lines at BudouX phrase boundaries
// (and at spaces for Latin words), never shortened. Widths are estimated at build time, on the safe
// side, so that a label stays inside its box whatever Japanese font the reader's system picks:
// full-width characters 1em, ASCII capitals and digits 0.68em (M, W, m, w 0.86em), other ASCII 0.56em
// (Noto Sans JP's Latin measures ~0.54em for lowercase, ~0.62em for capitals).
import { phraseChunks } from '../../shared/phrases'

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
  let em = 0
  for (const ch of text) {
    if (ch === ' ')
      em += 0.32
    else if (/[MW@%&]/i.test(ch))
      em += 0.86
    else if (/[A-Z0-9#$?_~]/.test(ch))
      em += 0.68
    else if (/[\u0021-\u007E]/.test(ch))
      em += 0.56
    else if (/[\uFF61-\uFF9F]/.test(ch))
      em += 0.55
    else
      em += 1
  }
  return em
}

/**
 * Pieces a line may break between: BudouX phrases, then words at spaces; a word wider than `hardEm`
 * (only then) between characters.
 */
function pieces(title: string, maxEm: number, hardEm: number): string[] {
  const out: string[] = []
  for (const phrase of phraseChunks(title)) {
    for (const word of phrase.split(/(?<= )/)) {
      if (textWidthEm(word.trimEnd()) <= Math.max(maxEm, hardEm)) {
        out.push(word)
        continue
      }
      let part = ''
      for (const ch of word) {
        if (part !== '' && textWidthEm(part + ch) > Math.max(maxEm, hardEm)) {
          out.push(part)
          part = ''
        }
        part += ch
      }
      if (part !== '')
        out.push(part)
    }
  }
  return out
}

/**
 * The title on lines of at most `maxWidth` px at `fontSize` px (greedy fill; every character kept:
 * a line keeps the space it breaks at, so the lines joined are the title, and so is the link's name).
 * A single phrase or word may widen its line up to `hardMaxWidth` rather than be cut inside.
 */
export function wrapLabel(title: string, maxWidth: number, fontSize: number, hardMaxWidth = maxWidth): string[] {
  const maxEm = maxWidth / fontSize
  const hardEm = hardMaxWidth / fontSize
  const lines: string[] = []
  let line = ''
  for (const piece of pieces(title, maxEm, hardEm)) {
    if (line !== '' && textWidthEm((line + piece).trimEnd()) > maxEm) {
      lines.push(line)
      line = piece
    }
    else {
      line += piece
    }
  }
  if (line !== '')
    lines.push(line)
  return lines.length > 0
    ? lines
    : ['']
}
