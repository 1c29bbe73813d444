// Site identity and the one place the public URL is decided.
// SITE_URL (absolute https URL, optionally with a path) → canonical origin + VitePress `base`.
// e.g. SITE_URL=https://example.com/garden/ → base '/garden/', page /notes/gitops → https://example.com/garden/notes/gitops

/** Used when SITE_URL is unset. Documented in the README. */
export const DEFAULT_SITE_URL = 'https://k8s-chizu-notes.example.jp/'

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
 * Parses SITE_URL. Only https is accepted, except plain http on localhost for local checks.
 * Throws with a one-line reason on anything else.
 */
export function parseSiteUrl(raw: string | undefined): SiteUrl {
  const value = raw?.trim() || DEFAULT_SITE_URL
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
 * Absolute, clean URL of a page from its path relative to srcDir.
 * 'index.md' → href, 'notes/gitops.md' → href + 'notes/gitops', 'chapters/index.md' → href + 'chapters/'.
 */
export function pageUrl(site: SiteUrl, relativePath: string): string {
  return site.href + routeOf(relativePath).slice(1)
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
