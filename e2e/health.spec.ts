// One health check per page of the built site, in one browser page that visits it at 360 px in the
// light theme and at 1280 px in the dark one (all four combinations on a few representative
// pages): the right h1 and language, no console errors or failed
// requests (fixture), no sideways scroll on a 360-px phone, a text alternative for every image
// and diagram, every internal link answering 200, only same-origin requests under the <meta>
// Content-Security-Policy without a single violation, and axe-core finding nothing in any
// of the looks. What the built files alone show is checked by the Vitest dist tier.
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { watchCsp } from './csp'
import { expect, test, unfold } from './fixtures'
import { gardenPages } from './pages/garden'
import { sidewaysScroll } from './pages/sideways'

const pages = gardenPages()
const phone = { width: 360, height: 740 }
const desktop = { width: 1280, height: 900 }
/** Every page: a phone in the light theme and a desktop in the dark one. */
const LOOKS = [
  { ...phone, scheme: 'light' },
  { ...desktop, scheme: 'dark' },
] as const
/**
 * Pages that cover each kind of content (home and its map, the chapter with the most components,
 * a note with a diagram, a note with a simulator) get all four looks: axe costs ~15 s per look on
 * the long pages of a 2-core machine.
 */
const ALL_LOOKS_ON = new Set([
  '/',
  '/chapters/2-running-apps',
  '/notes/source-ip-preservation',
  '/notes/pod-disruption-budget',
])
const ALL_LOOKS = [
  { ...phone, scheme: 'light' },
  { ...phone, scheme: 'dark' },
  { ...desktop, scheme: 'light' },
  { ...desktop, scheme: 'dark' },
] as const

/**
 * Selectors axe skips, each with its reason. Only parts of VitePress's default theme we cannot
 * fix with CSS belong here; our own components are fixed instead.
 */
const EXCLUDED: Array<{ selector: string, reason: string }> = []

/** WCAG 2.x A/AA plus axe's best practices (landmarks, headings, region). */
const TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
]

/** Internal URL → status, shared by the pages a worker checks. */
const checkedLinks = new Map<string, number>()

async function axeViolations(page: Page): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS)
  for (const { selector } of EXCLUDED)
    builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`))
}

/** Loads a page in one colour scheme and waits until the theme and the fonts have settled. */
async function open(page: Page, path: string, scheme: 'light' | 'dark') {
  // No stored preference: VitePress's 'auto' appearance follows prefers-color-scheme.
  await page.emulateMedia({ colorScheme: scheme })
  const response = await page.goto(path)
  await expect(page.locator('html')).toHaveClass(scheme === 'dark'
    ? /\bdark\b/
    : /^(?!.*\bdark\b)/)
  await expect(page.locator('main h1').first()).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  await unfold(page)
  return response
}

/** Images without alt, and svg[role=img] without a name (aria-label, aria-labelledby or <title>). */
function missingTextAlternatives(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const img of document.querySelectorAll('img')) {
      if (!img.hasAttribute('alt'))
        out.push(`img ${img.src}`)
    }
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      const labelled = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)?.textContent?.trim() ?? '').join('')
      const name = svg.getAttribute('aria-label')?.trim() || labelled || svg.querySelector(':scope > title')?.textContent?.trim()
      if (!name)
        out.push(`svg ${svg.id || svg.outerHTML.slice(0, 80)}`)
    }
    return out
  })
}

test.describe('health of every page', () => {
  for (const p of pages) {
    test(p.route, async ({ page, baseURL }) => {
      const looks = ALL_LOOKS_ON.has(p.route)
        ? ALL_LOOKS
        : LOOKS
      // Up to four loads and four axe runs on one page: generous on a loaded 2-core machine.
      test.setTimeout(looks.length * 60_000)
      const origin = new URL(baseURL!).origin
      const csp = await watchCsp(page)
      const axe: string[] = []

      for (const [i, { width, height, scheme }] of looks.entries()) {
        await test.step(`${width} px, ${scheme}`, async () => {
          await page.setViewportSize({ width, height })
          const response = await open(page, p.path, scheme)
          if (i === 0) {
            expect(response?.status()).toBe(200)
            await expect(page.locator('main h1').first()).toHaveText(p.title)
            await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP')
            const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
            expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/)
            expect(await missingTextAlternatives(page), 'images and diagrams without a text alternative').toEqual([])
          }
          if (width === 360)
            expect(await page.evaluate(sidewaysScroll), 'sideways scroll on a 360-px phone').toBeLessThanOrEqual(0)
          axe.push(...(await axeViolations(page)).map(v => `[${scheme} ${width}px] ${v}`))
          expect(await csp.violations(), 'CSP violations').toEqual([])
        })
      }

      await test.step('internal links answer 200', async () => {
        // SVG links (the map) have no string .href: resolve the attribute like the browser does.
        const hrefs = await page.locator('a[href]').evaluateAll(as => as.map(a => new URL(a.getAttribute('href')!, a.baseURI).href))
        const internal = [
          ...new Set(hrefs.map(h => h.split('#')[0]!).filter(h => h.startsWith(origin))),
        ]
        expect(internal.length).toBeGreaterThan(0)
        for (const url of internal) {
          if (!checkedLinks.has(url))
            checkedLinks.set(url, (await page.request.get(url)).status())
          expect(checkedLinks.get(url), `${url} linked from ${p.route}`).toBe(200)
        }
      })

      expect(csp.requests.filter(u => !u.startsWith(`${origin}/`) && !u.startsWith('data:')), 'requests to other origins').toEqual([])
      expect(axe, 'axe violations').toEqual([])
    })
  }
})
