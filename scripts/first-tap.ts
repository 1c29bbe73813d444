// Lab tool (not part of the tests): what the first tap costs now that the page hydrates on it
// (.vitepress/theme/hydrationGate.ts). A 412×823 touch phone at 4× CPU slowdown (CDP, as Lighthouse's
// mobile preset) loads each URL, taps the menu button, and times from the tap's pointerdown to the
// frame after the menu appears; then, hydrated, closes and taps it again. URLs in turn, run after run.
// `tsx scripts/first-tap.ts [runs] url…`
import process from 'node:process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromium } from '../.vitepress/node/chromium'
import { median } from './lib/bench/stats'

const args = process.argv.slice(2)
const urls = args.filter(a => /^https?:/.test(a))
const runs = Number(args.find(a => /^\d+$/.test(a)) ?? 5)

const browser = await chromium.launch({
  executablePath: resolveChromium().path,
  args: [...CHROMIUM_ARGS],
})

/** Taps the menu button and returns ms from pointerdown to the frame after the menu is shown. */
async function tapMenu(page: import('playwright-core').Page): Promise<number> {
  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(`window.tapDone = new Promise((resolve) => {
    addEventListener('pointerdown', (e) => {
      const start = e.timeStamp
      const check = () => document.querySelector('.VPNavScreen')
        ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
        : requestAnimationFrame(check)
      check()
    }, { capture: true, once: true })
  }), true`)
  await page.locator('.VPNavBarHamburger').tap()
  return page.evaluate(() => (window as unknown as { tapDone: Promise<number> }).tapDone)
}

const results = new Map<string, { first: number[], again: number[] }>(urls.map(u => [
  u,
  { first: [], again: [] },
]))
for (let i = 0; i < runs; i++) {
  for (const url of urls) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => document.documentElement.dataset.hydration !== undefined)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    const r = results.get(url)!
    r.first.push(await tapMenu(page))
    await page.locator('.VPNavBarHamburger').tap()
    await page.locator('.VPNavScreen').waitFor({ state: 'detached' })
    r.again.push(await tapMenu(page))
    await context.close()
  }
}
await browser.close()
for (const [url, r] of results) {
  const f = (xs: number[]) => `${Math.round(median(xs))} ms [${xs.map(Math.round).join(' ')}]`
  process.stdout.write(`${url}\n  first tap (hydrates): ${f(r.first)}\n  tap once hydrated:    ${f(r.again)}\n`)
}
