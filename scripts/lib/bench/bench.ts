// The benchmark run: cold/warm/pipelines-off builds and a plain-VitePress build of the same Markdown
// into .bench/, precompressed copies served by scripts/lib/serve/server.ts, per-page bytes,
// Lighthouse (median of 3, mobile and desktop; ours, its no-JS twin and plain VitePress in turn), dev
// cold start and HMR, the search index, and optionally the scale runs. Returns one BenchResults.
import type { BenchResults, BuildRun, PageResult } from './results'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { serveSite } from '../serve/server'
import { runBuild } from './build'
import { measureDev } from './dev'
import { measureInteraction } from './interactionRun'
import { interleavedLighthouse } from './lighthouse'
import { stripScriptsInDir } from './noJs'
import { withLock } from './run'
import { measureLinkGraph, measureMap, measureScale } from './scale'
import { heaviestNote, measurePage, precompressedCopy, searchIndexBytes } from './site'
import { median } from './stats'

export interface BenchOptions {
  root: string
  /** Skip Lighthouse. */
  quick?: boolean
  /** Only the scale runs (synthetic gardens) and the link graph timing. */
  scale?: boolean
  /** flock(1) file held while building (shared checkouts). */
  lock?: string
  /** Note opened for the HMR measurement. @default 'notes/cronjob' */
  hmrNote?: string
  log?: (message: string) => void
}

/** VitePress root of the plain-VitePress baseline (its own config, see that folder). */
export const PLAIN_SITE_ROOT = 'scripts/lib/bench/plain'

export const PAGES = [
  { route: '/', label: 'home' },
  { route: '/chapters/2-running-apps', label: 'chapter 2' },
  { route: '/notes/grpc-load-balancing', label: 'gRPC note' },
  { route: '/notes/pod-disruption-budget', label: 'PDB note' },
]

/** Runs of each first-interaction measure (interaction.ts): the issue asks for medians of 5. */
export const INTERACTION_RUNS = 5

export function gitShortSha(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  }
  catch {
    return 'unknown'
  }
}

export function resultsPath(root: string, commit: string): string {
  return join(root, '.bench', `results-${commit}.json`)
}

/** Cold, warm (twice), pipelines-off (twice) and plain-VitePress builds, under the lock. */
function buildSites(root: string, dirs: { outDir: string, offDir: string, plainDir: string }, lock: string | undefined, log: (message: string) => void): Promise<NonNullable<BenchResults['build']>> {
  const { outDir, offDir, plainDir } = dirs
  return withLock(lock, async () => {
    // Cold: no pipeline caches. Only .vitepress/cache is removed (diagrams and cards), and our own output.
    rmSync(join(root, '.vitepress/cache'), { recursive: true, force: true })
    rmSync(outDir, { recursive: true, force: true })
    log('[bench] build cold…')
    const cold = await runBuild(root, {
      env: { GARDEN_OUT_DIR: outDir },
    })
    // Warm and pipelines-off builds alternate, twice each, and the median (mean of two) of each is
    // kept: on a shared 2-core machine one build's time swings by a third between runs.
    const warmRuns: BuildRun[] = []
    const offRuns: BuildRun[] = []
    for (let i = 0; i < 2; i++) {
      log(`[bench] build warm (${i + 1}/2)…`)
      warmRuns.push(await runBuild(root, {
        env: { GARDEN_OUT_DIR: outDir },
      }))
      log(`[bench] build with GARDEN_PIPELINES=off (${i + 1}/2)…`)
      offRuns.push(await runBuild(root, {
        env: { GARDEN_OUT_DIR: offDir, GARDEN_PIPELINES: 'off' },
      }))
    }
    const warm = {
      ...warmRuns[0]!,
      ms: median(warmRuns.map(r => r.ms)),
      runsMs: warmRuns.map(r => r.ms),
    }
    const pipelinesOff = {
      ...offRuns[0]!,
      ms: median(offRuns.map(r => r.ms)),
      runsMs: offRuns.map(r => r.ms),
    }
    log('[bench] build of plain VitePress (scripts/lib/bench/plain, the Lighthouse baseline)…')
    const plain = await runBuild(root, {
      siteRoot: PLAIN_SITE_ROOT,
      env: { GARDEN_OUT_DIR: plainDir },
    })
    return { cold, warm, pipelinesOff, plain }
  })
}

/** Precompressed copies to serve: our build, plain VitePress, and our no-JS twin. */
function servedCopies(benchDir: string, outDir: string, plainDir: string): { served: string, servedPlain: string, servedNoJs: string } {
  const served = join(benchDir, 'serve')
  const servedPlain = join(benchDir, 'serve-plain')
  // The no-JS twin: our build with every script and modulepreload removed (the limit row).
  const noJsDir = join(benchDir, 'dist-nojs')
  const servedNoJs = join(benchDir, 'serve-nojs')
  rmSync(noJsDir, { recursive: true, force: true })
  cpSync(outDir, noJsDir, { recursive: true })
  stripScriptsInDir(noJsDir)
  for (const [from, to] of [
    [outDir, served],
    [plainDir, servedPlain],
    [noJsDir, servedNoJs],
  ] as const) {
    rmSync(to, { recursive: true, force: true })
    precompressedCopy(from, to)
  }
  return { served, servedPlain, servedNoJs }
}

