// Small pure helpers for the benchmark: the median of repeated runs, byte and time formatting, the
// build-log counters (`[mermaid] N rendered, M cached`, `[og] social cards: …`) and a plain-text table.

export function median(values: readonly number[]): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes))
    return '—'
  if (bytes < 1024)
    return `${bytes} B`
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms))
    return '—'
  return ms < 1000
    ? `${Math.round(ms)} ms`
    : `${(ms / 1000).toFixed(2)} s`
}

export interface PipelineCounts {
  rendered: number
  cached: number
}

/** The counters a build printed, e.g. `[mermaid] 3 rendered, 12 cached` and `[og] social cards: 0 rendered, 30 cached, 0 failed`. */
export function parseBuildLog(log: string): { mermaid?: PipelineCounts, og?: PipelineCounts } {
  const counts = (re: RegExp): PipelineCounts | undefined => {
    const m = re.exec(log)
    return m
      ? {
          rendered: Number(m[1]),
          cached: Number(m[2]),
        }
      : undefined
  }
  const mermaid = counts(/\[mermaid\] (\d+) rendered, (\d+) cached/)
  const og = counts(/\[og\] social cards: (\d+) rendered, (\d+) cached/)
  return {
    ...(mermaid
      ? { mermaid }
      : {}),
    ...(og
      ? { og }
      : {}),
  }
}

/** A left-aligned text table; cells may hold Japanese, so width counts full-width characters twice. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map(r => displayWidth(r[i] ?? ''))))
  const line = (r: readonly string[]) => r.map((c, i) => c + ' '.repeat(widths[i]! - displayWidth(c))).join('  ').trimEnd()
  return [
    line(header),
    widths.map(w => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n')
}

export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    // CJK, kana, full-width forms: two columns in a terminal.
    width += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)))
      ? 2
      : 1
  }
  return width
}

/** Relative change from a to b, e.g. '+12.5%'. */
export function formatChange(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0)
    return '—'
  const pct = ((b - a) / a) * 100
  return `${pct >= 0
    ? '+'
    : ''}${pct.toFixed(1)}%`
}
