// Line breaking for social-card titles. Japanese has no spaces, so breaks come from a phrase
// segmenter (BudouX: 「Kubernetesの」「知識地図」) and, inside Latin runs, from spaces. The largest
// font size whose lines fit the box wins; past the smallest size the last line ends with '…'.
// Pure: text width comes from an injected `measure`, so tests can use a fake and the renderer the font.

/** Width in px of `text` set at `fontSize`. */
export type Measure = (text: string, fontSize: number) => number

export interface FitOptions {
  /** Phrase segmenter: '知識地図の読書ノート' → ['知識地図の', '読書ノート']. */
  segment: (text: string) => string[]
  measure: Measure
  maxWidth: number
  maxHeight: number
  /** Candidate sizes, largest first. */
  sizes: readonly number[]
  /** @default 1.3 */
  lineHeight?: number
  /** @default 4 */
  maxLines?: number
}

export interface FittedText {
  fontSize: number
  lineHeight: number
  lines: string[]
  /** True when the text was cut and ends with '…'. */
  clamped: boolean
}

export const ELLIPSIS = '…'

/** Collapses whitespace and drops control characters, which no font draws. */
export function normalizeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F\u200B-\u200D\uFEFF]/g, ' ').replace(/\s+/g, ' ').trim()
}

/** Segments, each further split after spaces so Latin words can break: 'a b' → ['a ', 'b']. */
export function breakableTokens(text: string, segment: (text: string) => string[]): string[] {
  return segment(text).flatMap(s => s.split(/(?<= )/)).filter(s => s.length > 0)
}

/**
 * Where a word too wide for a line may break, best first: after . / _ - ] (an API field path such as
 * spec.template.spec.containers[].image), then between camelCase parts, then anywhere.
 */
const WORD_BREAKS: readonly ((word: string) => string[])[] = [
  word => word.split(/(?<=[./_\-\]])/),
  word => word.split(/(?<=[a-z\d])(?=[A-Z])/),
  word => Array.from(word),
]

/** Greedy packing of tokens into lines no wider than maxWidth; a token wider than a line is split at WORD_BREAKS. */
export function packLines(tokens: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line.trim())
      lines.push(line.trim())
    line = ''
  }
  const place = (token: string, level: number): void => {
    const candidate = line === ''
      ? token.trimStart()
      : line + token
    if (fits(candidate.trimEnd())) {
      line = candidate
      return
    }
    push()
    if (fits(token.trim()) || level === WORD_BREAKS.length) {
      line = token.trimStart()
      return
    }
    for (const piece of WORD_BREAKS[level]!(token.trimStart()))
      place(piece, level + 1)
  }
  for (const token of tokens)
    place(token, 0)
  push()
  return lines
}

/** Cuts `text` from the end until `text + '…'` fits. */
export function withEllipsis(text: string, fits: (line: string) => boolean): string {
  const chars = Array.from(text.trimEnd())
  while (chars.length > 0 && !fits(`${chars.join('').trimEnd()}${ELLIPSIS}`))
    chars.pop()
  return `${chars.join('').trimEnd()}${ELLIPSIS}`
}

/** One line: the text itself if it fits, else cut with '…'. */
export function clampLine(text: string, fontSize: number, maxWidth: number, measure: Measure): string {
  const clean = normalizeText(text)
  const fits = (s: string) => measure(s, fontSize) <= maxWidth
  return fits(clean)
    ? clean
    : withEllipsis(clean, fits)
}

export function fitText(text: string, options: FitOptions): FittedText {
  const lineHeight = options.lineHeight ?? 1.3
  const clean = normalizeText(text)
  const tokens = breakableTokens(clean, options.segment)
  const capacity = (size: number) => Math.max(1, Math.min(options.maxLines ?? 4, Math.floor(options.maxHeight / (size * lineHeight))))
  for (const fontSize of options.sizes) {
    const fits = (s: string) => options.measure(s, fontSize) <= options.maxWidth
    const lines = packLines(tokens, fits)
    if (lines.length <= capacity(fontSize)) {
      return {
        fontSize,
        lineHeight,
        lines,
        clamped: false,
      }
    }
  }
  const fontSize = options.sizes.at(-1)!
  const fits = (s: string) => options.measure(s, fontSize) <= options.maxWidth
  const lines = packLines(tokens, fits)
  const keep = capacity(fontSize)
  const rest = lines.slice(keep - 1).reduce((a, b) => /[\w)]$/.test(a) && /^[\w(]/.test(b)
    ? `${a} ${b}`
    : a + b)
  return {
    fontSize,
    lineHeight,
    lines: [
      ...lines.slice(0, keep - 1),
      withEllipsis(rest, fits),
    ],
    clamped: true,
  }
}
