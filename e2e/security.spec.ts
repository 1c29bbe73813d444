// Safe by default at run time: pages with search and components run without a single CSP
// violation under the stricter dist/_headers policy, and so does the 404 page's inline script.
// Every page's own-origin requests and <meta> policy are checked by its health check
// (health.spec.ts); the policy files themselves in .vitepress/node/security/headers.dist.test.ts.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { watchCsp } from './csp'
import { expect, test, waitForChrome } from './fixtures'

const dist = resolve(process.env.E2E_DIST ?? '.vitepress/dist')

function headerPolicy(): string {
  const line = readFileSync(join(dist, '_headers'), 'utf8').split('\n').find(l => l.trim().startsWith('Content-Security-Policy:'))
  return line!.split(':').slice(1).join(':').trim()
}

test.describe('the dist/_headers policy', () => {
  for (const path of [
    './',
    'notes/grpc-load-balancing',
    'notes/job-retries',
    'chapters/2-running-apps',
  ]) {
    test(`${path} runs without violation when the host sends it, search included`, async ({ page }) => {
      const policy = headerPolicy()
      await page.route('**/*', async (route) => {
        const response = await route.fetch()
        const headers = response.headers()
        if ((headers['content-type'] ?? '').includes('text/html'))
          headers['content-security-policy'] = policy
        await route.fulfill({ response, headers })
      })
      const seen = await watchCsp(page)
      await page.goto(path)
      await expect(page.locator('main h1').first()).toBeVisible()
      await waitForChrome(page)
      // The local search loads its index on open: a fetch and a script chunk.
      await page.getByRole('button', { name: '検索 K', exact: true }).click()
      await page.getByRole('combobox', { name: 'サイト内を検索' }).fill('Pod')
      await expect(page.locator('.garden-search .result').first()).toBeVisible()
      await page.keyboard.press('Escape')
      const interactive = page.locator('main .vp-doc :is(button:not(.zoom-open), input[type=radio])')
      for (let i = 0; i < Math.min(await interactive.count(), 6); i++) {
        if (await interactive.nth(i).isVisible() && await interactive.nth(i).isEnabled())
          await interactive.nth(i).click()
      }
      expect(await seen.violations()).toEqual([])
      // Requests still in flight (prefetches) must not fail the test when the page closes.
      await page.unrouteAll({ behavior: 'ignoreErrors' })
    })
  }
})

test('the 404 page runs under the CSP', async ({ page, allowProblems }) => {
  allowProblems(/404|no-such-page/)
  const seen = await watchCsp(page)
  const response = await page.goto('no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await seen.violations()).toEqual([])
})
