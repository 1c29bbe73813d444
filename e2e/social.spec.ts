// Sharing, checked on the production build: every page's Open Graph / Twitter / JSON-LD meta read
// back with open-graph-scraper (its `html` option, no network), each og:image a 1200×630 PNG in the
// build, the Atom feed and sitemap parsed with fast-xml-parser and every URL in them answering 200
// locally, robots.txt, short ASCII heading anchors, and the share bar (links, copy, section anchors).
import type { APIRequestContext } from '@playwright/test'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { XMLParser } from 'fast-xml-parser'
import ogs from 'open-graph-scraper'
import { buildContentIndex } from '../.vitepress/node/content/index'
import { ogImagePath } from '../.vitepress/shared/meta'
import { parseSiteUrl, routeOf } from '../.vitepress/shared/site'
import { expect, test } from './fixtures'

const dist = process.env.E2E_DIST ?? '.vitepress/dist'
const site = parseSiteUrl(process.env.SITE_URL)
const scan = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs')
const pages = [...scan.pages.values()]
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

function built(path: string): string {
  const file = join(dist, path)
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` (or set E2E_DIST to a build folder) before the e2e tests`)
  return file
}

function htmlOf(route: string): string {
  const path = route === '/' ? 'index.html' : route.endsWith('/') ? `${route.slice(1)}index.html` : `${route.slice(1)}.html`
  return readFileSync(built(path), 'utf8')
}

/** An absolute site URL → the same page on the local test server. */
function local(url: string): string {
  expect(url.startsWith(site.href), `${url} is under ${site.href}`).toBe(true)
  return url.slice(site.href.length)
}

async function expectOk(request: APIRequestContext, urls: string[]) {
  for (const url of urls) {
    const res = await request.get(local(url))
    expect(res.status(), url).toBe(200)
  }
}

test.describe('meta of every built page', () => {
  test('has every Open Graph, Twitter and article field with absolute URLs under SITE_URL', async () => {
    expect(pages.length).toBeGreaterThan(0)
    for (const page of pages) {
      const html = htmlOf(page.route)
      const { result, error } = await ogs({ html })
      expect(error, page.route).toBe(false)
      const url = site.href + routeOf(`${page.id}.md`).slice(1)
      const where = `${page.route}: `
      expect(result.ogTitle, `${where}og:title`).toBe(page.title)
      expect(result.ogDescription, `${where}og:description`).toBe(page.description)
      expect(result.ogType, `${where}og:type`).toBe(page.kind === 'home' ? 'website' : 'article')
      expect(result.ogUrl, `${where}og:url`).toBe(url)
      expect(html, `${where}canonical`).toContain(`<link rel="canonical" href="${url}">`)
      expect(result.ogSiteName).toBe('「Kubernetesの知識地図」読書ノート')
      expect(result.ogLocale).toBe('ja_JP')
      expect(result.twitterCard).toBe('summary_large_image')
      const [image] = result.ogImage ?? []
      expect(image, `${where}og:image`).toMatchObject({ url: site.href + ogImagePath(page.route), width: '1200', height: '630' })
      expect(image!.alt, `${where}og:image:alt`).toContain(page.title)
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml" title="知識地図ノートの更新" href="${site.href}feed.xml">`)
      const jsonLd = result.jsonLD?.[0] as Record<string, unknown> | undefined
      if (page.kind === 'home') {
        expect(jsonLd?.['@type']).toBe('WebSite')
      }
      else {
        expect(jsonLd?.['@type'], `${where}JSON-LD`).toBe('Article')
        expect(jsonLd?.headline).toBe(page.title)
        expect(result.articlePublishedTime, `${where}article:published_time`).toMatch(/^\d{4}-\d{2}-\d{2}/)
        expect(result.articleModifiedTime, `${where}article:modified_time`).toMatch(/^\d{4}-\d{2}-\d{2}/)
        // open-graph-scraper keeps only the last article:tag; count them in the HTML.
        expect(html.match(/<meta property="article:tag" content="[^"]+">/g) ?? [], `${where}article:tag`).toHaveLength(page.tags.length)
      }

      // The card is in the build: a PNG of exactly 1200×630 and at most 200 KB.
      const png = readFileSync(built(ogImagePath(page.route)))
      expect(png.subarray(0, 8).toString('hex'), `${where}PNG signature`).toBe('89504e470d0a1a0a')
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR')
      expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, `${where}card size`).toEqual({ width: 1200, height: 630 })
      expect(png.length).toBeLessThanOrEqual(200 * 1024)
    }
  })

  test('gives every h2 and h3 a short ASCII anchor', () => {
    for (const page of pages) {
      const html = htmlOf(page.route)
      const main = html.slice(html.indexOf('class="vp-doc'))
      // Markdown headings (tabindex="-1"), not the h2s of components such as the backlinks list.
      for (const [, level, id] of main.matchAll(/<h([23]) id="([^"]*)" tabindex="-1"/g)) {
        expect(id, `${page.route} h${level}`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        expect(main).toContain(`href="#${id}"`)
      }
    }
  })

  test('leaves the dev-only social preview out of the build', async ({ request }) => {
    const files = readdirSync(built(''), { recursive: true, encoding: 'utf8' })
    expect(files.filter(f => /__social|social-preview/.test(f))).toEqual([])
    expect((await request.get('__social/')).status()).toBe(404)
  })
})

