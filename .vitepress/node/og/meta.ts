// Open Graph / Twitter / JSON-LD meta of a page, built in one place from its frontmatter so that the
// <head> (config.ts transformHead), the social cards, the feed and the dev preview page agree.
// Every URL is absolute and clean, derived from SITE_URL (see site.ts). Pure: no node:*, no DOM.
import type { HeadConfig } from 'vitepress'
import type { PageEntry, PageKind } from '../../shared/pages'
import type { SiteUrl } from '../../shared/site'
import { kindOf } from '../../shared/pages'
import { BOOK, pageUrl, routeOf, SITE_NAV_TITLE, SITE_TITLE, siteUrl } from '../../shared/site'

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630
/** The Atom feed, relative to the site root. */
export const FEED_PATH = 'feed.xml'
export const OG_LOCALE = 'ja_JP'

/** What the builder reads from a page: VitePress's PageData has all of it. */
export interface MetaSource {
  /** 'notes/gitops.md' */
  relativePath: string
  title: string
  description: string
  frontmatter: Record<string, unknown>
  /** Git timestamp in ms (VitePress `lastUpdated`); 0 or NaN when the file is not committed. */
  lastUpdated?: number
}

export interface OgImage {
  url: string
  /** Absent when frontmatter points at an image of unknown size. */
  width?: number
  height?: number
  alt: string
}

export interface PageMeta {
  /** Absolute clean URL; also the canonical link. */
  url: string
  type: 'website' | 'article'
  title: string
  description: string
  kicker: string
  image: OgImage
  /** ISO date or date-time. */
  publishedTime?: string
  modifiedTime?: string
  tags: string[]
  jsonLd: Record<string, unknown>
}

/** '/' → 'og/index.png', '/notes/gitops' → 'og/notes/gitops.png' (relative to the site root; a file path, not encoded). */
export function ogImagePath(route: string): string {
  const path = route.replace(/^\/+/, '').replace(/\/$/, '/index')
  return `og/${path === ''
    ? 'index'
    : path}.png`
}

/** The card's absolute URL, percent-encoded. */
export function ogImageUrl(site: SiteUrl, route: string): string {
  return siteUrl(site, ogImagePath(route))
}

/**
 * The small line above the title on a card: what the page is and where it belongs.
 * note of chapter 2 → 'ノート・第2章 Kubernetesにおけるアプリケーションの起動'
 */
export function cardKicker(kind: PageKind, chapter: number | undefined, chapterTitle?: string): string {
  switch (kind) {
    case 'home':
      return '読書ノート'
    case 'chapter':
      return chapter
        ? `第${chapter}章のまとめ`
        : '章のまとめ'
    case 'note':
      if (!chapter)
        return 'ノート'
      return chapterTitle
        ? `ノート・${chapterTitle}`
        : `ノート・第${chapter}章`
    default:
      return 'ページ'
  }
}

/** Title of the chapter page of `chapter`, from the page index. */
export function chapterTitleOf(pages: ReadonlyMap<string, PageEntry> | undefined, chapter: number | undefined): string | undefined {
  if (!pages || !chapter)
    return undefined
  for (const p of pages.values()) {
    if (p.kind === 'chapter' && p.chapter === chapter)
      return p.title
  }
  return undefined
}

/** YAML dates arrive as Date (unquoted) or string; both become 'YYYY-MM-DD'. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
    return value.slice(0, 10)
  return undefined
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : []
}

/**
 * Frontmatter `image`: an absolute URL, or '/x.png' / 'x.png' under the site URL. Written by the author
 * as a URL, so it is normalised the way a browser would (non-ASCII and spaces percent-encoded, an
 * existing %XX kept), not encoded again.
 */
