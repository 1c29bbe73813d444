// What a search result shows of its section: a window of the text around the first highlighted
// word, and any text split into plain and marked runs. Pure.

export interface Run {
  text: string
  mark: boolean
}

/** Splits `text` into runs, marking every match of `pattern` (a global RegExp). */
export function markRuns(text: string, pattern: RegExp | undefined): Run[] {
  if (!pattern || !text) {
    return text
      ? [
          { text, mark: false },
        ]
      : []
  }
  const runs: Run[] = []
  let last = 0
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g')
    ? pattern.flags
    : `${pattern.flags}g`))) {
    if (!m[0])
      continue
    if (m.index > last) {
      runs.push({
        text: text.slice(last, m.index),
        mark: false,
      })
    }
    runs.push({ text: m[0], mark: true })
    last = m.index + m[0].length
  }
  if (last < text.length) {
    runs.push({
      text: text.slice(last),
      mark: false,
    })
  }
  return runs
}

/**
 * Up to `length` characters (code points) of `text`: from its start, or, when the first match of
 * `pattern` lies further in, starting a little before that match. Ellipses mark the cuts.
 * By default 120 code points, starting 30 before the match.
 */
export function excerptWindow(text: string, pattern: RegExp | undefined, length = 120, lead = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = [...flat]
  if (chars.length <= length)
    return flat
  const match = pattern
    ? new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(flat)
    : null
  // Code-point index of the match.
  const at = match
    ? [
        ...flat.slice(0, match.index),
      ].length
    : 0
  const start = at > lead
    ? Math.min(at - lead, chars.length - length)
    : 0
  const end = Math.min(chars.length, start + length)
  return `${start > 0
    ? '…'
    : ''}${chars.slice(start, end).join('')}${end < chars.length
    ? '…'
    : ''}`
}
