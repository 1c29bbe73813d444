// The site's Atom feed, robots.txt and the sitemap's lastmod fallback, all from the page index
// and SITE_URL, so every URL in them is absolute and clean. Pure (strings in, strings out);
// writeFeed.ts writes them at build end.
import type { PageEntry } from '../../shared/pages'
import type { SiteUrl } from '../../shared/site'
import { Feed } from 'feed'
import { BOOK, SITE_DESCRIPTION, SITE_TITLE, siteUrl } from '../../shared/site'
import { FEED_PATH, ogImageUrl } from '../og/meta'

/** Pages newest first; same date → by id, so the feed is the same on every machine. */
export function feedPages(pages: ReadonlyMap<string, PageEntry>): PageEntry[] {
  return [
    ...pages.values(),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
}

export function atomFeed(site: SiteUrl, pages: ReadonlyMap<string, PageEntry>): string {
  const entries = feedPages(pages)
  // The newest page date, not the clock: an unchanged site gives an unchanged feed.
  const updated = new Date(`${entries[0]?.date ?? '1970-01-01'}T00:00:00Z`)
  const feed = new Feed({
    id: site.href,
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    link: site.href,
    language: 'ja',
    updated,
    generator: false,
    image: ogImageUrl(site, '/'),
    copyright: `ノート本文の著作権は執筆者に帰属する。書籍『${BOOK.title}』は${BOOK.publisher}刊`,
    feedLinks: {
      atom: siteUrl(site, FEED_PATH),
    },
  })
  for (const page of entries) {
    feed.addItem({
      title: page.title,
      id: siteUrl(site, page.route),
      link: siteUrl(site, page.route),
      description: page.description,
      date: new Date(`${page.date}T00:00:00Z`),
      category: page.tags.map(name => ({ name, term: name })),
      image: ogImageUrl(site, page.route),
    })
  }
  return feed.atom1()
}

export function robotsTxt(site: SiteUrl): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.href}sitemap.xml\n`
}

/**
 * VitePress takes lastmod from git only; a page not yet committed gets its frontmatter date.
 * Items' urls are relative to the hostname: '' (home), 'notes/gitops'.
 */
export function withLastmod<T extends { url: string, lastmod?: string | number | Date }>(items: T[], pages: ReadonlyMap<string, PageEntry>): T[] {
  const byRoute = new Map(Array.from(pages.values(), p => [p.route, p]))
  return items.map((item) => {
    if (item.lastmod)
      return item
    const page = byRoute.get(`/${item.url}`)
    return page
      ? { ...item, lastmod: page.date } as T
      : item
  })
}
