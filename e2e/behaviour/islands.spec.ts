// A built page is static HTML with a small script (components/client/entry.ts): no whole-page app
// is ever mounted, and each interactive component hydrates alone (components/client/islands.ts).
// What a reader sees is final in the server HTML (nothing moves), and every control answers its
// first tap, before anything else happened on the page. The pages are the behaviour garden's
// (test/fixtures/behaviour-garden): chapter 3 is long, with an island far below the first screen;
// notes/sim-grpc.md has a simulator in the first screen; notes/island-quiet.md has nothing that moves.
import type { Page } from '@playwright/test'
import { expect, test, waitForChrome } from '../fixtures'

const SHIFTS = `window.__shift = 0; new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__shift += e.value }) }).observe({ type: 'layout-shift', buffered: true })`
const shift = (page: Page) => page.evaluate(() => (window as unknown as { __shift: number }).__shift)

test('no whole-page app: the page loads one script and Vue only comes with an island', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', r => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname))
  await page.goto('chapters/3-long-page')
  await waitForChrome(page)
  expect(await page.evaluate(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown }).__vue_app__))).toBe(false)
  expect(scripts.filter(s => /\/entry\./.test(s))).toHaveLength(1)
  expect(scripts.filter(s => /\/vue\./.test(s)), 'no Vue before an island nears the viewport').toEqual([])
  // Scrolling to an island brings Vue and hydrates that component, and only it.
  const island = page.locator('[data-island="SourceIpFlow"]')
  await island.scrollIntoViewIfNeeded()
  await expect(island).toHaveAttribute('data-hydrated', '')
  expect(scripts.filter(s => /\/vue\./.test(s))).toHaveLength(1)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the outline is in the server HTML, aside and local nav alike', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('chapters/3-long-page')
    const links = page.locator('.VPDocAsideOutline a.outline-link')
    expect(await links.count()).toBeGreaterThan(10)
    await expect(links.first()).toBeVisible()
    await expect(links.first()).toHaveAttribute('href', /^#[a-z0-9-]+$/)
    await page.setViewportSize({ width: 360, height: 740 })
    await expect(page.locator('[data-outline-toggle]')).toHaveText('このページの内容')
  })
})

test('on a phone the local nav\'s outline lists the same headings as the aside', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('chapters/3-long-page')
  await waitForChrome(page)
  const aside = await page.locator('.VPDocAsideOutline a.outline-link').evaluateAll(as => as.map(a => a.getAttribute('href')))
  await page.locator('[data-outline-toggle]').click()
  const local = await page.locator('#local-outline a.outline-link').evaluateAll(as => as.map(a => a.getAttribute('href')))
  expect(local).toEqual(aside)
  expect(local.length).toBeGreaterThan(10)
})

for (const device of ['desktop', 'phone'] as const) {
  test(`nothing moves from load through the first pointer move, scroll and tap (${device})`, async ({ browser }) => {
    const context = await browser.newContext(device === 'phone'
      ? {
          viewport: { width: 360, height: 740 },
          isMobile: true,
          hasTouch: true,
        }
      : {
          viewport: { width: 1280, height: 800 },
        })
    const page = await context.newPage()
    await page.addInitScript(SHIFTS)
    for (const path of ['', 'chapters/3-long-page', 'notes/sim-grpc']) {
      await page.goto(path)
      await waitForChrome(page)
      await page.evaluate(() => document.fonts.ready)
      const text = page.locator('.vp-doc p').first()
      if (device === 'desktop') {
        await page.mouse.move(640, 300, { steps: 5 })
        await page.mouse.wheel(0, 600)
      }
      else {
        await page.evaluate(() => window.scrollBy(0, 600))
      }
      await text.evaluate(el => el.scrollIntoView({ block: 'center' }))
      const box = (await text.boundingBox())!
      if (device === 'desktop')
        await page.mouse.click(box.x + 4, box.y + 4)
      else
        await page.touchscreen.tap(box.x + 4, box.y + 4)
      await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))
      expect(await shift(page), `layout shift on /${path}`).toBe(0)
    }
    await context.close()
  })
}

