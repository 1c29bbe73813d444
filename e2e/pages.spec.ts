// Every page of the built site: the right h1, no console errors or failed requests (fixture), every
// internal link answers 200, and nothing scrolls sideways on a 360-px phone.
import { reviewTopics } from './data/review-topics'
import { expect, test, waitForHydration } from './fixtures'
import { gardenPages } from './pages/garden'

const pages = gardenPages()
const checkedLinks = new Map<string, number>()

test.describe('every page', () => {
  for (const p of pages) {
    test(`${p.route} renders its title and its internal links answer 200`, async ({ page, baseURL }) => {
      await page.goto(p.path)
      await expect(page.locator('main h1').first()).toHaveText(p.title)
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP')
      const origin = new URL(baseURL!).origin
      // SVG links (the map) have no string .href: resolve the attribute like the browser does.
      const hrefs = await page.locator('a[href]').evaluateAll(as => as.map(a => new URL(a.getAttribute('href')!, a.baseURI).href))
      const internal = [...new Set(hrefs.map(h => h.split('#')[0]!).filter(h => h.startsWith(origin)))]
      expect(internal.length).toBeGreaterThan(0)
      for (const url of internal) {
        if (!checkedLinks.has(url))
          checkedLinks.set(url, (await page.request.get(url)).status())
        expect(checkedLinks.get(url), `${url} linked from ${p.route}`).toBe(200)
      }
    })

    test(`${p.route} fits a 360-px phone without horizontal scroll`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(p.path)
      await expect(page.locator('main h1').first()).toBeVisible()
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(360)
    })
  }
})

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
  await waitForHydration(page)
  const navBackground = () => page.evaluate(() => getComputedStyle(document.querySelector('.VPNavBar .content-body')!).backgroundColor)
  const before = await navBackground()
  const threeFramesLater = await page.evaluate(async () => {
    document.querySelector<HTMLElement>('.VPNavBarAppearance .VPSwitchAppearance')!.click()
    for (let i = 0; i < 3; i++)
      await new Promise(resolve => requestAnimationFrame(resolve))
    return getComputedStyle(document.querySelector('.VPNavBar .content-body')!).backgroundColor
  })
  await page.waitForTimeout(800) // longer than the theme's 0.5 s transition
  const settled = await navBackground()
  expect(settled).not.toBe(before)
  expect(threeFramesLater).toBe(settled)
})

test('the nav keeps its short title on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('./')
  await expect(page.locator('.VPNavBarTitle .title')).toHaveText('知識地図ノート')
})

test.describe('the chapter pages cover every topic of the review', () => {
  for (const [route, terms] of Object.entries(reviewTopics)) {
    test(route, async ({ page }) => {
      await page.goto(route.slice(1))
      // Rendered text only (not diagram sources in closed <details>), hence innerText.
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content
      const text = await page.locator('main .vp-doc').innerText()
      const missing = terms.filter(t => !text.includes(t))
      expect(missing, `terms missing on ${route}`).toEqual([])
    })
  }
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
