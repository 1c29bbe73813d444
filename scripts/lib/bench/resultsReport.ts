// The bench results as text: the report of one run (with the targets' verdicts) and the side-by-side
// of two result files.
import type { LighthouseRun } from './lighthouse'
import type { ByteCount } from './pageAssets'
import type { BenchResults, BuildRun, InteractionResult, PageResult } from './results'
import type { PipelineCounts } from './stats'
import { checkTargets } from './results'
import { formatBytes, formatChange, formatMs, formatTable, median } from './stats'

function bytes(b?: ByteCount) {
  return b
    ? `${formatBytes(b.raw)} / ${formatBytes(b.gzip)} gz`
    : '—'
}
function counts(c?: PipelineCounts) {
  return c
    ? `${c.rendered} rendered, ${c.cached} cached`
    : '—'
}
function runs(b: BuildRun) {
  return b.runsMs
    ? `median of ${b.runsMs.map(formatMs).join(', ')}; `
    : ''
}
function mem(kib?: number) {
  return kib
    ? formatBytes(kib * 1024)
    : '—'
}

/** The build rows: cold, warm, with the pipelines off, and plain VitePress for scale. */
function buildRows(build: NonNullable<BenchResults['build']>, rows: string[][]): void {
  rows.push([
    'build cold',
    formatMs(build.cold.ms),
    `peak ${mem(build.cold.peakKiB)}; mermaid ${counts(build.cold.mermaid)}; og ${counts(build.cold.og)}`,
  ])
  rows.push([
    'build warm',
    formatMs(build.warm.ms),
    `${runs(build.warm)}peak ${mem(build.warm.peakKiB)}; mermaid ${counts(build.warm.mermaid)}; og ${counts(build.warm.og)}`,
  ])
  rows.push([
    'build, pipelines off',
    formatMs(build.pipelinesOff.ms),
    `${runs(build.pipelinesOff)}GARDEN_PIPELINES=off (no diagram pre-render, no cards); peak ${mem(build.pipelinesOff.peakKiB)}`,
  ])
  if (build.plain) {
    rows.push([
      'build, plain VitePress',
      formatMs(build.plain.ms),
      `scripts/lib/bench/plain (default theme, none of our plugins); peak ${mem(build.plain.peakKiB)}`,
    ])
  }
}

/** A page's rows: its bytes, and Lighthouse on mobile and desktop beside the no-JS limit and plain VitePress. */
function pageRows(p: PageResult, rows: string[][]): void {
  rows.push([`${p.label} ${p.route}`, `JS ${bytes(p.js)}`, `CSS ${bytes(p.css)}; HTML ${bytes(p.html)}; ${p.requests} requests in HTML`])
  const lhRow = (name: string, lh: LighthouseRun & { scores?: number[] }) =>
    rows.push([name, `score ${lh.score}`, `LCP ${formatMs(lh.lcpMs)}, TBT ${formatMs(lh.tbtMs)}, CLS ${lh.cls.toFixed(3)}; ${formatBytes(lh.transferBytes)} transferred${lh.scores
      ? `; runs ${lh.scores.join('/')}`
      : ''}`])
  for (const ff of ['mobile', 'desktop'] as const) {
    const lh = p[ff]
    if (lh)
      lhRow(`  Lighthouse ${ff}`, lh)
    const limitLh = p.limit?.[ff]
    if (limitLh)
      lhRow(`    no-JS limit (same HTML, scripts removed)`, limitLh)
    const plainLh = p.plain?.[ff]
    if (plainLh)
      lhRow(`    plain VitePress`, plainLh)
  }
  if (p.plain) {
    rows.push([
      '  plain VitePress JS',
      bytes(p.plain.js),
      'the same page, default theme',
    ])
  }
}

/** The interaction rows: first and later taps, layout shift, script bytes and page-to-page navigation. */
function interactionRows(interaction: InteractionResult, rows: string[][]): void {
  const f = (xs: number[]) => `${Math.round(median(xs))} ms [${xs.map(Math.round).join(' ')}]`
  for (const t of interaction.taps)
    rows.push([`first tap ${t.target} ${t.route}`, `INP ${f(t.firstInp)}`, `answered ${f(t.firstResponse)}; a later tap INP ${f(t.laterInp)}`])
  for (const s of interaction.shift)
    rows.push([`layout shift ${s.route}`, `${s.desktop.toFixed(3)} desktop`, `${s.phone.toFixed(3)} phone, through the first pointer move, scroll and tap`])
  for (const s of interaction.scripts) {
    rows.push([
      `JS before interaction ${s.route}`,
      formatBytes(s.bytes),
      `${s.files} file(s), gzip as transferred`,
    ])
  }
  for (const n of interaction.navigation) {
    rows.push([
      `sidebar tap → next page ${n.route}`,
      f(n.ms),
      n.plainMs
        ? `plain VitePress (SPA) ${f(n.plainMs)}`
        : '',
    ])
  }
}

