// File-level link check of both production builds (no HTTP; the Playwright health check of every
// page checks status codes): every internal link resolves under clean URLs, every #anchor exists on
// its target page, every image (img, og:image) exists, and external links open with
// rel="noopener noreferrer" in a new tab. External links are listed in
// test-results/external-links.md, not fetched (CI has no network).
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { baseBuild, siteBuild } from '../../../test/support/builtSite'
import { checkSite, externalLinksReport, listHtml } from '../../../test/support/siteLinks'

const root = siteBuild()
const garden = baseBuild()
const builds = [
  { title: `Site at ${root.base}`, site: root },
  { title: `Site under ${garden.base} (npm run build:base)`, site: garden },
].map(b => ({
  ...b,
  check: checkSite(b.site.dir, b.site),
}))

describe('links in the built files', () => {
  it.each(builds)('$title: every internal link, anchor and image resolves; external links are safe', ({ site, check }) => {
    expect(listHtml(site.dir).length).toBeGreaterThan(10)
    expect(check.problems).toEqual([])
    expect(check.external.size).toBeGreaterThan(0)
  })

  afterAll(() => {
    mkdirSync('test-results', { recursive: true })
    writeFileSync('test-results/external-links.md', externalLinksReport(builds.map(b => ({ title: b.title, external: b.check.external }))))
  })
})