export function absoluteUrl(site: SiteUrl, pathOrUrl: string): string {
  if (/^https?:\/\//.test(pathOrUrl))
    return new URL(pathOrUrl).href
  return new URL(pathOrUrl.replace(/^\/+/, ''), site.href).href
}

export function buildPageMeta(site: SiteUrl, page: MetaSource, pages?: ReadonlyMap<string, PageEntry>): PageMeta {
  const fm = page.frontmatter
  const id = page.relativePath.replace(/\.md$/, '')
  const kind = kindOf(id)
  const route = routeOf(page.relativePath)
  const url = pageUrl(site, page.relativePath)
  const title = (typeof fm.title === 'string' && fm.title) || page.title || SITE_TITLE
  const description = (typeof fm.description === 'string' && fm.description) || page.description
  const chapter = typeof fm.chapter === 'number'
    ? fm.chapter
    : undefined
  const kicker = cardKicker(kind, chapter, chapterTitleOf(pages, chapter))
  const image: OgImage = typeof fm.image === 'string' && fm.image
    ? {
        url: absoluteUrl(site, fm.image),
        alt: `${title}（${SITE_NAV_TITLE}）`,
      }
    : {
        url: ogImageUrl(site, route),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        alt: `「${title}」のカード。${kicker}、『${BOOK.title}』の${SITE_NAV_TITLE}`,
      }
  const publishedTime = isoDate(fm.date)
  const git = page.lastUpdated && Number.isFinite(page.lastUpdated) && page.lastUpdated > 0
    ? new Date(page.lastUpdated).toISOString()
    : undefined
  const modifiedTime = isoDate(fm.updated) ?? git ?? publishedTime
  const tags = stringList(fm.tags)
  const type = kind === 'home'
    ? 'website'
    : 'article'
  return {
    url,
    type,
    title,
    description,
    kicker,
    image,
    publishedTime,
    modifiedTime,
    tags,
    jsonLd: jsonLd(site, {
      url,
      type,
      title,
      description,
      image,
      publishedTime,
      modifiedTime,
      tags,
    }),
  }
}

function jsonLd(site: SiteUrl, m: Pick<PageMeta, 'url' | 'type' | 'title' | 'description' | 'image' | 'publishedTime' | 'modifiedTime' | 'tags'>): Record<string, unknown> {
  const book = {
    '@type': 'Book',
    'name': BOOK.title,
    'isbn': BOOK.isbn,
    'url': BOOK.url,
    'publisher': { '@type': 'Organization', 'name': BOOK.publisher },
  }
  if (m.type === 'website') {
    return {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      'name': SITE_TITLE,
      'alternateName': SITE_NAV_TITLE,
      'url': site.href,
      'description': m.description,
      'inLanguage': 'ja',
      'image': m.image.url,
      'about': book,
    }
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    'headline': m.title,
    'description': m.description,
    'url': m.url,
    'mainEntityOfPage': m.url,
    'image': m.image.url,
    'inLanguage': 'ja',
    ...(m.publishedTime
      ? { datePublished: m.publishedTime }
      : {}),
    ...(m.modifiedTime
      ? { dateModified: m.modifiedTime }
      : {}),
    ...(m.tags.length
      ? {
          keywords: m.tags.join(','),
        }
      : {}),
    'isPartOf': { '@type': 'WebSite', 'name': SITE_TITLE, 'url': site.href },
    'about': book,
  }
}

/** JSON for a <script> element: '<' escaped so that no '</script>' can close it early. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

export function metaHeadTags(site: SiteUrl, m: PageMeta): HeadConfig[] {
  const property = (p: string, content: string | number | undefined): HeadConfig[] =>
    content === undefined
      ? []
      : [
          [
            'meta',
            {
              property: p,
              content: String(content),
            },
          ],
        ]
  const name = (n: string, content: string): HeadConfig => [
    'meta',
    { name: n, content },
  ]
  return [
    [
      'link',
      { rel: 'canonical', href: m.url },
    ],
    [
      'link',
      {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: `${SITE_NAV_TITLE}の更新`,
        href: siteUrl(site, FEED_PATH),
      },
    ],
    ...property('og:type', m.type),
    ...property('og:title', m.title),
    ...property('og:description', m.description),
    ...property('og:url', m.url),
    ...property('og:site_name', SITE_TITLE),
    ...property('og:locale', OG_LOCALE),
    ...property('og:image', m.image.url),
    ...property('og:image:type', m.image.width ? 'image/png' : undefined),
    ...property('og:image:width', m.image.width),
    ...property('og:image:height', m.image.height),
    ...property('og:image:alt', m.image.alt),
    name('twitter:card', 'summary_large_image'),
    name('twitter:title', m.title),
    name('twitter:description', m.description),
    name('twitter:image', m.image.url),
    name('twitter:image:alt', m.image.alt),
    ...(m.type === 'article'
      ? [
          ...property('article:published_time', m.publishedTime),
          ...property('article:modified_time', m.modifiedTime),
          ...m.tags.flatMap(t => property('article:tag', t)),
        ]
      : []),
    [
      'script',
      { type: 'application/ld+json' },
      scriptSafeJson(m.jsonLd),
    ],
  ]
}

/** PageData-shaped input of config.ts transformHead → the tags to append. 404 gets none. */
export function pageHead(site: SiteUrl, pageData: MetaSource & { isNotFound?: boolean }, pages?: ReadonlyMap<string, PageEntry>): HeadConfig[] {
  if (pageData.isNotFound || pageData.relativePath === '404.md')
    return []
  return metaHeadTags(site, buildPageMeta(site, pageData, pages))
}