export function formatReport(r: BenchResults): string {
  const rows: string[][] = []
  if (r.build)
    buildRows(r.build, rows)
  for (const p of r.pages ?? [])
    pageRows(p, rows)
  if (r.interaction)
    interactionRows(r.interaction, rows)
  if (r.searchIndex) {
    rows.push([
      'search index',
      bytes(r.searchIndex),
      'the index chunk (base) + all term shards (assets/search/)',
    ])
  }
  if (r.dev) {
    rows.push([
      'dev cold start',
      formatMs(r.dev.coldStartMs),
      'spawn → / answers 200 HTML',
    ])
    rows.push([
      'dev HMR (edit → text on screen)',
      r.dev.hmrMs === undefined
        ? '—'
        : formatMs(r.dev.hmrMs),
      r.dev.hmrError ?? '',
    ])
  }
  for (const s of r.scale ?? []) {
    rows.push([`scale ${s.notes} notes`, `cold ${formatMs(s.cold.ms)}, warm ${formatMs(s.warm.ms)}`, `peak ${mem(Math.max(s.cold.peakKiB ?? 0, s.warm.peakKiB ?? 0) || undefined)}; mermaid ${counts(s.cold.mermaid)}; og ${counts(s.cold.og)} (cold)${s.search
      ? `; search index ${bytes(s.search.index)}, first result ${formatMs(s.search.firstResultMs)} after the click${s.search.fromHarnessMs === undefined
        ? ''
        : ` (${formatMs(s.search.fromHarnessMs)} from the harness's start)`}${s.search.afterTypingMs === undefined
        ? ''
        : `, ${formatMs(s.search.afterTypingMs)} after typing`} at 4× CPU after ${formatBytes(s.search.transferredGzip)} gz`
      : ''}`])
    if (s.home)
      rows.push([`scale ${s.notes} notes: home page HTML`, `${formatBytes(s.home.gzip)} gzip`, `${formatBytes(s.home.bytes)} raw (budget < 150 KiB gzip at 1,000 notes)`])
  }
  for (const m of r.map ?? []) {
    rows.push([
      `garden map ${m.notes} notes`,
      formatMs(m.ms),
      `first run ${formatMs(m.firstMs)}; map HTML ${formatBytes(m.bytes)} raw, ${formatBytes(m.gzip)} gzip`,
    ])
  }
  for (const g of r.linkGraph ?? []) {
    rows.push([
      `buildLinkGraph ${g.notes} notes`,
      formatMs(g.ms),
      `${(g.ms / g.notes * 1000).toFixed(1)} µs/note`,
    ])
  }
  const table = formatTable(['measure', 'value', 'detail'], rows)
  const targets = formatTable(['target', 'value', 'goal', 'result'], checkTargets(r).map(c => [c.name, c.value, c.target, c.status]))
  return `bench ${r.commit} on ${r.machine.cpus} CPUs, Node ${r.machine.node}, ${r.date}\n\n${table}\n\n${targets}`
}

/** A side-by-side of two result files: numbers that both have, with the relative change. */
export function formatComparison(a: BenchResults, b: BenchResults): string {
  const pairs = new Map<string, [number?, number?]>()
  const put = (which: 0 | 1, r: BenchResults) => {
    const set = (k: string, v: number | undefined) => {
      const cur = pairs.get(k) ?? [undefined, undefined]
      cur[which] = v
      pairs.set(k, cur)
    }
    set('build cold (ms)', r.build?.cold.ms)
    set('build warm (ms)', r.build?.warm.ms)
    set('build pipelines off (ms)', r.build?.pipelinesOff.ms)
    for (const p of r.pages ?? []) {
      set(`${p.route} JS gzip (B)`, p.js.gzip)
      set(`${p.route} CSS gzip (B)`, p.css.gzip)
      set(`${p.route} HTML gzip (B)`, p.html.gzip)
      set(`${p.route} mobile score`, p.mobile?.score)
      set(`${p.route} desktop score`, p.desktop?.score)
      set(`${p.route} mobile TBT (ms)`, p.mobile?.tbtMs)
      set(`${p.route} mobile score, plain VitePress`, p.plain?.mobile?.score)
      set(`${p.route} mobile score, no-JS limit`, p.limit?.mobile?.score)
      set(`${p.route} mobile TBT (ms), no-JS limit`, p.limit?.mobile?.tbtMs)
    }
    set('search index gzip (B)', r.searchIndex?.gzip)
    set('dev cold start (ms)', r.dev?.coldStartMs)
    set('dev HMR (ms)', r.dev?.hmrMs)
    for (const s of r.scale ?? [])
      set(`scale ${s.notes} warm (ms)`, s.warm.ms)
    for (const s of r.scale ?? []) {
      set(`scale ${s.notes} search index gzip (B)`, s.search?.index?.gzip)
      set(`scale ${s.notes} search first result 4× (ms)`, s.search?.firstResultMs)
    }
  }
  put(0, a)
  put(1, b)
  const fmt = (v?: number) => v === undefined || !Number.isFinite(v)
    ? '—'
    : (Number.isInteger(v)
        ? String(v)
        : v.toFixed(1))
  const rows = Array.from(pairs, ([k, [x, y]]) => [
    k,
    fmt(x),
    fmt(y),
    x !== undefined && y !== undefined
      ? formatChange(x, y)
      : '—',
  ])
  return formatTable([
    'measure',
    a.commit,
    b.commit,
    'change',
  ], rows)
}
