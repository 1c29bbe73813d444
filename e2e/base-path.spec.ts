// The site built with SITE_URL=https://example.com/garden/ and served under /garden/: every page,
// asset and internal link must stay under the base (failed requests fail the test via the fixture).
import { expect, test } from './fixtures'
import { gardenPages } from './pages/garden'

const pages = gardenPages()

test('every page works under /garden/ with its assets and internal links', async ({ page, baseURL }) => {
  test.setTimeout(240_000)
  const base = new URL(baseURL!)
  const checked = new Map<string, number>()
  for (const p of pages) {
    const response = await page.goto(p.path)
    expect(response?.status(), p.route).toBe(200)
    await expect(page.locator('main h1').first()).toHaveText(p.title)
    // SVG links (the map) have no string .href: resolve the attribute like the browser does.
    const hrefs = await page.locator('a[href]').evaluateAll(as => as.map(a => new URL(a.getAttribute('href')!, a.baseURI).href))
    const internal = [
      ...new Set(hrefs.map(h => h.split('#')[0]!).filter(h => h.startsWith(base.origin))),
    ]
    for (const url of internal) {
      expect(new URL(url).pathname.startsWith(base.pathname), `${url} on ${p.route} is outside ${base.pathname}`).toBe(true)
      if (!checked.has(url))
        checked.set(url, (await page.request.get(url)).status())
      expect(checked.get(url), `${url} linked from ${p.route}`).toBe(200)
    }
    const assets = await page.evaluate(() => [
      ...Array.from(document.querySelectorAll('script[src], link[href]'), e => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href),
      ...Array.from(document.images, i => i.src),
    ])
    for (const url of assets.filter(a => a.startsWith(base.origin)))
      expect(new URL(url).pathname.startsWith(base.pathname), `${url} on ${p.route}`).toBe(true)
  }
  expect(checked.size).toBeGreaterThan(pages.length / 2)
})
