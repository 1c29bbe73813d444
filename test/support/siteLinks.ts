// File-level link check of a built site (no HTTP): every internal href/src resolves to a file under
// VitePress's clean-URL rules, every #anchor names an id on the target page, every image exists, and
// every external link opens in a new tab with rel="noopener noreferrer". Used by links.dist.test.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Parser } from 'htmlparser2'

export interface SiteRef {
  /** Built file the reference is in, relative to the dist folder: 'notes/gitops.html'. */
  file: string
  line: number
  tag: string
  /** The attribute's raw value. */
  url: string
  kind: 'link' | 'image' | 'asset'
  attribs: Record<string, string>
}

export interface BuiltPage {
  file: string
  ids: Set<string>
  refs: SiteRef[]
}

export interface SiteCheck {
  problems: string[]
  /** External URL → pages linking to it. */
  external: Map<string, Set<string>>
}

export interface CheckOptions {
  /** VitePress base, e.g. '/' or '/garden/'. */
  base: string
  /** The site's absolute URL (SITE_URL): absolute links to it (og:image, canonical) are internal. */
  siteHref: string
}

const SKIPPED_SCHEMES = /^(?:mailto|tel|javascript|data):/i

export function listHtml(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map(p => p.split('\\').join('/'))
    .filter(p => p.endsWith('.html'))
    .sort()
}

/** Reads ids and outgoing references of one built HTML page. */
export function readPage(html: string, file: string): BuiltPage {
  const ids = new Set<string>()
  const refs: SiteRef[] = []
  const lineStarts = [0]
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1))
    lineStarts.push(i + 1)
  const lineAt = (index: number) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= index)
        lo = mid
      else
        hi = mid - 1
    }
    return lo + 1
  }
  const parser: Parser = new Parser({
    onopentag(tag, attribs) {
      if (attribs.id)
        ids.add(attribs.id)
      if (tag === 'a' && attribs.name)
        ids.add(attribs.name)
      const add = (url: string | undefined, kind: SiteRef['kind']) => {
        if (url !== undefined) {
          refs.push({
            file,
            line: lineAt(parser.startIndex),
            tag,
            url,
            kind,
            attribs,
          })
        }
      }
      if (tag === 'a')
        add(attribs.href, 'link')
      else if (tag === 'img')
        add(attribs.src, 'image')
      else if (tag === 'meta' && /^(?:og|twitter):image$/.test(attribs.property ?? attribs.name ?? ''))
        add(attribs.content, 'image')
      else if (tag === 'link' && /\b(?:icon|stylesheet|modulepreload|preload|prefetch)\b/.test(attribs.rel ?? ''))
        add(attribs.href, 'asset')
      else if (tag === 'script')
        add(attribs.src, 'asset')
    },
  }, { decodeEntities: true })
  parser.end(html)
  return { file, ids, refs }
}

/** The URL path a built file is served at: 'notes/gitops.html' → '/garden/notes/gitops'. */
export function routeOfFile(file: string, base: string): string {
  const path = file.replace(/(?:^|\/)index\.html$/, m => (m.startsWith('/')
    ? '/'
    : '')).replace(/\.html$/, '')
  return base + path
}

/** Built file for a URL path under clean-URL rules, or undefined. */
export function fileOfPath(dist: string, path: string): string | undefined {
  const candidates = path === '' || path.endsWith('/')
    ? [`${path}index.html`]
    : [path, `${path}.html`, `${path}/index.html`]
  return candidates.find((c) => {
    try {
      return statSync(join(dist, c)).isFile()
    }
    catch {
      return false
    }
  })
}

export function checkSite(dist: string, { base, siteHref }: CheckOptions): SiteCheck {
  const pages = new Map(listHtml(dist).map(f => [
    f,
    readPage(readFileSync(join(dist, f), 'utf8'), f),
  ]))
  const site = new URL(siteHref)
  const problems: string[] = []
  const external = new Map<string, Set<string>>()
  for (const page of pages.values()) {
    const pageUrl = new URL(routeOfFile(page.file, base), 'http://built.invalid')
    for (const ref of page.refs) {
      const where = `${ref.file}:${ref.line} <${ref.tag}> "${ref.url}"`
      if (ref.url.trim() === '') {
        problems.push(`${where}: empty URL`)
        continue
      }
      if (SKIPPED_SCHEMES.test(ref.url))
        continue
      const url = new URL(ref.url, pageUrl)
      const internal = url.origin === pageUrl.origin || (url.origin === site.origin && url.pathname.startsWith(site.pathname))
      if (!internal) {
        if (ref.kind === 'link') {
          const linkedFrom = external.get(url.href) ?? new Set<string>()
          external.set(url.href, linkedFrom.add(ref.file))
          const rel = (ref.attribs.rel ?? '').split(/\s+/)
          if (!rel.includes('noopener') || !rel.includes('noreferrer') || ref.attribs.target !== '_blank')
            problems.push(`${where}: external link without target="_blank" rel="noopener noreferrer"`)
        }
        else if (ref.kind === 'image') {
          problems.push(`${where}: image from another origin`)
        }
        continue
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${where}: internal URL outside the base ${base}`)
        continue
      }
      let path: string
      try {
        path = decodeURIComponent(url.pathname.slice(base.length))
      }
      catch {
        problems.push(`${where}: malformed percent-encoding`)
        continue
      }
      const target = fileOfPath(dist, path)
      if (!target) {
        problems.push(`${where}: no file for ${url.pathname}`)
        continue
      }
      const anchor = url.hash.slice(1)
      if (anchor && ref.kind === 'link') {
        const id = decodeURIComponent(anchor)
        const targetPage = pages.get(target)
        if (!targetPage)
          problems.push(`${where}: #${id} points into ${target}, which is not a page`)
        else if (!targetPage.ids.has(id))
          problems.push(`${where}: no id "${id}" in ${target}`)
      }
    }
  }
  return { problems, external }
}

/** Markdown report of external links (not fetched: CI has no network). */
export function externalLinksReport(sections: { title: string, external: Map<string, Set<string>> }[]): string {
  const lines = [
    '# External links',
    '',
    'Listed from the built site, not fetched (CI has no network).',
    '',
  ]
  for (const { title, external } of sections) {
    lines.push(`## ${title}`, '', `${external.size} URLs.`, '')
    for (const [href, pages] of [...external].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`- <${href}> — ${[...pages].sort().join(', ')}`)
    lines.push('')
  }
  return lines.join('\n')
}
