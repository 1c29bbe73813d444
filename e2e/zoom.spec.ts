// The full-screen zoom view (components/layout/ZoomViewer.vue) in a real browser: it fills the
// screen, fits the diagram, and pinch, the buttons, the wheel, drag and the keys enlarge and move it.
// The arithmetic itself is unit-tested (panZoom.test.ts); here only what needs layout and input.
import type { Locator, Page } from '@playwright/test'
import { expect, test, waitForHydration } from './fixtures'

const PAGE = 'chapters/2-running-apps'

async function openFirstDiagram(page: Page) {
  await page.goto(PAGE)
  await waitForHydration(page)
  const figure = page.locator('.vp-doc figure.mermaid-diagram').first()
  const open = figure.getByRole('button', { name: /^拡大して表示: / })
  await open.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  // Shown once measured and fitted.
  await expect(dialog.locator('.zoom-stage.zoom-ready')).toBeVisible()
  return {
    figure,
    open,
    dialog,
    svg: dialog.locator('.zoom-canvas svg'),
  }
}

const width = async (l: Locator) => (await l.boundingBox())!.width
const box = async (l: Locator) => (await l.boundingBox())!

test.describe('on a 360 px phone with touch', () => {
  test.use({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  })

  test('zoom fills the screen, fits the diagram to its width, and ＋ and a pinch enlarge it', async ({ page }) => {
    const { figure, dialog, svg } = await openFirstDiagram(page)
    // The dialog is the whole screen, not a box on it.
    expect(await box(dialog)).toEqual({ x: 0, y: 0, width: 360, height: 740 })
    const column = await width(figure)
    const fitted = await width(svg)
    // Fitted: this diagram is wider than tall for the stage, so it spans the screen's width.
    expect(fitted).toBeGreaterThan(355)
    expect(fitted).toBeLessThanOrEqual(360.5)
    expect(fitted).toBeGreaterThan(column)

    await dialog.getByRole('button', { name: '拡大', exact: true }).click()
    await expect.poll(() => width(svg)).toBeGreaterThan(fitted * 1.4)

    // A two-finger pinch through the browser's own touch input (pointer events with two ids).
    const before = await width(svg)
    const stage = await box(dialog.locator('.zoom-stage'))
    const cx = stage.x + stage.width / 2
    const cy = stage.y + stage.height / 2
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) => cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd'
        ? []
        : [
            { x: cx - d, y: cy, id: 1 },
            { x: cx + d, y: cy, id: 2 },
          ],
    })
    await touch('touchStart', 30)
    for (const d of [45, 60, 75, 90])
      await touch('touchMove', d)
    await touch('touchEnd', 0)
    // Three times the fingers' distance: about three times as wide (within the limit).
    await expect.poll(() => width(svg)).toBeGreaterThan(before * 2.5)

    // No sideways scroll of the page behind, and closing gives the page back.
    await dialog.getByRole('button', { name: '閉じる' }).click()
    await expect(dialog).toBeHidden()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })

  test('one finger moves an enlarged diagram', async ({ page }) => {
    const { dialog } = await openFirstDiagram(page)
    await dialog.getByRole('button', { name: '拡大', exact: true }).click()
    await dialog.getByRole('button', { name: '拡大', exact: true }).click()
    const canvas = dialog.locator('.zoom-canvas')
    const start = await box(canvas)
    const stage = await box(dialog.locator('.zoom-stage'))
    const cdp = await page.context().newCDPSession(page)
    const at = (x: number) => [
      { x, y: stage.y + stage.height / 2, id: 1 },
    ]
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: at(300),
    })
    for (const x of [260, 220, 180]) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(x),
      })
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect.poll(async () => (await box(canvas)).x).toBeCloseTo(start.x - 120, 0)
  })
})

test('on a desktop, the wheel and the keys zoom and pan; Esc closes and focus returns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const { open, dialog, svg } = await openFirstDiagram(page)
  await expect(dialog.getByRole('button', { name: '閉じる' })).toBeFocused()
  const fitted = await width(svg)
  const stage = await box(dialog.locator('.zoom-stage'))
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2)
  await page.mouse.wheel(0, -300)
  await expect.poll(() => width(svg)).toBeGreaterThan(fitted * 1.3)
  const zoomed = await width(svg)
  await page.keyboard.press('+')
  await expect.poll(() => width(svg)).toBeGreaterThan(zoomed * 1.4)
  const x = (await box(svg)).x
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await box(svg)).x).toBeLessThan(x - 50)
  await page.keyboard.press('0')
  await expect.poll(() => width(svg)).toBeCloseTo(fitted, 0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
})
