// What one built page costs a reader: the JS it references (<script src> and modulepreload links),
// its stylesheets and the HTML itself, raw and gzip. Pure over a file reader so it is testable
// without a build; gzip at level 9 is what the benchmark's precompressed copy is served with.
import { Buffer } from 'node:buffer'
import { gzipSync } from 'node:zlib'

export interface ByteCount {
  raw: number
  gzip: number
}

export interface PageBytes {
  html: ByteCount
  js: ByteCount
  css: ByteCount
  /** Asset paths (as referenced, base stripped) counted as JS. */
  scripts: string[]
  styles: string[]
}

export function gzipSize(content: Uint8Array | string): number {
  return gzipSync(content, { level: 9 }).length
}

export function countBytes(content: Uint8Array | string): ByteCount {
  const raw = typeof content === 'string'
    ? Buffer.byteLength(content)
    : content.length
  return {
    raw,
    gzip: gzipSize(content),
  }
}

export function sumBytes(counts: readonly ByteCount[]): ByteCount {
  return counts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 })
}

/** Same-site asset paths referenced by the page's <script src>, its entry loader, <link rel=modulepreload> and <link rel=stylesheet>. */
export function referencedAssets(html: string, base = '/'): { scripts: string[], styles: string[] } {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const local = (href: string) => !/^[a-z]+:|^\/\//i.test(href)
  const strip = (href: string) => href.startsWith(base)
    ? href.slice(base.length)
    : href.replace(/^\//, '')
  for (const m of html.matchAll(/<script\s[^>]*\bsrc="([^"]+)"/g)) {
    if (local(m[1]!))
      scripts.add(strip(m[1]!))
  }
  // The inline loader (.vitepress/node/islands/entryLoader.ts) names the entry and its imports.
  for (const m of html.matchAll(/<script\s[^>]*\bdata-entry="([^"]+)"[^>]*>/g)) {
    const imports = /\bdata-imports="([^"]*)"/.exec(m[0])?.[1]?.split(' ').filter(Boolean) ?? []
    for (const src of [m[1]!, ...imports]) {
      if (local(src))
        scripts.add(strip(src))
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0]
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]
    // VitePress writes rel="preload stylesheet" for its CSS.
    const rel = (/\brel="([^"]+)"/.exec(tag)?.[1] ?? '').split(/\s+/)
    if (!href || !local(href))
      continue
    if (rel.includes('modulepreload'))
      scripts.add(strip(href))
    else if (rel.includes('stylesheet'))
      styles.add(strip(href))
  }
  return {
    scripts: [...scripts],
    styles: [...styles],
  }
}

/** `read` reads a file of the built site by its path relative to the output folder. */
export function pageBytes(html: string, read: (path: string) => Uint8Array, base = '/'): PageBytes {
  const { scripts, styles } = referencedAssets(html, base)
  return {
    html: countBytes(html),
    js: sumBytes(scripts.map(p => countBytes(read(p)))),
    css: sumBytes(styles.map(p => countBytes(read(p)))),
    scripts,
    styles,
  }
}