test.describe('the first tap on a phone', () => {
  test.use({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  })

  test.beforeEach(async ({ page }) => {
    await page.goto('notes/sim-grpc')
    await waitForChrome(page)
  })

  test('the menu button opens the drawer, with the other pages and the theme switch', async ({ page }) => {
    await page.locator('.VPNavBarHamburger').tap()
    const drawer = page.locator('.VPSidebar.open')
    await expect(drawer).toBeVisible()
    await expect(page.locator('.VPNavBarHamburger')).toHaveAttribute('aria-expanded', 'true')
    await expect(drawer.getByRole('link', { name: 'タグ' })).toBeAttached()
    await expect(drawer.getByRole('switch')).toBeAttached()
    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
  })

  test('the search button opens the dialog, focused', async ({ page }) => {
    await page.getByRole('button', { name: '検索 K', exact: true }).tap()
    await expect(page.getByRole('combobox', { name: 'サイト内を検索' })).toBeFocused()
  })

  test('「このページの内容」 opens the outline', async ({ page }) => {
    await page.locator('[data-outline-toggle]').tap()
    await expect(page.locator('#local-outline')).toBeVisible()
    await page.locator('#local-outline a.outline-link').first().tap()
    await expect(page.locator('#local-outline')).toBeHidden()
  })

  test('a simulator control answers the tap that comes right after scrolling to it', async ({ page }) => {
    const send = page.getByRole('button', { name: '1件送る' })
    await send.evaluate(el => el.scrollIntoView({ block: 'center', behavior: 'instant' }))
    await send.tap()
    await expect(page.locator('.grpc-summary')).toContainText('1件送信')
  })

  test('taps that come before the page\'s script are held, then answered when it arrives', async ({ page }) => {
    // The inline loader fetches the script after the first paint (.vitepress/node/islands/entryLoader.ts);
    // here its response waits until both taps are in.
    let release!: () => void
    const tapped = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route('**/assets/entry.*.js', async (route) => {
      await tapped
      await route.continue()
    })
    await page.goto('notes/sim-grpc', { waitUntil: 'commit' })
    const send = page.getByRole('button', { name: '1件送る' })
    await send.tap()
    await page.locator('.VPNavBarHamburger').tap()
    expect(await page.evaluate(() => document.documentElement.dataset.chrome)).toBeUndefined()
    release()
    await expect(page.locator('.VPSidebar.open')).toBeVisible()
    await expect(page.locator('.VPNavBarHamburger')).toHaveAttribute('aria-expanded', 'true')
    await expect(page.locator('.grpc-summary')).toContainText('1件送信')
  })

  test('the theme switch in the drawer switches the theme', async ({ page }) => {
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
    await page.locator('.VPNavBarHamburger').tap()
    await page.locator('.VPSidebar.open').getByRole('switch').tap()
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(!dark)
  })
})

test.describe('the first action on a desktop', () => {
  test.use({
    viewport: { width: 1280, height: 800 },
  })

  test('the first key opens the search: /', async ({ page }) => {
    await page.goto('notes/island-quiet')
    await waitForChrome(page)
    await page.keyboard.press('/')
    await expect(page.getByRole('combobox', { name: 'サイト内を検索' })).toBeFocused()
  })

  test('the 「章」 menu opens on click and closes on Escape', async ({ page }) => {
    await page.goto('notes/island-quiet')
    await waitForChrome(page)
    const button = page.locator('.VPNavBarMenu .VPFlyout > .button')
    await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Escape')
    await expect(button).toHaveAttribute('aria-expanded', 'false')
  })

  test('a simulator is operable from the keyboard first: Tab to it, then arrows', async ({ page }) => {
    await page.goto('notes/sim-grpc')
    await waitForChrome(page)
    const radio = page.locator('figure.grpc input[type=radio]').first()
    await radio.focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.locator('figure.grpc input[type=radio]').nth(1)).toBeChecked()
    await expect(page.locator('[data-island="GrpcBalancing"]')).toHaveAttribute('data-hydrated', '')
    await expect(page.locator('.grpc-summary')).not.toContainText('L4（kube-proxy')
  })
})
