// Scale benchmark: build synthetic gardens of 30, 300 and 1,000 notes (GARDEN_SRC_DIR into a temp
// folder under .bench/, GARDEN_OUT_DIR to a temp folder), cold (diagrams and cards already cached from a smaller N are
// reused) and warm, with time and peak memory, then the home page's size and the search on each build (index
// size, first result at 4× CPU, bytes before it: searchScale.ts); the map's layout at 30/300/1,000; and the pure
// link graph build at 1k/4k/16k notes.
import type { MapRun, ScaleRun } from './results'
import { Buffer } from 'node:buffer'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildContentIndex } from '../../../.vitepress/node/content/index'
import { renderGardenMap } from '../../../.vitepress/node/map/mapSvg'
import { buildLinkGraph } from '../../../.vitepress/shared/linkGraph'
import { runBuild } from './build'
import { withLock } from './run'
import { measureSearch } from './searchScale'
import { formatBytes, formatMs, median } from './stats'
import { writeGarden } from './syntheticGarden'

export const SCALE_SIZES = [30, 300, 1000]
/** A word every synthetic garden has (searchScale.ts types it). */
const SEARCH_QUERY = '再起動'
/** Any free port. */
const SEARCH_PORT = 0
export const GRAPH_SIZES = [1000, 4000, 16000]
export const MAP_SIZES = [30, 300, 1000]

export async function measureScale(options: { root: string, sizes?: number[], lock?: string, log?: (s: string) => void }): Promise<ScaleRun[]> {
  const log = options.log ?? console.log
  const runs: ScaleRun[] = []
  for (const notes of options.sizes ?? SCALE_SIZES) {
    // Inside the repository: the pages' `import … from 'vue'` must resolve from node_modules.
    const srcDir = join(options.root, '.bench', `garden-${notes}`)
    rmSync(srcDir, { recursive: true, force: true })
    const outDir = mkdtempSync(join(tmpdir(), `garden-${notes}-dist-`))
    try {
      writeGarden(srcDir, { notes })
      const env = { GARDEN_SRC_DIR: srcDir, GARDEN_OUT_DIR: outDir }
      log(`[bench] scale: building ${notes} notes (cold, then warm)…`)
      const build = () => runBuild(options.root, { env })
      const [cold, warm] = await withLock(options.lock, async () => [await build(), await build()])
      const home = readFileSync(join(outDir, 'index.html'))
      const search = await withLock(options.lock, async () => measureSearch(outDir, { notes, query: SEARCH_QUERY, port: SEARCH_PORT }))
      runs.push({
        notes,
        cold,
        warm,
        home: { bytes: home.length, gzip: gzipSync(home).length },
        search,
      })
      log(`[bench] scale: ${notes} notes: search index ${formatBytes(search.index?.gzip ?? 0)} gz, first result ${formatMs(search.firstResultMs)} at 4× CPU`)
      log(`[bench] scale: ${notes} notes: cold ${formatMs(cold.ms)}, warm ${formatMs(warm.ms)}, peak ${cold.peakKiB
        ? formatBytes(Math.max(cold.peakKiB, warm.peakKiB ?? 0) * 1024)
        : '—'}`)
    }
    finally {
      rmSync(srcDir, { recursive: true, force: true })
      rmSync(outDir, { recursive: true, force: true })
    }
  }
  return runs
}

/** Synthetic graph: each note links to its predecessor, its half and a hub, like the synthetic garden. */
export function syntheticEdges(notes: number): { nodes: string[], edges: { from: string, to: string }[] } {
  const nodes = Array.from({ length: notes }, (_, i) => `notes/n-${i}`)
  const edges = nodes.flatMap((from, i) => i === 0
    ? []
    : [
        { from, to: nodes[i - 1]! },
        { from, to: nodes[i >> 1]! },
        { from, to: nodes[0]! },
      ])
  return { nodes, edges }
}

/** Median time of buildLinkGraph over `repeat` runs for each size. */
export function measureLinkGraph(sizes = GRAPH_SIZES, repeat = 7): { notes: number, ms: number }[] {
  return sizes.map((notes) => {
    const { nodes, edges } = syntheticEdges(notes)
    buildLinkGraph(nodes, edges)
    const times = Array.from({ length: repeat }, () => {
      const start = performance.now()
      buildLinkGraph(nodes, edges)
      return performance.now() - start
    })
    return {
      notes,
      ms: median(times),
    }
  })
}

/** The garden map of synthetic gardens: time to lay it out and write its HTML, and the HTML's size. */
export async function measureMap(options: { root: string, sizes?: number[], repeat?: number }): Promise<MapRun[]> {
  const runs: MapRun[] = []
  for (const notes of options.sizes ?? MAP_SIZES) {
    const srcDir = join(options.root, '.bench', `map-${notes}`)
    rmSync(srcDir, { recursive: true, force: true })
    try {
      writeGarden(srcDir, { notes })
      const { pages, graph } = buildContentIndex(srcDir, srcDir)
      const times: number[] = []
      let html = ''
      for (let i = 0; i < 1 + (options.repeat ?? 3); i++) {
        const start = performance.now()
        html = await renderGardenMap(pages, graph, '/')
        times.push(performance.now() - start)
      }
      const bytes = Buffer.from(html)
      runs.push({
        notes,
        firstMs: times[0]!,
        ms: median(times.slice(1)),
        bytes: bytes.length,
        gzip: gzipSync(bytes).length,
      })
    }
    finally {
      rmSync(srcDir, { recursive: true, force: true })
    }
  }
  return runs
}
