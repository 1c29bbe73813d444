// Moving between pages without a new document (components/client/chrome/navigate.ts): a link's page is
// swapped in where the browser has the Navigation API, and everything a new document would do still
// happens: the URL, the title, the current link, the scroll, Back and Forward, the new page's islands.
// Without the API, links load documents as before.
import type { Page } from '@playwright/test'
import { expect, test, waitForChrome } from './fixtures'

const FROM = 'notes/source-ip-preservation'
const TO = /\/notes\/grpc-load-balancing$/

const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __before?: boolean }).__before === true)

test('a link swaps its page in: same document, URL, title, current link, top of the page; Back returns to the place', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(FROM)
  await waitForChrome(page)
  await page.evaluate(() => {
    (window as unknown as { __before: boolean }).__before = true
    window.scrollTo({ top: 900, behavior: 'instant' })
  })
  const fromTitle = await page.title()
  await page.locator('.VPSidebar a[href$="/notes/grpc-load-balancing"]').click()
  await expect(page).toHaveURL(TO)
  await expect(page.locator('main h1')).toContainText('gRPC')
  await expect(page).toHaveTitle(/gRPC/)
  expect(await sameDocument(page)).toBe(true)
  await expect(page.locator('.VPSidebar [aria-current="page"]')).toHaveAttribute('href', TO)
  await expect(page.locator('#garden-route-announcer')).toHaveText(await page.title())
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  // The new page's simulator answers its first tap (held until it hydrates, as on a page load).
  const island = page.locator('[data-island]').first()
  await island.scrollIntoViewIfNeeded()
  await island.locator('button').first().click()
  await expect(island).toHaveAttribute('data-hydrated', '')

  await page.goBack()
  await expect(page).toHaveTitle(fromTitle)
  expect(await sameDocument(page)).toBe(true)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(898)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(902)
  await page.goForward()
  await expect(page).toHaveURL(TO)
  await expect(page.locator('main h1')).toContainText('gRPC')
})

test('without the Navigation API a link loads a new document, as before', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'navigation', { value: undefined }))
  await page.goto(FROM)
  await waitForChrome(page)
  await page.evaluate(() => {
    (window as unknown as { __before: boolean }).__before = true
  })
  await page.locator('.VPSidebar a[href$="/notes/grpc-load-balancing"]').click()
  await expect(page).toHaveURL(TO)
  await expect(page.locator('main h1')).toContainText('gRPC')
  expect(await sameDocument(page)).toBe(false)
  // The head's prefetch rules stay where nothing replaces them.
  await expect(page.locator('script[type="speculationrules"]')).toHaveCount(1)
})
