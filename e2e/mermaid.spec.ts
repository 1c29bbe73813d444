// The real notes' Mermaid diagrams in the browser: a wide diagram scrolls in its own box on a phone, and the diagrams show with JavaScript disabled. (Label sizes, the hint, the
// button and the zoom view at 360 and 1280 px: mermaid-phone.spec.ts.) What the built HTML holds
// (inline SVG, labels, no runtime) is checked in .vitepress/node/mermaid/mermaid.dist.test.ts; the
// colours following the theme switch on the behaviour garden (e2e/behaviour/mermaid.spec.ts).
import process from 'node:process'
import { buildContentIndex } from '../.vitepress/node/content/index'
import { diagramPages } from '../.vitepress/node/mermaid/extract'
import { expect, test } from './fixtures'
import { sidewaysScroll } from './pages/sideways'

const srcDir = process.env.GARDEN_SRC_DIR ?? 'docs'

/** Pages with diagrams: route (relative, for page.goto) → number of fences. */
const index = buildContentIndex(srcDir, 'src')
const pages = diagramPages(index)

test.describe('in the browser', () => {
  test('a wide diagram scrolls inside its own box on a phone, never the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    for (const p of pages.slice(0, 4)) {
      await page.goto(p.route)
      await expect(page.locator('.mermaid-diagram').first()).toBeVisible()
      expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
    }
  })

  test('on a desktop every diagram fits its box whole, and on a phone none is drawn with labels under 12 px', async ({ page }) => {
    test.setTimeout(30_000 + pages.length * 5_000)
    // The SVG the figure shows (a wide diagram's narrow twin where the original would not fit).
    const boxes = () => page.locator('.mermaid-diagram').evaluateAll(figures => figures.map((f) => {
      const box = f.querySelector('.mermaid-svg')!
      const svg = [
        ...f.querySelectorAll('svg'),
      ].find(s => s.getClientRects().length > 0)!
      return {
        overflow: box.scrollWidth - box.clientWidth,
        scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
        labelPx: Number((f as HTMLElement).dataset.labelPx),
      }
    }))
    for (const p of pages) {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(p.route)
      for (const box of await boxes())
        expect(box.overflow, `${p.route} at 1280 px`).toBeLessThanOrEqual(0)
      await page.setViewportSize({ width: 360, height: 740 })
      for (const box of await boxes())
        expect(box.labelPx * box.scale, `${p.route} at 360 px`).toBeGreaterThanOrEqual(12 - 0.01)
    }
  })
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('each diagram box of every diagram page shows a non-blank SVG', async ({ page }) => {
    test.setTimeout(30_000 + pages.length * 10_000)
    expect(pages.length).toBeGreaterThan(0)
    for (const p of pages) {
      await page.goto(p.route)
      const boxes = page.getByRole('img').and(page.locator('.mermaid-svg'))
      await expect(boxes, p.rel).toHaveCount(p.fences)
      for (const box of await boxes.all()) {
        await expect(box, p.rel).toHaveAccessibleName(/\S/)
        // The variant the figure shows at this width (a wide diagram carries a hidden narrow twin).
        const svg = box.locator('svg[data-variant]:visible')
        const size = await svg.boundingBox()
        expect(size?.width, p.rel).toBeGreaterThan(100)
        expect(size?.height, p.rel).toBeGreaterThan(30)
        // Something is drawn: shapes painted with a real colour, and label text.
        const painted = await svg.evaluate(el => [
          ...el.querySelectorAll('rect, polygon, path, line, circle'),
        ]
          .filter((s) => {
            const c = getComputedStyle(s)
            return (c.fill !== 'none' && c.fill !== 'rgba(0, 0, 0, 0)') || (c.stroke !== 'none' && c.stroke !== 'rgba(0, 0, 0, 0)')
          })
          .length)
        expect(painted, p.rel).toBeGreaterThan(1)
        await expect(svg.locator('text').filter({ hasText: /\S/ }).first(), p.rel).toBeVisible()
      }
    }
  })
})
