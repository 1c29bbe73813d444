// Deterministic performance budgets on the built site (read with node:fs from E2E_DIST, or
// .vitepress/dist): no page ships the Mermaid runtime, a chapter page's JS stays within 20 KiB gzip
// of a plain page's, social cards stay under 200 KB, and diagrams and components reserve their size
// (CLS < 0.02 at 360 px and 1280 px, in the article and page-wide). Lighthouse scores are the benchmark's job (npm run bench).
import type { Page } from '@playwright/test'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseSiteUrl } from '../.vitepress/shared/site'
import { measurePage } from '../scripts/lib/bench/site'
import { expect, test } from './fixtures'

const DIST = process.env.E2E_DIST ?? '.vitepress/dist'
const { base } = parseSiteUrl(process.env.SITE_URL)
const KIB = 1024

/** Strings only Mermaid's runtime bundle contains (an error message and public API names). */
const MERMAID_RUNTIME = /Syntax error in text|registerExternalDiagrams|mermaidAPI/

/**
 * The baseline is the JS of a plain page of our own site without components (impressions: the
 * shared entry, theme and framework chunks plus its small page chunk), so the budget measures what
 * a chapter's components and content add on top of the theme every page pays for.
 */
const BASELINE_ROUTE = '/impressions'
const CHAPTER_EXTRA_JS = 20 * KIB
const MAX_CARD_BYTES = 200 * 1000
const MAX_CLS = 0.02

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith(ext)).map(f => join(dir, f))
}

test.describe('budgets (built files)', () => {
  test('no page references a script that contains the Mermaid runtime', () => {
    const pages = files(DIST, '.html')
    expect(pages.length).toBeGreaterThan(10)
    const offenders = new Set<string>()
    for (const html of pages) {
      const route = `/${html.slice(DIST.length).replace(/^\/+/, '').replace(/\.html$/, '')}`
      for (const script of measurePage(DIST, route === '/index' ? '/' : route, base).scripts) {
        if (MERMAID_RUNTIME.test(readFileSync(join(DIST, script), 'utf8')))
          offenders.add(`${route} → ${script}`)
      }
    }
    // Lazily imported chunks are not referenced by the HTML: none of them may be Mermaid either.
    for (const js of files(join(DIST, 'assets'), '.js')) {
      if (MERMAID_RUNTIME.test(readFileSync(js, 'utf8')))
        offenders.add(js)
    }
    expect([...offenders]).toEqual([])
  })

  test(`a chapter page's JS is at most a plain page's plus ${CHAPTER_EXTRA_JS / KIB} KiB gzip`, () => {
    const baseline = measurePage(DIST, BASELINE_ROUTE, base).js.gzip
    const chapters = readdirSync(join(DIST, 'chapters')).filter(f => f.endsWith('.html'))
    expect(chapters.length).toBe(4)
    for (const file of chapters) {
      const route = `/chapters/${file.replace(/\.html$/, '')}`
      const js = measurePage(DIST, route, base).js.gzip
      expect(js, `${route}: ${js} B gzip JS vs ${baseline} B on ${BASELINE_ROUTE}`).toBeLessThanOrEqual(baseline + CHAPTER_EXTRA_JS)
    }
  })

  test(`every social card is at most ${MAX_CARD_BYTES / 1000} KB`, () => {
    const cards = files(join(DIST, 'og'), '.png')
    expect(cards.length).toBeGreaterThan(10)
    const large = cards.map(c => ({ c, size: statSync(c).size })).filter(({ size }) => size > MAX_CARD_BYTES)
    expect(large).toEqual([])
  })
})

interface Shifts {
  /** Shifts with a source inside the article (.vp-doc: diagrams, components, text), loading and scrolling. */
  content: number
  /** Every shift anywhere on the page until hydrated and settled, before any scrolling. */
  page: number
}

/**
 * Layout shifts while the page loads, hydrates and is scrolled through: in the article, and anywhere
 * on the page during load. What remains page-wide is VitePress 1.6's own nav bar, which sets its
 * `has-sidebar` class after hydration and moves (≈0.014 at 1,350 px, 0.017 at 1,280 px; Lighthouse
 * measures the same on a plain VitePress site). The aside share bar once added ≈0.05 here: it is now
 * rendered after the outline is filled (components/layout/ShareBar.vue).
 */
async function layoutShifts(page: Page, path: string): Promise<Shifts> {
  // A string, not a function: it must run before any page script, and stays free of transpiler helpers.
  await page.addInitScript(`
    window.__shifts = { content: 0, page: 0, scrollStart: Infinity };
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (entry.hadRecentInput)
          return;
        // Observer callbacks arrive late: an entry's phase comes from its startTime.
        if (entry.startTime < window.__shifts.scrollStart)
          window.__shifts.page += entry.value;
        var doc = document.querySelector('.vp-doc');
        if (entry.sources.some(function (s) { return s.node && doc && doc.contains(s.node) }))
          window.__shifts.content += entry.value;
      });
    }).observe({ type: 'layout-shift', buffered: true });
  `)
  await page.goto(path, { waitUntil: 'networkidle' })
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)
  await page.waitForTimeout(1000)
  // Scroll through the page so every diagram and component has been on screen, then settle.
  await page.evaluate(async () => {
    (window as unknown as { __shifts: { scrollStart: number } }).__shifts.scrollStart = performance.now()
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)))
    }
  })
  await page.waitForTimeout(500)
  return page.evaluate(() => {
    const { content, page } = (window as unknown as { __shifts: Shifts }).__shifts
    return { content, page }
  })
}

test.describe('budgets (layout shift)', () => {
  for (const path of ['chapters/2-running-apps', 'notes/source-ip-preservation']) {
    for (const width of [360, 1280]) {
      test(`${path} at ${width} px shifts less than ${MAX_CLS}`, async ({ page }) => {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
        const shifts = await layoutShifts(page, path)
        test.info().annotations.push({ type: 'page-wide layout shift on load', description: shifts.page.toFixed(4) })
        expect(shifts.content, 'layout shift in the article (loading and scrolling)').toBeLessThan(MAX_CLS)
        expect(shifts.page, 'layout shift anywhere on the page while loading').toBeLessThan(MAX_CLS)
      })
    }
  }
})
