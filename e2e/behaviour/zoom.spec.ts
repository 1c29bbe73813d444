// The full-screen zoom view (components/client/zoom/viewer.ts) in a real browser: it fills the
// screen, opens the diagram with readable labels, and pinch, the buttons, the wheel, drag and the keys enlarge and move it.
// The arithmetic itself is unit-tested (panZoom.test.ts); here only what needs layout and input, on the
// behaviour garden's wide sequence diagram (test/fixtures/behaviour-garden/notes/zoom-sequence.md).
import type { Locator, Page } from '@playwright/test'
import { expect, test, waitForChrome } from '../fixtures'
import { sidewaysScroll } from '../pages/sideways'

const PAGE = 'notes/zoom-sequence'

async function openFirstDiagram(page: Page) {
  await page.goto(PAGE)
  await waitForChrome(page)
  const figure = page.locator('.vp-doc figure.mermaid-diagram').first()
  const open = figure.getByRole('button', { name: /^拡大して表示: / })
  await open.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  // Shown once measured and placed.
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

  test('zoom fills the screen, opens the diagram with readable labels, and ＋ and a pinch enlarge it', async ({ page }) => {
    const { figure, dialog, svg } = await openFirstDiagram(page)
    // The dialog is the whole screen, not a box on it.
    expect(await box(dialog)).toEqual({ x: 0, y: 0, width: 360, height: 740 })
    const column = await width(figure)
    const opened = await width(svg)
    // Not opened to the screen (its 16-px labels would be 5–6 px): at 14-px labels, 87.5 % of its
    // own width, from its left edge, wider than the screen and the column.
    const natural = await svg.evaluate(el => (el as SVGSVGElement).viewBox.baseVal.width)
    expect(opened).toBeCloseTo(natural * 0.875, 0)
    expect((await box(svg)).x).toBeCloseTo(0, 0)
    expect(opened).toBeGreaterThan(360)
    expect(opened).toBeGreaterThan(column)

    await dialog.getByRole('button', { name: '拡大', exact: true }).click()
    await expect.poll(() => width(svg)).toBeGreaterThan(opened * 1.4)

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
    expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
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
  const opened = await width(svg)
  const stage = await box(dialog.locator('.zoom-stage'))
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2)
  await page.mouse.wheel(0, -300)
  await expect.poll(() => width(svg)).toBeGreaterThan(opened * 1.3)
  const zoomed = await width(svg)
  await page.keyboard.press('+')
  await expect.poll(() => width(svg)).toBeGreaterThan(zoomed * 1.4)
  const x = (await box(svg)).x
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await box(svg)).x).toBeLessThan(x - 50)
  await page.keyboard.press('0')
  // 0 shows the whole diagram on the stage.
  const natural = await svg.evaluate(el => ({ width: (el as SVGSVGElement).viewBox.baseVal.width, height: (el as SVGSVGElement).viewBox.baseVal.height }))
  const fit = Math.min(stage.width / natural.width, stage.height / natural.height)
  await expect.poll(() => width(svg)).toBeCloseTo(natural.width * fit, 0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
})
