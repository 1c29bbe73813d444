// Watches a page for Content-Security-Policy violations (DOM events and the browser's console
// lines) and records every request URL, so a spec can check that the page stays on its own origin.
import type { Page } from '@playwright/test'

/** Call before page.goto: violations() reads the current document's events and every refusal so far. */
export async function watchCsp(page: Page) {
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
      return [
        ...events,
        ...refused,
      ]
    },
  }
}
