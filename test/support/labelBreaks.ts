// Where Mermaid wrapped a label of a pre-rendered SVG: with `htmlLabels: false` it breaks a label that
// is wider than its wrapping width at spaces, and a run without spaces (「Ingress/Gateway実装のPod」)
// character by character, so a line can end inside a word (「…のPo」 / 「d」). A break is fine at a space
// or at a BudouX phrase boundary of the whole label; anything else is reported.
import { phraseChunks } from '../../.vitepress/shared/phrases'

const TEXT_RE = /<text\b[^>]*>([\s\S]*?)<\/text>/g
const ROW_RE = /<tspan class="text-outer-tspan row"[^>]*>([\s\S]*?)<\/tspan><\/tspan>/g
const TAGS_RE = /<[^>]+>/g

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
}

/** The lines of each multi-line label in an SVG, in order. */
export function labelRows(svg: string): string[][] {
  const labels: string[][] = []
  for (const [, body] of svg.matchAll(TEXT_RE)) {
    const rows = [
      ...body!.matchAll(ROW_RE),
    ].map(m => decode(m[1]!.replace(TAGS_RE, '')))
    if (rows.length > 1)
      labels.push(rows)
  }
  return labels
}

/** Positions in `text` where a line may break: after a space, or between two BudouX phrases. */
function allowedBreaks(text: string): Set<number> {
  const allowed = new Set<number>()
  let at = 0
  for (const word of text.split(/(\s+)/)) {
    if (/^\s+$/.test(word)) {
      allowed.add(at)
      allowed.add(at + word.length)
    }
    else {
      let inner = at
      for (const phrase of phraseChunks(word)) {
        inner += phrase.length
        allowed.add(inner)
      }
    }
    at += word.length
  }
  return allowed
}

/**
 * Labels broken inside a word or phrase, as 「line|next line」. Mermaid drops the space it breaks at,
 * so a break whose two sides stand with a space between them in the diagram's source counts as a
 * break at that space; a `<br/>` written in the source is the author's own break.
 */
export function badLabelBreaks(svg: string, source: string): string[] {
  const bad: string[] = []
  for (const rows of labelRows(svg)) {
    const text = rows.join('')
    const allowed = allowedBreaks(text)
    let at = 0
    rows.slice(0, -1).forEach((row, i) => {
      at += row.length
      const next = rows[i + 1]!
      const written = [' ', '<br>', '<br/>', '<br />'].some(gap => source.includes(`${row.trimEnd()}${gap}${next.trimStart()}`))
      if (!allowed.has(at) && !written)
        bad.push(`${row}|${next}`)
    })
  }
  return bad
}
