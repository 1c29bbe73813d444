import type { Page } from '@playwright/test'
// Shared e2e fixtures: every test fails on a console error, a page error (hydration mismatches
// included) or a failed same-origin request, so no spec has to remember to check.
import { test as base, expect } from '@playwright/test'

export interface PageProblems {
  consoleErrors: string[]
  failedRequests: string[]
}

export const test = base.extend<{ problems: PageProblems, allowProblems: (pattern: RegExp) => void }>({
  problems: [
    async ({ page, javaScriptEnabled }, use) => {
      const problems: PageProblems = { consoleErrors: [], failedRequests: [] }
      const allowed: RegExp[] = []
    ;(page as Page & { __allowed?: RegExp[] }).__allowed = allowed
      page.on('console', (msg) => {
        if (msg.type() === 'error' || (msg.type() === 'warning' && /hydration/i.test(msg.text())))
          problems.consoleErrors.push(msg.text())
      })
      page.on('pageerror', err => problems.consoleErrors.push(`pageerror: ${err.message}`))
      page.on('requestfailed', (req) => {
        const reason = req.failure()?.errorText
        // With JavaScript off, Chromium blocks the scripts the page preloads and reports them as 'csp'.
        if (!javaScriptEnabled && reason === 'csp' && req.resourceType() === 'script')
          return
        if (reason !== 'net::ERR_ABORTED')
          problems.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`)
      })
      page.on('response', (res) => {
        if (res.status() >= 400 && new URL(res.url()).hostname === '127.0.0.1')
          problems.failedRequests.push(`${res.url()} ${res.status()}`)
      })
      await use(problems)
      const keep = (s: string) => !allowed.some(r => r.test(s))
      // Failed requests first: their message names the URL, the browser's console line does not.
      expect(problems.failedRequests.filter(keep), 'failed requests').toEqual([])
      expect(problems.consoleErrors.filter(keep), 'console errors').toEqual([])
    },
    { auto: true },
  ],
  allowProblems: async ({ page }, use) => {
    await use((pattern) => {
      (page as Page & { __allowed?: RegExp[] }).__allowed?.push(pattern)
    })
  },
})

export { expect }

/**
 * Resolves once the page's script has started its behaviours (`<html data-chrome="ready">`, set by
 * components/client/entry.ts): menus, search, the theme switch, share and zoom answer from then on.
 */
export async function waitForChrome(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.chrome === 'ready')
}

/**
 * Resolves once every island on the page (`[data-island]`, components/client/islands.ts) is
 * hydrated: each is brought near the viewport, as a reader scrolling to it would, and the page is
 * scrolled back to where it was.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await waitForChrome(page)
  const y = await page.evaluate(() => window.scrollY)
  for (const island of await page.locator('[data-island]').all()) {
    await island.scrollIntoViewIfNeeded()
    await expect(island).toHaveAttribute('data-hydrated', '')
  }
  await page.evaluate(top => window.scrollTo({ top, behavior: 'instant' }), y)
}

/**
 * Lays the whole article out, as it is once a reader has scrolled through it: turns off the fold
 * below the first screen (`garden-unfold`, .vitepress/theme/fold.css). For checks that measure the
 * whole page's geometry at once (axe's target sizes and contrast, what lies below the pager,
 * sideways scroll): in a block the fold has not laid out yet, the browser lays out what such a check
 * asks about inside a placeholder of estimated height, and it spills over whatever follows. The fold
 * itself is tested in budgets.spec.ts.
 */
export async function unfold(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    document.documentElement.classList.add('garden-unfold')
    requestAnimationFrame(() => resolve())
  }))
}
