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
 * Resolves once the app is loaded and waiting for the reader (`<html data-hydration="waiting">`, see
 * .vitepress/theme/hydrationGate.ts) or already mounted.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydration !== undefined)
}

/**
 * Hydrates the page the way a reader's first movement does (the pointer enters the page) and resolves
 * once Vue has mounted, so that client-side listeners exist.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await waitForApp(page)
  // Two points: a move to where the pointer already is may send no event.
  await page.mouse.move(1, 1)
  await page.mouse.move(2, 2)
  await page.waitForFunction(() => Boolean((document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__))
}
