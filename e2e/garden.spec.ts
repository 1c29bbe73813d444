// The real garden's map as a reader sees it. Its behaviour (navigation, highlight, the no-JS drawing,
// /tags) is checked on the behaviour fixture garden (e2e/behaviour/garden.spec.ts); backlinks,
// maturity and tags of every built page in .vitepress/node/content/garden.dist.test.ts.
import { fileURLToPath } from 'node:url'
import { buildContentIndex } from '../.vitepress/node/content/index'
import { expect, test } from './fixtures'

const scan = buildContentIndex(fileURLToPath(new URL('../docs', import.meta.url)), 'docs')

// The map's layout as a reader sees it (the built SVG is checked in gardenMap.dist.test.ts; axe on
// every page in health.spec.ts): at 1280 px and on a 360 px phone, no sideways scroll, no box
// overlapping another, every label inside its box, and the highlight of a node and its neighbours.
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]) {
  test.describe(`the map at ${viewport.width} px`, () => {
    test.use({ viewport })

    test('fits the page, and its boxes and labels neither overlap nor spill', async ({ page }) => {
      await page.goto('./')
      await page.evaluate(() => document.fonts.ready)
      const svg = page.locator('.garden-map svg.gm-svg:visible')
      await expect(svg).toHaveCount(1)
      const report = await svg.evaluate((el) => {
        const rect = (e: Element) => e.getBoundingClientRect()
        const nodes = [
          ...el.querySelectorAll('a.gm-node'),
        ].map(a => ({
          box: rect(a.querySelector('rect')!),
          text: rect(a.querySelector('text')!),
          title: a.textContent,
        }))
        const spill = nodes.filter(n => n.text.left < n.box.left - 0.5 || n.text.right > n.box.right + 0.5 || n.text.top < n.box.top - 0.5 || n.text.bottom > n.box.bottom + 0.5).map(n => n.title)
        const overlaps: string[] = []
        nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => {
          if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
            overlaps.push(`${a.title} × ${b.title}`)
        }))
        const column = el.closest('.vp-doc')!.getBoundingClientRect()
        return {
          count: nodes.length,
          spill,
          overlaps,
          svgRight: rect(el).right,
          columnRight: column.right,
          // Against the root's own width, not clientWidth: headless Chromium hides the scrollbar but
          // keeps its gutter (html { scrollbar-gutter: stable }), so clientWidth includes 15 px of gutter.
          scroll: document.documentElement.scrollWidth - document.documentElement.getBoundingClientRect().width,
          decoration: getComputedStyle(el.querySelector('a.gm-node')!).textDecorationLine,
        }
      })
      expect(report.count).toBe(scan.pages.size)
      expect(report.spill).toEqual([])
      expect(report.overlaps).toEqual([])
      expect(report.svgRight).toBeLessThanOrEqual(report.columnRight + 0.5)
      expect(report.scroll).toBe(0)
      expect(report.decoration).toBe('none')
    })
  })
}