interface SiteDirs { outDir: string, plainDir: string, served: string, servedPlain: string, servedNoJs: string }

/** Each page's bytes, and unless `quick` its Lighthouse runs: ours, the no-JS limit and plain VitePress in turn. */
async function measurePages(pages: { route: string, label: string }[], dirs: SiteDirs, quick: boolean, log: (message: string) => void): Promise<PageResult[]> {
  const { outDir, plainDir, served, servedPlain, servedNoJs } = dirs
  const ours = await serveSite({ dir: served, port: 0 })
  const baseline = await serveSite({ dir: servedPlain, port: 0 })
  const limit = await serveSite({ dir: servedNoJs, port: 0 })
  try {
    const results: PageResult[] = []
    for (const p of pages) {
      const bytes = measurePage(outDir, p.route)
      const page: PageResult = {
        ...p,
        html: bytes.html,
        js: bytes.js,
        css: bytes.css,
        requests: bytes.scripts.length + bytes.styles.length,
        plain: { js: measurePage(plainDir, p.route).js },
      }
      if (!quick) {
        const urls = [ours.url, limit.url, baseline.url].map(u => new URL(p.route.replace(/^\//, ''), u).href)
        log(`[bench] Lighthouse ${p.route}: ours, the no-JS limit and plain VitePress in turn (mobile and desktop, 3 runs each)…`)
        const [mobile, limitMobile, plainMobile] = await interleavedLighthouse(urls, 'mobile')
        const [desktop, limitDesktop, plainDesktop] = await interleavedLighthouse(urls, 'desktop')
        Object.assign(page, {
          mobile,
          desktop,
          limit: { mobile: limitMobile, desktop: limitDesktop },
        })
        Object.assign(page.plain!, { mobile: plainMobile, desktop: plainDesktop })
      }
      results.push(page)
    }
    return results
  }
  finally {
    ours.server.close()
    baseline.server.close()
    limit.server.close()
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const { root } = options
  const log = options.log ?? console.log
  const commit = gitShortSha(root)
  const results: BenchResults = {
    commit,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
  }
  const benchDir = join(root, '.bench')
  mkdirSync(benchDir, { recursive: true })

  results.linkGraph = measureLinkGraph()
  results.map = await measureMap({ root })
  if (options.scale) {
    results.scale = await measureScale({
      root,
      ...(options.lock
        ? { lock: options.lock }
        : {}),
      log,
    })
    return results
  }

  const outDir = join(benchDir, 'dist')
  const offDir = join(benchDir, 'dist-off')
  const plainDir = join(benchDir, 'dist-plain')
  results.build = await buildSites(root, { outDir, offDir, plainDir }, options.lock, log)

  const { served, servedPlain, servedNoJs } = servedCopies(benchDir, outDir, plainDir)
  // A baseline that silently built our own site would make every comparison a tie.
  if (readFileSync(join(plainDir, 'chapters/1-basics.html'), 'utf8').includes('class="page-meta"'))
    throw new Error(`${plainDir} has our page meta: ${PLAIN_SITE_ROOT} did not build plain VitePress`)
  const heaviest = heaviestNote(outDir)
  const pages = [
    ...PAGES,
    ...(heaviest && !PAGES.some(p => p.route === heaviest.route)
      ? [
          { route: heaviest.route, label: 'heaviest note' },
        ]
      : []),
  ]
  results.pages = await measurePages(pages, {
    outDir,
    plainDir,
    served,
    servedPlain,
    servedNoJs,
  }, options.quick ?? false, log)
  log(`[bench] first interactions: taps at 4× CPU on a touch phone, layout shift, scripts, navigation (${INTERACTION_RUNS} runs)…`)
  results.interaction = await measureInteraction({
    ours: served,
    plain: servedPlain,
    routes: PAGES.map(p => p.route),
    runs: INTERACTION_RUNS,
  })

  const index = searchIndexBytes(outDir)
  if (index)
    results.searchIndex = index

  log('[bench] dev server cold start and HMR…')
  results.dev = await measureDev({
    root,
    srcDir: join(root, 'docs'),
    noteId: options.hmrNote ?? 'notes/cronjob',
  })
  return results
}

/** Writes results to .bench/results-<sha>.json, keeping fields of an earlier run of the same commit that this run did not measure. */
export function saveResults(root: string, results: BenchResults): string {
  const path = resultsPath(root, results.commit)
  const earlier = existsSync(path)
    ? JSON.parse(readFileSync(path, 'utf8')) as BenchResults
    : undefined
  const merged = {
    ...earlier,
    ...Object.fromEntries(Object.entries(results).filter(([, v]) => v !== undefined)),
  } as BenchResults
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`)
  return path
}
