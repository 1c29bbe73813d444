// The zoom view and the browser's history, and a figure's size before and after the page's script, on
// the behaviour garden's wide sequence diagram (the zoom view itself: zoom.spec.ts).
import type { Page } from '@playwright/test'
import { expect, test, waitForChrome } from '../fixtures'

const PAGE = 'notes/zoom-sequence'
const PHONE = { width: 360, height: 740 }

async function openPage(page: Page, route: string) {
  await page.goto(route)
  await waitForChrome(page)
  return page.locator('.vp-doc figure.mermaid-diagram')
}

test.describe('history', () => {
  test.use({ viewport: PHONE, hasTouch: true })

  test('closing the zoom view takes its history entry back: the next Back leaves the page as before', async ({ page }) => {
    await page.goto('')
    await waitForChrome(page)
    const figures = await openPage(page, PAGE)
    await figures.first().getByRole('button', { name: /^拡大して表示: / }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.locator('.zoom-stage.zoom-ready')).toBeVisible()
    await dialog.getByRole('button', { name: '閉じる' }).click()
    await expect(dialog).toBeHidden()
    await expect.poll(() => page.evaluate(() => history.state?.gardenZoom ?? false)).toBe(false)
    await page.goBack()
    await expect(page).toHaveURL(/\/$/)
  })

  test('the figure has the same size before and after the page\'s script runs (nothing moves)', async ({ browser }) => {
    const sizes: string[] = []
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, baseURL: test.info().project.use.baseURL })
      const page = await context.newPage()
      await page.goto(PAGE)
      if (javaScriptEnabled)
        await waitForChrome(page)
      sizes.push(JSON.stringify(await page.locator('.vp-doc figure.mermaid-diagram').evaluateAll(fs => fs.map((f) => {
        const r = f.getBoundingClientRect()
        const svg = [
          ...f.querySelectorAll('svg'),
        ].find(s => s.getClientRects().length > 0)!.getBoundingClientRect()
        return [
          r.width,
          r.height,
          svg.width,
          svg.height,
        ].map(Math.round)
      }))))
      await context.close()
    }
    expect(sizes[1]).toBe(sizes[0])
  })
})
