// The sidebar (components/layout/GardenSidebar.vue): the current chapter open and the others
// closed, the current page in view inside the sidebar, axe-clean, SPA navigation from its links,
// the mobile drawer, and the same open/closed state without JavaScript. On the behaviour garden
// (test/fixtures/behaviour-garden): its chapter 4 lists more notes than a 900 px window shows.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, waitForChrome } from '../fixtures'

/** The last note of chapter 4: its sidebar item lies below the window until the sidebar scrolls. */
const CHAPTER_4_NOTE = 'notes/sidebar-current'

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

  test('on a chapter-4 note: chapter 4 open, the others closed, the current item visible in the sidebar', async ({ page }) => {
    await page.goto(CHAPTER_4_NOTE)
    await waitForChrome(page)
    const states = await openStates(page)
    expect(states.filter(([, open]) => open).map(([t]) => t)).toEqual([
      expect.stringMatching(/^第4章/),
    ])
    expect(states.length).toBeGreaterThanOrEqual(5)
    const current = page.locator('.VPSidebar [aria-current="page"]')
    await expect(current).toHaveCount(1)
    await expect(current).toHaveText('サイドバーの最後のノート')
    const [aside, item] = await Promise.all([
      page.locator('.VPSidebar').boundingBox(),
      current.boundingBox(),
    ])
    expect(item!.y).toBeGreaterThanOrEqual(aside!.y)
    expect(item!.y + item!.height).toBeLessThanOrEqual(Math.min(aside!.y + aside!.height, 900))
    // The sidebar scrolled itself to the item (chapter 4 is longer than the window) …
    expect(await page.locator('.VPSidebar').evaluate(el => el.scrollTop)).toBeGreaterThan(0)
    // … and only the window's own scroll would move the article.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
  })

  test('is axe-clean (no nested interactive controls) in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(CHAPTER_4_NOTE)
      await waitForChrome(page)
      // Open every chapter so that the links inside are checked too.
      await page.locator('.VPSidebar details:not([open]) summary').evaluateAll(ss => ss.forEach(s => (s as HTMLElement).click()))
      const { violations } = await new AxeBuilder({ page }).include('.VPSidebar').analyze()
      expect(violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)).toEqual([])
    }
  })

  test('a closed chapter opens on click, and its links navigate', async ({ page }) => {
    await page.goto(CHAPTER_4_NOTE)
    await waitForChrome(page)
    const chapter3 = page.locator('.VPSidebar details', { hasText: '第3章' })
    await chapter3.locator('summary').click()
    await expect(chapter3).toHaveAttribute('open', '')
    await chapter3.getByRole('link', { name: '第3章のまとめ' }).click()
    await expect(page).toHaveURL(/\/chapters\/3-long-page$/)
    await expect(page.locator('main h1')).toContainText('第3章')
    await expect(page.locator('.VPSidebar [aria-current="page"]')).toHaveText('第3章のまとめ')
    expect((await openStates(page)).filter(([, open]) => open).map(([t]) => t)).toEqual([
      expect.stringMatching(/^第3章/),
    ])
  })
})

test('on a phone the one menu button opens the sidebar with the current item in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 520 })
  // The last note of chapter 3 sits below a 520 px drawer's fold until scrolled into view.
  await page.goto('chapters/3-long-page')
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
    await page.goto(CHAPTER_4_NOTE)
    expect((await openStates(page)).filter(([, open]) => open).map(([t]) => t)).toEqual([
      expect.stringMatching(/^第4章/),
    ])
    const chapter1 = page.locator('.VPSidebar details', { hasText: '第1章' })
    await chapter1.locator('summary').click()
    await expect(chapter1.getByRole('link', { name: '第1章のまとめ' })).toBeVisible()
  })
})
