// Site identity and the one place the public URL is decided.
// SITE_URL (absolute https URL, optionally with a path) → canonical origin + VitePress `base`.
// e.g. SITE_URL=https://example.com/garden/ → base '/garden/', page /notes/gitops → https://example.com/garden/notes/gitops

/**
 * The example host: what the dev server, tests and tools use when SITE_URL is unset, and what a
 * production build uses only when asked for by name (SITE_URL=example; see node/settings.ts).
 */
export const DEFAULT_SITE_URL = 'https://k8s-chizu-notes.example.jp/'
/** SITE_URL=example: build with DEFAULT_SITE_URL on purpose. */
export const EXAMPLE_SITE_KEYWORD = 'example'

export const SITE_TITLE = '「Kubernetesの知識地図」読書ノート'
/** Short title for the nav bar, so that it fits a 360-px phone. */
export const SITE_NAV_TITLE = '知識地図ノート'
export const SITE_DESCRIPTION = '技術評論社「Kubernetesの知識地図」(2023) の読書ノート。書籍に足りなかった図と実行例を補うデジタルガーデン'
export const BOOK = {
  title: 'Kubernetesの知識地図',
  publisher: '技術評論社',
  year: 2023,
  isbn: '978-4-297-13573-7',
  url: 'https://gihyo.jp/book/2023/978-4-297-13573-7',
} as const

export interface SiteUrl {
  /** Absolute URL ending with '/', e.g. 'https://example.com/garden/'. */
  href: string
  /** VitePress base: the URL's path, starting and ending with '/'. */
  base: string
}

/**
 * Parses SITE_URL. Only https is accepted, except plain http on localhost for local checks; unset or
 * 'example' means the example host. Throws with a one-line reason on anything else.
 */
export function parseSiteUrl(raw: string | undefined): SiteUrl {
  const given = raw?.trim()
  const value = !given || given === EXAMPLE_SITE_KEYWORD
    ? DEFAULT_SITE_URL
    : given
  let url: URL
  try {
    url = new URL(value)
  }
  catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.com/garden/ (got "${value}")`)
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1'
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:'))
    throw new Error(`SITE_URL must use https (got "${value}")`)
  if (url.search || url.hash)
    throw new Error(`SITE_URL must not have a query or fragment (got "${value}")`)
  const base = url.pathname.endsWith('/')
    ? url.pathname
    : `${url.pathname}/`
  return { href: `${url.origin}${base}`, base }
}

/**
 * Absolute URL of a path under the site (a route or a file, with or without its leading '/'), each
 * segment percent-encoded whatever the file name holds: every URL the site emits goes through here.
 * 'notes/ノード退避' → href + 'notes/%E3%83%8E%E3%83%BC%E3%83%89%E9%80%80%E9%81%BF'
 */
export function siteUrl(site: SiteUrl, path: string): string {
  return site.href + encodePath(path.replace(/^\/+/, ''))
}

/** 'a b/c#d' → 'a%20b/c%23d': each '/'-separated segment as a URI component. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/**
 * Absolute, clean URL of a page from its path relative to srcDir.
 * 'index.md' → href, 'notes/gitops.md' → href + 'notes/gitops', 'chapters/index.md' → href + 'chapters/'.
 */
export function pageUrl(site: SiteUrl, relativePath: string): string {
  return siteUrl(site, routeOf(relativePath))
}

/** Route (with leading '/', no base) of a source file: 'notes/gitops.md' → '/notes/gitops'. */
export function routeOf(relativePath: string): string {
  const path = relativePath.replace(/\.md$/, '')
  if (path === 'index')
    return '/'
  if (path.endsWith('/index'))
    return `/${path.slice(0, -'index'.length)}`
  return `/${path}`
}
