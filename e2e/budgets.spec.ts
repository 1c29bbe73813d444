// Layout-shift budget in the browser: nothing moves (0 at 360 px and 1280 px, in the article and
// page-wide, through loading, every island's hydration and a scroll through the page). The budgets that read the built files (no
// Mermaid runtime, chapter JS, card size) are in scripts/lib/bench/budgets.dist.test.ts; Lighthouse
// scores are the benchmark's job (npm run bench).
import type { Page } from '@playwright/test'
import { FOLD_LAYOUT } from '../.vitepress/node/markdown/fold'
import { expect, test, waitForChrome } from './fixtures'

/** How long the layout must stay still to count as settled. */
const QUIET_MS = 1000

interface Shifts {
  /** Shifts with a source inside the article (.vp-doc: diagrams, components, text), loading and scrolling. */
  content: number
  /** Every shift anywhere on the page until loaded and settled, before any scrolling. */
  page: number
}

/**
 * Resolves once the layout has been still for QUIET_MS: fonts loaded and no layout shift since,
 * measured from the call.
 */
async function settled(page: Page) {
  await page.evaluate(() => document.fonts.ready)
  const since = await page.evaluate(() => performance.now())
  await expect.poll(() => page.evaluate(({ since, quiet }) => {
    const last = Math.max((window as unknown as { __shifts: { last: number } }).__shifts.last, since)
    return performance.now() - last >= quiet
  }, { since, quiet: QUIET_MS }), {
    intervals: [100],
    timeout: 15_000,
  }).toBe(true)
}

/**
 * Layout shifts while the page loads and is scrolled through (each island hydrating as it nears the
 * viewport): in the article, and anywhere on the page during load. The server HTML is final: the
 * nav bar has its classes (components/vp/NavBar.vue), the aside its outline and share box.
 */
async function layoutShifts(page: Page, path: string): Promise<Shifts> {
  // A string, not a function: it must run before any page script, and stays free of transpiler helpers.
  await page.addInitScript(`
    window.__shifts = { content: 0, page: 0, scrollStart: Infinity, last: 0 };
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        window.__shifts.last = Math.max(window.__shifts.last, performance.now());
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
  await waitForChrome(page)
  await settled(page)
  // Scroll through the page so every diagram and component has been on screen, then settle.
  await page.evaluate(async () => {
    (window as unknown as { __shifts: { scrollStart: number } }).__shifts.scrollStart = performance.now()
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)))
    }
  })
  await settled(page)
  return page.evaluate(() => {
    const { content, page } = (window as unknown as { __shifts: Shifts }).__shifts
    return { content, page }
  })
}

test.describe('budgets (layout shift)', () => {
  for (const path of ['chapters/2-running-apps', 'notes/source-ip-preservation']) {
    for (const width of [360, 1280]) {
      test(`${path} at ${width} px does not move`, async ({ page }) => {
        await page.setViewportSize({
          width,
          height: width === 360
            ? 740
            : 800,
        })
        const shifts = await layoutShifts(page, path)
        test.info().annotations.push({
          type: 'page-wide layout shift on load',
          description: shifts.page.toFixed(4),
        })
        expect(shifts.content, 'layout shift in the article (loading and scrolling)').toBe(0)
        expect(shifts.page, 'layout shift anywhere on the page while loading').toBe(0)
      })
    }
  }
})

// The article below the first screen is laid out only near the viewport (theme/fold.css from the
// mark that .vitepress/node/markdown/fold.ts puts by a lower bound of the height above it).
test.describe('budgets (the fold)', () => {
  const ISLAND_PAGES = [
    'chapters/2-running-apps',
    'notes/graceful-termination',
    'notes/grpc-load-balancing',
    'notes/job-retries',
    'notes/pod-disruption-budget',
    'notes/source-ip-preservation',
    'notes/topology-spread-constraints',
  ]

  test('the fold is below the first screen of a 1440 px-tall window, and every island is as tall as the bound counts it', async ({ page }) => {
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 1440 })
      for (const path of ISLAND_PAGES) {
        await page.goto(path)
        const { fold, islands } = await page.evaluate(() => {
          const mark = document.querySelector('.vp-doc .garden-fold')
          const style = document.createElement('style')
          style.textContent = '.vp-doc * { content-visibility: visible !important }'
          document.head.append(style)
          return {
            fold: mark
              ? mark.getBoundingClientRect().top + scrollY
              : null,
            islands: [
              ...document.querySelectorAll<HTMLElement>('.vp-doc [data-island]'),
            ].map(e => ({ name: e.dataset.island!, height: e.getBoundingClientRect().height })),
          }
        })
        if (fold !== null)
          expect(fold, `${path} at ${width} px: the fold's top`).toBeGreaterThanOrEqual(1440)
        // A focus ring on a deferred block's first line is painted whole (theme/fold.css).
        if (fold !== null)
          expect(await page.evaluate(() => getComputedStyle(document.querySelector('.vp-doc .garden-fold ~ ul, .vp-doc .garden-fold ~ p')!).overflowClipMargin)).toBe('8px')
        expect(islands.length, path).toBeGreaterThan(0)
        for (const island of islands)
          expect(island.height, `${path} at ${width} px: ${island.name}`).toBeGreaterThanOrEqual(FOLD_LAYOUT.island)
      }
    }
  })

  test('a reload puts the reader back where they were, below the fold (phone)', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 800 })
    await page.goto('chapters/2-running-apps')
    await waitForChrome(page)
    // Read down to the load-balancing section, half a screen at a time.
    await page.evaluate(async () => {
      const heading = document.getElementById('load-balancing')!
      while (heading.getBoundingClientRect().top > 100) {
        window.scrollBy(0, Math.min(window.innerHeight / 2, heading.getBoundingClientRect().top - 50))
        await new Promise(r => requestAnimationFrame(() => setTimeout(r, 30)))
      }
    })
    const top = () => page.evaluate(() => Math.round(document.getElementById('load-balancing')!.getBoundingClientRect().top))
    const before = await top()
    expect(await page.evaluate(() => document.querySelector('.vp-doc .garden-fold ~ #load-balancing') !== null), 'the section is past the fold').toBe(true)
    await page.reload()
    await waitForChrome(page)
    await page.evaluate(() => document.fonts.ready)
    await expect.poll(async () => Math.abs(await top() - before), { message: `the heading was at ${before} px` }).toBeLessThanOrEqual(2)
  })

  for (const width of [360, 1280]) {
    test(`a link to a section below the fold lands on it and nothing moves (${width} px)`, async ({ page }) => {
      await page.setViewportSize({
        width,
        height: width === 360
          ? 740
          : 800,
      })
      const shifts = await layoutShifts(page, 'chapters/2-running-apps#since-2023')
      expect(shifts.content, 'layout shift in the article').toBe(0)
      expect(shifts.page, 'layout shift anywhere on the page while loading').toBe(0)
      // Opened afresh, the page shows the section at the top of the window, and the section is one
      // that the fold would have left unlaid.
      await page.goto('about:blank')
      await page.goto('chapters/2-running-apps#since-2023')
      await settled(page)
      expect(await page.evaluate(() => document.querySelector('.vp-doc .garden-fold ~ #since-2023') !== null), 'the section is past the fold').toBe(true)
      const top = await page.evaluate(() => document.getElementById('since-2023')!.getBoundingClientRect().top)
      expect(top).toBeGreaterThanOrEqual(0)
      expect(top).toBeLessThan(200)
    })
  }
})
