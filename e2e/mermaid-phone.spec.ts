// Mermaid diagrams read where they stand and one tap away, measured in the real rendering at 360 and
// 1280 px, light and dark: every label of the diagram shown is 12 px or more (its font size × the
// SVG's scale), a diagram wider than its box scrolls inside it with the hint showing, the 「拡大」
// button is 44 × 44 px or more and stays put while the diagram is swiped, the zoom view opens with
// labels at 14 px or more and can be panned. (Its history entry and the figure's size before and after
// the script: e2e/behaviour/zoom-history.spec.ts, on the behaviour garden.) axe finds nothing in the figures. The same rules over every built figure: .vitepress/node/mermaid/mermaidPhone.dist.test.ts.
import type { Locator, Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, waitForChrome } from './fixtures'
import { sidewaysScroll } from './pages/sideways'

const PAGES = ['chapters/2-running-apps', 'notes/pod-disruption-budget']
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]

/** The smallest label of the SVG shown in `root`, in CSS px: font size × rendered width / viewBox width. */
function smallestLabel(root: Locator) {
  return root.evaluate((el) => {
    const svg = [
      ...el.querySelectorAll('svg'),
    ].find(s => s.getClientRects().length > 0)!
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    const sizes = [
      ...svg.querySelectorAll('text'),
    ]
      .filter(t => t.textContent!.trim())
      .map(t => Number.parseFloat(getComputedStyle(t).fontSize) * scale)
    return Math.min(...sizes)
  })
}

async function openPage(page: Page, route: string) {
  await page.goto(route)
  await waitForChrome(page)
  return page.locator('.vp-doc figure.mermaid-diagram')
}

for (const size of SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${size.width} px, ${scheme}`, () => {
      test.use({ viewport: size, colorScheme: scheme, hasTouch: size.width < 640 })

      for (const route of PAGES) {
        test(`${route}: labels ≥ 12 px, scrolling only inside the box with the hint, a 44-px button that stays put`, async ({ page }) => {
          const figures = await openPage(page, route)
          await expect(page.locator('html')).toHaveClass(scheme === 'dark'
            ? /\bdark\b/
            : /^(?!.*\bdark\b)/)
          expect(await figures.count()).toBeGreaterThan(0)
          for (const figure of await figures.all()) {
            await figure.scrollIntoViewIfNeeded()
            expect(await smallestLabel(figure)).toBeGreaterThanOrEqual(12 - 0.01)
            const box = figure.locator('.mermaid-svg')
            const scrolls = await box.evaluate(el => el.scrollWidth > el.clientWidth + 1)
            await expect(figure.locator('.mermaid-hint')).toBeVisible({ visible: scrolls })

            const button = figure.getByRole('button', { name: /^拡大して表示: / })
            const before = (await button.boundingBox())!
            expect(before.width).toBeGreaterThanOrEqual(44)
            expect(before.height).toBeGreaterThanOrEqual(44)
            // Above the diagram's box, not over it.
            expect(before.y + before.height).toBeLessThanOrEqual((await box.boundingBox())!.y + 0.5)
            if (scrolls) {
              await box.evaluate((el) => {
                el.scrollLeft = el.scrollWidth
              })
              await expect.poll(() => box.evaluate(el => el.scrollLeft)).toBeGreaterThan(0)
              expect(await button.boundingBox()).toEqual(before)
            }
          }
          expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
          // The box that scrolls is reachable by keyboard, the hint hidden from screen readers, colours readable.
          const { violations } = await new AxeBuilder({ page })
            .include('.vp-doc figure.mermaid-diagram')
            .withTags([
              'wcag2a',
              'wcag2aa',
              'wcag21aa',
              'wcag22aa',
              'best-practice',
            ])
            .analyze()
          expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
        })

        test(`${route}: the zoom view opens with labels ≥ 14 px and pans; Back closes it and stays`, async ({ page }) => {
          const figures = await openPage(page, route)
          const figure = figures.first()
          await figure.scrollIntoViewIfNeeded()
          const url = page.url()
          await figure.getByRole('button', { name: /^拡大して表示: / }).click()
          const dialog = page.getByRole('dialog')
          await expect(dialog.locator('.zoom-stage.zoom-ready')).toBeVisible()
          const canvas = dialog.locator('.zoom-canvas')
          expect(await smallestLabel(canvas)).toBeGreaterThanOrEqual(14 - 0.01)

          // Panning: the content moves with the mouse or a finger as far as it reaches past the stage.
          const stage = (await dialog.locator('.zoom-stage').boundingBox())!
          const start = (await canvas.boundingBox())!
          const room = { x: start.width - stage.width, y: start.height - stage.height }
          expect(Math.max(room.x, room.y), 'larger than the stage, so there is something to pan').toBeGreaterThan(0)
          const along = room.x > 0
            ? 'x'
            : 'y'
          const distance = Math.min(60, Math.floor(room[along]))
          const [dx, dy] = along === 'x'
            ? [-distance, 0]
            : [0, -distance]
          await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2)
          await page.mouse.down()
          await page.mouse.move(stage.x + stage.width / 2 + dx, stage.y + stage.height / 2 + dy, { steps: 4 })
          await page.mouse.up()
          await expect.poll(async () => {
            const now = (await canvas.boundingBox())!
            return Math.round(now.x - start.x + now.y - start.y)
          }).toBe(-distance)

          await page.goBack()
          await expect(dialog).toBeHidden()
          expect(page.url()).toBe(url)
          await expect(figure).toBeVisible()
        })
      }
    })
  }
}
