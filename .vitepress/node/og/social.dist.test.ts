// Sharing, checked on the production build's files: every page's Open Graph / Twitter / JSON-LD
// meta read back with open-graph-scraper (its `html` option, no network), each og:image a 1200×630
// PNG in the build, the Atom feed and sitemap parsed with fast-xml-parser and every URL in them a
// built page, robots.txt, short ASCII heading anchors, and no dev-only social preview in the build.
// (The share bar is checked in the browser: e2e/behaviour/social.spec.ts.)
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { XMLParser } from 'fast-xml-parser'
import ogs from 'open-graph-scraper'
import { describe, expect, it } from 'vitest'
import { builtFiles, htmlFileOfRoute, readBuilt, siteBuild } from '../../../test/support/builtSite'
import { fileOfPath } from '../../../test/support/siteLinks'
import { routeOf } from '../../shared/site'
import { buildContentIndex } from '../content/index'
import { ogImagePath } from './meta'

const site = siteBuild()
const scan = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs')
const pages = [
  ...scan.pages.values(),
]
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

/** An absolute site URL → the built file a static host serves for it, or undefined. */
function servedFile(url: string): string | undefined {
  expect(url.startsWith(site.siteHref), `${url} is under ${site.siteHref}`).toBe(true)
  return fileOfPath(site.dir, decodeURIComponent(url.slice(site.siteHref.length)))
}

function expectServed(urls: string[]) {
  expect(urls.filter(u => servedFile(u) === undefined), 'URLs with no built page').toEqual([])
}

describe('meta of every built page', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  it.each(pages.map(p => [p.route, p] as const))('%s has every Open Graph, Twitter and article field with absolute URLs under SITE_URL', async (route, page) => {
    const html = readBuilt(site, htmlFileOfRoute(route))
    const { result, error } = await ogs({ html })
    expect(error).toBe(false)
    const url = site.siteHref + routeOf(`${page.id}.md`).slice(1)
    expect(result.ogTitle, 'og:title').toBe(page.title)
    expect(result.ogDescription, 'og:description').toBe(page.description)
    expect(result.ogType, 'og:type').toBe(page.kind === 'home'
      ? 'website'
      : 'article')
    expect(result.ogUrl, 'og:url').toBe(url)
    expect(html, 'canonical').toContain(`<link rel="canonical" href="${url}">`)
    expect(result.ogSiteName).toBe('「Kubernetesの知識地図」読書ノート')
    expect(result.ogLocale).toBe('ja_JP')
    expect(result.twitterCard).toBe('summary_large_image')
    const [image] = result.ogImage ?? []
    expect(image, 'og:image').toMatchObject({ url: site.siteHref + ogImagePath(route), width: '1200', height: '630' })
    expect(image!.alt, 'og:image:alt').toContain(page.title)
    expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="知識地図ノートの更新" href="${site.siteHref}feed.xml">`)
    const jsonLd = result.jsonLD?.[0] as Record<string, unknown> | undefined
    if (page.kind === 'home') {
      expect(jsonLd?.['@type']).toBe('WebSite')
    }
    else {
      expect(jsonLd?.['@type'], 'JSON-LD').toBe('Article')
      expect(jsonLd?.headline).toBe(page.title)
      expect(result.articlePublishedTime, 'article:published_time').toMatch(/^\d{4}-\d{2}-\d{2}/)
      expect(result.articleModifiedTime, 'article:modified_time').toMatch(/^\d{4}-\d{2}-\d{2}/)
      // open-graph-scraper keeps only the last article:tag; count them in the HTML.
      expect(html.match(/<meta property="article:tag" content="[^"]+">/g) ?? [], 'article:tag').toHaveLength(page.tags.length)
    }

    // The card is in the build: a PNG of exactly 1200×630 and at most 200 KB.
    const png = readFileSync(join(site.dir, ogImagePath(route)))
    expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a')
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
    expect({
      width: png.readUInt32BE(16),
      height: png.readUInt32BE(20),
    }, 'card size').toEqual({ width: 1200, height: 630 })
    expect(png.length).toBeLessThanOrEqual(200 * 1024)
  })

  it('gives every h2 and h3 a short ASCII anchor', () => {
    for (const page of pages) {
      const html = readBuilt(site, htmlFileOfRoute(page.route))
      const main = html.slice(html.indexOf('class="vp-doc'))
      // Markdown headings (tabindex="-1"), not the h2s of components such as the backlinks list.
      for (const [, level, id] of main.matchAll(/<h([23]) id="([^"]*)" tabindex="-1"/g)) {
        expect(id, `${page.route} h${level}`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        expect(main).toContain(`href="#${id}"`)
      }
    }
  })

  it('leaves the dev-only social preview out of the build', () => {
    const files = builtFiles(site, '')
    expect(files.length).toBeGreaterThan(10)
    expect(files.filter(f => /__social|social-preview/.test(f))).toEqual([])
    // A static host answers /__social/ with 404 when no file serves it.
    expect(fileOfPath(site.dir, '__social/')).toBeUndefined()
  })
})

describe('feed, sitemap and robots.txt', () => {
  it('lists every page in the Atom feed by date, with absolute links to built pages', () => {
    const feed = xml.parse(readBuilt(site, 'feed.xml')).feed
    const entries = [feed.entry].flat() as { id: string, updated: string, link: { '@href': string, '@rel'?: string }[] }[]
    expect(entries).toHaveLength(pages.length)
    const links = entries.map(e => [e.link].flat().find(l => !l['@rel'])!['@href'])
    expect(new Set(links)).toEqual(new Set(pages.map(p => site.siteHref + p.route.slice(1))))
    const dates = entries.map(e => e.updated)
    expect(dates).toEqual([...dates].sort().reverse())
    expectServed(links)
  })

  it('gives the sitemap absolute clean URLs of built pages, with lastmod', () => {
    const urls = [xml.parse(readBuilt(site, 'sitemap.xml')).urlset.url].flat() as { loc: string, lastmod?: string }[]
    expect(urls.map(u => u.loc).sort()).toEqual(pages.map(p => site.siteHref + p.route.slice(1)).sort())
    for (const u of urls) {
      expect(u.loc).not.toMatch(/\.html$/)
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}/)
    }
    expectServed(urls.map(u => u.loc))
  })

  it('emits every URL of every page, the feed and the sitemap percent-encoded (ASCII, as a URL parser writes it)', () => {
    const emitted = (text: string) => [
      ...text.matchAll(/(?:href|content|data-share-url)="(https?:\/\/[^"]+)"|"(?:url|mainEntityOfPage|image)":"(https?:\/\/[^"]+)"|<(?:loc|id)>(https?:\/\/[^<]+)</g),
    ].map(m => (m[1] ?? m[2] ?? m[3])!.replace(/&amp;/g, '&'))
    const urls = [
      ...pages.flatMap(p => emitted(readBuilt(site, htmlFileOfRoute(p.route)))),
      ...emitted(readBuilt(site, 'feed.xml')),
      ...emitted(readBuilt(site, 'sitemap.xml')),
    ]
    expect(urls.length).toBeGreaterThan(pages.length * 5)
    expect(urls.filter(u => !/^[\x21-\x7E]+$/.test(u) || new URL(u).href !== u), 'URLs not percent-encoded').toEqual([])
  })

  it('names the sitemap in robots.txt', () => {
    expect(readBuilt(site, 'robots.txt')).toContain(`Sitemap: ${site.siteHref}sitemap.xml`)
    expect(statSync(join(site.dir, 'sitemap.xml')).size).toBeGreaterThan(0)
  })
})
