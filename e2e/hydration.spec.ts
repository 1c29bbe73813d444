import { expect, test, waitForApp } from './fixtures'

// The app hydrates on the reader's first interaction (.vitepress/theme/hydrationGate.ts), not at load:
// until then the page is its server-rendered HTML, and the first tap must still do what it says.
const mounted = () => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)

test('after load the app waits: no hydration until the reader interacts', async ({ page }) => {
  await page.goto('chapters/2-running-apps')
  await page.waitForLoadState('networkidle')
  await waitForApp(page)
  await expect(page.locator('html')).toHaveAttribute('data-hydration', 'waiting')
  expect(await page.evaluate(mounted)).toBe(false)
  // The page reads whole without it: the article and the sidebar's current chapter (VitePress fills
  // the outline on mount, as it does for a reader without JavaScript).
  await expect(page.locator('main h1')).toContainText('第2章')
  await expect(page.locator('.VPSidebar details[open] [aria-current="page"]')).toHaveCount(1)
})

test('the first click is the one that acts: it opens the search box', async ({ page }) => {
  await page.goto('chapters/2-running-apps')
  await waitForApp(page)
  await page.getByRole('button', { name: '検索 K', exact: true }).click()
  await expect(page.getByRole('searchbox')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done')
})

test('the first key is the one that acts: / opens the search box', async ({ page }) => {
  await page.goto('notes/probes')
  await waitForApp(page)
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox')).toBeVisible()
})

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  })

  test('the first tap on the menu opens it', async ({ page }) => {
    await page.goto('notes/probes')
    await waitForApp(page)
    expect(await page.evaluate(mounted)).toBe(false)
    await page.locator('.VPNavBarHamburger').tap()
    await expect(page.locator('.VPNavScreen')).toBeVisible()
  })

  test('scrolling the page hydrates it and the outline follows', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('chapters/2-running-apps')
    await waitForApp(page)
    const heading = page.locator('main h2').nth(3)
    await heading.evaluate(h => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100))
    await expect(page.locator('html')).toHaveAttribute('data-hydration', 'done')
    const id = await heading.getAttribute('id')
    await expect(page.locator(`.VPDocAsideOutline a.active[href="#${id}"]`)).toBeVisible()
  })
})
