// The right aside at 1280 × 900: the outline and the section share box both fit the window on the
// behaviour garden's page with the longest outline (chapters/3-long-page.md, 24 headings), and the
// outline follows the reader.
import type { Locator } from '@playwright/test'
import { expect, test, waitForChrome } from '../fixtures'

const box = async (l: Locator) => (await l.boundingBox())!

test('the outline and the share box fit a 900 px tall window; the current section stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('chapters/3-long-page')
  // The outline is in the server HTML; the current section follows the scroll once the script runs.
  await waitForChrome(page)
  const outline = page.locator('.VPDocAsideOutline .content')
  const share = page.locator('.aside .share-bar')
  await expect(share).toBeVisible()
  const s = await box(share)
  const o = await box(outline)
  expect(s.y + s.height).toBeLessThanOrEqual(900)
  expect(o.y + o.height).toBeLessThanOrEqual(s.y)
  expect(o.height).toBeGreaterThanOrEqual(160)
  await expect(page.getByRole('heading', { name: 'このページの内容' })).toBeInViewport()
  // The outline is longer than its box here: it scrolls on its own.
  expect(await outline.evaluate(el => el.scrollHeight > el.clientHeight)).toBe(true)

  // The last section but a few: its link starts below the box and is brought into view.
  const last = page.locator('.VPDocAsideOutline a[href="#near-end"]')
  expect((await box(last)).y).toBeGreaterThan(o.y + o.height)
  await page.locator('h3#near-end').evaluate(h => h.scrollIntoView())
  await expect(last).toHaveClass(/active/)
  await expect.poll(async () => {
    const l = await box(last)
    return l.y >= o.y && l.y + l.height <= o.y + o.height
  }).toBe(true)
  // The share box names that section, and still ends within the window.
  await expect(share).toContainText('終わり近くの節')
  const after = await box(share)
  expect(after.y + after.height).toBeLessThanOrEqual(900)
})
