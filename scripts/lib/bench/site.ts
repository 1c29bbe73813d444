// The built site as the benchmark sees it: a copy of the output folder with a .gz beside every
// html/js/css file (compressed once, served by scripts/lib/serve/server.ts), the per-page byte
// accounting, the heaviest note and the local search index chunk.
import type { ByteCount, PageBytes } from './pageAssets'
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { countBytes, pageBytes } from './pageAssets'

export function precompressedCopy(dist: string, to: string): number {
  cpSync(dist, to, { recursive: true })
  let n = 0
  for (const rel of readdirSync(to, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(?:html|js|css|json|xml|svg)$/.test(rel))
      continue
    const path = join(to, rel)
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }))
    n++
  }
  return n
}

/** Route ('/', '/notes/gitops') → its HTML file in the output folder. */
export function htmlFileOf(route: string): string {
  return route === '/'
    ? 'index.html'
    : `${route.replace(/^\//, '').replace(/\/$/, '/index')}.html`
}

export function measurePage(dist: string, route: string, base = '/'): PageBytes {
  return pageBytes(readFileSync(join(dist, htmlFileOf(route)), 'utf8'), p => readFileSync(join(dist, p)), base)
}

/** The note whose HTML plus referenced JS and CSS is largest (gzip). */
export function heaviestNote(dist: string, base = '/'): { route: string, bytes: PageBytes } | undefined {
  let best: { route: string, bytes: PageBytes, total: number } | undefined
  for (const file of readdirSync(join(dist, 'notes')).filter(f => f.endsWith('.html'))) {
    const route = `/notes/${file.replace(/\.html$/, '')}`
    const bytes = measurePage(dist, route, base)
    const total = bytes.html.gzip + bytes.js.gzip + bytes.css.gzip
    if (!best || total > best.total)
      best = { route, bytes, total }
  }
  return best && { route: best.route, bytes: best.bytes }
}

/**
 * The whole search index: VitePress's chunk(s) (assets/chunks/@localSearchIndexroot.<hash>.js, the
 * base in a sharded build) plus the term shards (assets/search/*.json, shared/searchShards.ts).
 */
export function searchIndexBytes(dist: string): ByteCount | undefined {
  const dir = join(dist, 'assets', 'chunks')
  const files = readdirSync(dir).filter(f => f.startsWith('@localSearchIndexroot.') && f.endsWith('.js')).map(f => join(dir, f))
  if (files.length === 0)
    return undefined
  const shards = join(dist, 'assets', 'search')
  if (existsSync(shards))
    files.push(...readdirSync(shards).filter(f => f.endsWith('.json')).map(f => join(shards, f)))
  return files.map(f => countBytes(readFileSync(f))).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }))
}
