// Site-wide behaviour in the browser: the appearance toggle and its instant colour switch, the
// short nav title on a phone, the 404 page, and the last-updated time without JavaScript. Each
// page's own checks (h1, links, width, axe) are its health check (health.spec.ts).
import { expect, test, waitForChrome } from '../fixtures'

test('the appearance toggle switches between light and dark', async ({ page }) => {
  await page.goto('./')
  const html = page.locator('html')
  const toggle = page.getByRole('switch', { name: /テーマに切り替える/ }).first()
  const wasDark = await html.evaluate(el => el.classList.contains('dark'))
  await toggle.click()
  await expect(html).toHaveClass(wasDark ? /^(?!.*\bdark\b)/ : /\bdark\b/)
  await toggle.click()
  await expect(html).toHaveClass(wasDark ? /\bdark\b/ : /^(?!.*\bdark\b)/)
})

test('switching the theme changes colours at once, without a half-second transition', async ({ page }) => {
  // VueUse's own transition blocker is off (it costs a full style recalculation at every load);
  // components/composables/useInstantThemeSwitch.ts blocks transitions only while switching.
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('chapters/1-basics')
  await waitForChrome(page)
  const navBackground = () => page.evaluate(() => getComputedStyle(document.querySelector('.VPNavBar .content-body')!).backgroundColor)
  const before = await navBackground()
  const threeFramesLater = await page.evaluate(async () => {
    document.querySelector<HTMLElement>('.VPNavBarAppearance .VPSwitchAppearance')!.click()
    for (let i = 0; i < 3; i++)
      await new Promise(resolve => requestAnimationFrame(resolve))
    return getComputedStyle(document.querySelector('.VPNavBar .content-body')!).backgroundColor
  })
  // Settled: no CSS transition left running (the theme's own would run for 0.5 s).
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter(a => a instanceof CSSTransition).length)).toBe(0)
  const settled = await navBackground()
  expect(settled).not.toBe(before)
  expect(threeFramesLater).toBe(settled)
})

test('the nav keeps its short title on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('./')
  await expect(page.locator('.VPNavBarTitle .title')).toHaveText('知識地図ノート')
})

test('an unknown URL shows the Japanese 404 page', async ({ page, allowProblems }) => {
  allowProblems(/404/)
  await page.goto('notes/no-such-note')
  await expect(page.getByText('ページが見つかりません').first()).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a page shows its last-updated time in JST, written at build time (no Intl after mount)', async ({ page }) => {
    await page.goto('chapters/1-basics')
    const time = page.locator('.VPLastUpdated time')
    const iso = await time.getAttribute('datetime')
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT/)
    // The expected text, computed here with Intl for Asia/Tokyo (Node has full ICU).
    const expected = new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(iso!))
    await expect(time).toHaveText(expected)
    await expect(page.locator('.VPLastUpdated')).toContainText('最終更新')
  })
})
