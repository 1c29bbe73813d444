// The sidebar (components/layout/GardenSidebar.vue): the current chapter open and the others
// closed, the current page in view inside the sidebar, axe-clean, SPA navigation from its links,
// the mobile drawer, and the same open/closed state without JavaScript.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, waitForChrome } from './fixtures'

const CHAPTER_3_NOTE = 'notes/external-secrets'

async function openStates(page: import('@playwright/test').Page) {
  return page.locator('.VPSidebar details').evaluateAll(ds => ds.map(d => [
    d.querySelector('summary')!.textContent!.trim(),
    (d as HTMLDetailsElement).open,
  ] as const))
}

test.describe('sidebar at 1280×900', () => {
  test.use({
    viewport: { width: 1280, height: 900 },
  })

  test('on a chapter-3 note: chapter 3 open, the others closed, the current item visible in the sidebar', async ({ page }) => {
    await page.goto(CHAPTER_3_NOTE)
    await waitForChrome(page)
    const states = await openStates(page)
    expect(states.filter(([, open]) => open).map(([t]) => t)).toEqual([
      expect.stringMatching(/^第3章/),
    ])
    expect(states.length).toBeGreaterThanOrEqual(5)
    const current = page.locator('.VPSidebar [aria-current="page"]')
    await expect(current).toHaveCount(1)
    await expect(current).toHaveText('External Secrets Operator')
    const [aside, item] = await Promise.all([
      page.locator('.VPSidebar').boundingBox(),
      current.boundingBox(),
    ])
    expect(item!.y).toBeGreaterThanOrEqual(aside!.y)
    expect(item!.y + item!.height).toBeLessThanOrEqual(Math.min(aside!.y + aside!.height, 900))
    // Only the window's own scroll would move the article; the sidebar scrolls itself.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  })

  test('is axe-clean (no nested interactive controls) in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(CHAPTER_3_NOTE)
      await waitForChrome(page)
      // Open every chapter so that the links inside are checked too.
      await page.locator('.VPSidebar details:not([open]) summary').evaluateAll(ss => ss.forEach(s => (s as HTMLElement).click()))
      const { violations } = await new AxeBuilder({ page }).include('.VPSidebar').analyze()
      expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
  })

  test('a closed chapter opens on click, and its links navigate', async ({ page }) => {
    await page.goto(CHAPTER_3_NOTE)
    await waitForChrome(page)
    const chapter2 = page.locator('.VPSidebar details', { hasText: '第2章' })
    await chapter2.locator('summary').click()
    await expect(chapter2).toHaveAttribute('open', '')
    await chapter2.getByRole('link', { name: '第2章のまとめ' }).click()
    await expect(page).toHaveURL(/\/chapters\/2-running-apps$/)
    await expect(page.locator('main h1')).toContainText('第2章')
    await expect(page.locator('.VPSidebar [aria-current="page"]')).toHaveText('第2章のまとめ')
    expect((await openStates(page)).filter(([, open]) => open).map(([t]) => t)).toEqual([
      expect.stringMatching(/^第2章/),
    ])
  })
})

test('on a phone the one menu button opens the sidebar with the current item in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 520 })
  // The last note of the longest chapter sits below a 520 px drawer's fold until scrolled into view.
  await page.goto('chapters/2-running-apps')
  await waitForChrome(page)
  const last = page.locator('.VPSidebar details[open] a').last()
  const href = await last.getAttribute('href')
  await page.goto(href!.replace(/^\//, ''))
  await waitForChrome(page)
  // One menu on a phone: the local nav's 「メニュー」 is for 768–960 px.
  await expect(page.locator('.VPLocalNav button.menu')).toBeHidden()
  await page.getByRole('button', { name: 'メニュー' }).click()
  const sidebar = page.locator('.VPSidebar.open')
  await expect(sidebar).toBeVisible()
  const current = sidebar.locator('[aria-current="page"]')
  await expect(current).toBeInViewport()
  expect(await sidebar.evaluate(el => el.scrollTop)).toBeGreaterThan(0)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})

test.describe('without JavaScript', () => {
  test.use({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  })

  test('the current chapter is open and the others open natively', async ({ page }) => {
    await page.goto(CHAPTER_3_NOTE)
    expect((await openStates(page)).filter(([, open]) => open).map(([t]) => t)).toEqual([
      expect.stringMatching(/^第3章/),
    ])
    const chapter1 = page.locator('.VPSidebar details', { hasText: '第1章' })
    await chapter1.locator('summary').click()
    await expect(chapter1.getByRole('link', { name: '第1章のまとめ' })).toBeVisible()
  })
})
