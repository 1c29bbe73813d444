// File-level link check of both production builds (no HTTP; pages.spec.ts checks status codes):
// every internal link resolves under clean URLs, every #anchor exists on its target page, every
// image (img, og:image) exists, and external links open with rel="noopener noreferrer" in a new tab.
// External links are listed in test-results/external-links.md, not fetched (CI has no network).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { checkSite, externalLinksReport, listHtml } from '../.vitepress/node/checks/siteLinks'
import { parseSiteUrl } from '../.vitepress/shared/site'
import { BASE_PATH } from '../playwright.config'
import { expect, test } from './fixtures'

const site = parseSiteUrl(process.env.SITE_URL)
const builds = [
  { title: `Site at ${site.base}`, dist: process.env.E2E_DIST ?? '.vitepress/dist', base: site.base, siteHref: site.href },
  { title: `Site under ${BASE_PATH} (npm run build:base)`, dist: process.env.E2E_BASE_DIST ?? '.vitepress/dist-base', base: BASE_PATH, siteHref: `https://example.com${BASE_PATH}` },
]

test.describe('links in the built files', () => {
  const results = builds.map(b => ({ ...b, check: existsSync(b.dist) ? checkSite(b.dist, b) : undefined }))

  for (const { title, dist, check } of results) {
    test(`${title}: every internal link, anchor and image resolves; external links are safe`, () => {
      expect(check, `${dist} is missing: build it first`).toBeDefined()
      expect(listHtml(dist).length).toBeGreaterThan(10)
      expect(check!.problems).toEqual([])
      expect(check!.external.size).toBeGreaterThan(0)
    })
  }

  test.afterAll(() => {
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/external-links.md', externalLinksReport(results.flatMap(r => r.check ? [{ title: r.title, external: r.check.external }] : [])))
  })
})