test.describe('feed, sitemap and robots.txt', () => {
  test('the Atom feed lists every page by date with absolute links that answer 200', async ({ request }) => {
    const feed = xml.parse(readFileSync(built('feed.xml'), 'utf8')).feed
    const entries = [feed.entry].flat() as { id: string, updated: string, link: { '@href': string, '@rel'?: string }[] }[]
    expect(entries).toHaveLength(pages.length)
    const links = entries.map(e => [e.link].flat().find(l => !l['@rel'])!['@href'])
    expect(new Set(links)).toEqual(new Set(pages.map(p => site.href + p.route.slice(1))))
    const dates = entries.map(e => e.updated)
    expect(dates).toEqual([...dates].sort().reverse())
    await expectOk(request, links)
  })

  test('the sitemap has absolute clean URLs with lastmod that answer 200', async ({ request }) => {
    const urls = [xml.parse(readFileSync(built('sitemap.xml'), 'utf8')).urlset.url].flat() as { loc: string, lastmod?: string }[]
    expect(urls.map(u => u.loc).sort()).toEqual(pages.map(p => site.href + p.route.slice(1)).sort())
    for (const u of urls) {
      expect(u.loc).not.toMatch(/\.html$/)
      expect(u.lastmod, u.loc).toMatch(/^\d{4}-\d{2}-\d{2}/)
    }
    await expectOk(request, urls.map(u => u.loc))
  })

  test('robots.txt names the sitemap', async ({ request }) => {
    const res = await request.get('robots.txt')
    expect(res.status()).toBe(200)
    expect(await res.text()).toContain(`Sitemap: ${site.href}sitemap.xml`)
    expect(statSync(built('sitemap.xml')).size).toBeGreaterThan(0)
  })
})

test.describe('share bar', () => {
  // A chapter without interactive diagrams, so that only the share bar is under test.
  const url = `${site.href}chapters/3-iac`

  test('links carry the encoded page URL and title', async ({ page }) => {
    await page.goto('chapters/3-iac')
    const bar = page.getByRole('region', { name: 'このページを共有' })
    const x = new URL((await bar.getByRole('link', { name: /Xでポスト/ }).getAttribute('href'))!)
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post')
    expect(x.searchParams.get('url')).toBe(url)
    expect(x.searchParams.get('text')).toContain('第3章 KubernetesにおけるInfrastructure as Code')
    const hatena = new URL((await bar.getByRole('link', { name: /はてなブックマーク/ }).getAttribute('href'))!)
    expect(hatena.searchParams.get('url')).toBe(url)
    const bluesky = new URL((await bar.getByRole('link', { name: /Bluesky/ }).getAttribute('href'))!)
    expect(bluesky.searchParams.get('text')).toMatch(new RegExp(`${url.replace(/[.?]/g, '\\$&')}$`))
    expect(await bar.getByRole('link').evaluateAll(links => links.map(a => a.getAttribute('rel')))).toEqual(['noopener noreferrer', 'noopener noreferrer', 'noopener noreferrer'])
  })

  test('copy-link puts the URL on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('notes/probes')
    const bar = page.getByRole('region', { name: 'このページを共有' })
    const button = bar.getByRole('button', { name: 'リンクをコピー' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(bar.getByRole('status')).toHaveText('このページのリンクをコピーした')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.href}notes/probes`)
  })

  test('shares the section the reader is in, with its anchor', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('chapters/3-iac#ciops')
    const aside = page.getByRole('region', { name: '読んでいる節を共有' })
    await expect(aside).toContainText('CIOpsとGitOps')
    const x = new URL((await aside.getByRole('link', { name: /Xでポスト/ }).getAttribute('href'))!)
    expect(x.searchParams.get('url')).toBe(`${url}#ciops`)
    await aside.getByRole('button', { name: 'リンクをコピー' }).click()
    await expect(aside.getByRole('status')).toHaveText('「CIOpsとGitOps」へのリンクをコピーした')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#ciops`)

    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(aside).toContainText('このページ')
    expect(new URL((await aside.getByRole('link', { name: /Xでポスト/ }).getAttribute('href'))!).searchParams.get('url')).toBe(url)
  })

  test('fits a 360-px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('notes/probes')
    const bar = page.getByRole('region', { name: 'このページを共有' })
    await bar.scrollIntoViewIfNeeded()
    await expect(bar.getByRole('button', { name: 'リンクをコピー' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: test.info().outputPath('share-bar-360.png') })
  })

  test('is absent from pages that are neither chapters nor notes', async ({ page }) => {
    await page.goto('tags')
    await expect(page.getByRole('button', { name: 'リンクをコピー' })).toHaveCount(0)
  })
})
