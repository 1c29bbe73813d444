// Safe by default at run time: every page loads only from its own origin (no third-party script,
// font or tracker), carries the build's Content-Security-Policy, and runs without a single CSP
// violation — under the <meta> policy and under the stricter dist/_headers one.
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { expect, test } from './fixtures'
import { gardenPages } from './pages/garden'

const dist = resolve(process.env.E2E_DIST ?? '.vitepress/dist')
const pages = gardenPages()

/** Collects CSP violations (DOM events and the browser's console lines) and every request URL. */
async function watch(page: Page) {
  const refused: string[] = []
  const requests: string[] = []
  await page.addInitScript(() => {
    const w = window as Window & { __csp?: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', e => w.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  page.on('console', (msg) => {
    if (/Refused to|Content Security Policy/i.test(msg.text()))
      refused.push(msg.text())
  })
  page.on('request', req => requests.push(req.url()))
  return {
    requests,
    async violations() {
      const events = await page.evaluate(() => (window as Window & { __csp?: string[] }).__csp ?? [])
      return [...events, ...refused]
    },
  }
}

function headerPolicy(): string {
  const line = readFileSync(join(dist, '_headers'), 'utf8').split('\n').find(l => l.trim().startsWith('Content-Security-Policy:'))
  return line!.split(':').slice(1).join(':').trim()
}

test.describe('every page stays on its own origin under the CSP', () => {
  for (const p of pages) {
    test(p.route, async ({ page, baseURL }) => {
      const seen = await watch(page)
      await page.goto(p.path)
      await expect(page.locator('main h1').first()).toBeVisible()
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      expect(policy).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/)
      await page.evaluate(() => document.fonts.ready)
      const origin = new URL(baseURL!).origin
      expect(seen.requests.filter(u => !u.startsWith(`${origin}/`) && !u.startsWith('data:'))).toEqual([])
      expect(await seen.violations()).toEqual([])
    })
  }
})

test.describe('the dist/_headers policy', () => {
  test('is the meta policy plus header-only directives, with no inline script allowance', async ({ page }) => {
    await page.goto('./')
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    const header = headerPolicy()
    expect(header).toBe(`${meta}; frame-ancestors 'none'`)
    expect(header).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
  })

  for (const path of ['./', 'notes/grpc-load-balancing', 'notes/job-retries', 'chapters/2-running-apps']) {
    test(`${path} runs without violation when the host sends it, search included`, async ({ page }) => {
      const policy = headerPolicy()
      await page.route('**/*', async (route) => {
        const response = await route.fetch()
        const headers = response.headers()
        if ((headers['content-type'] ?? '').includes('text/html'))
          headers['content-security-policy'] = policy
        await route.fulfill({ response, headers })
      })
      const seen = await watch(page)
      await page.goto(path)
      await expect(page.locator('main h1').first()).toBeVisible()
      // The local search loads its index on open: a fetch and a script chunk.
      await page.getByRole('button', { name: 'サイト内を検索' }).click()
      await page.getByRole('searchbox').fill('Pod')
      await expect(page.locator('.VPLocalSearchBox .result').first()).toBeVisible()
      await page.keyboard.press('Escape')
      const interactive = page.locator('main .vp-doc :is(button, input[type=radio])')
      for (let i = 0; i < Math.min(await interactive.count(), 6); i++) {
        if (await interactive.nth(i).isVisible() && await interactive.nth(i).isEnabled())
          await interactive.nth(i).click()
      }
      expect(await seen.violations()).toEqual([])
    })
  }
})

test('the 404 page runs its inline script under the CSP', async ({ page, allowProblems }) => {
  allowProblems(/404|no-such-page/)
  const seen = await watch(page)
  const response = await page.goto('no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await seen.violations()).toEqual([])
})
