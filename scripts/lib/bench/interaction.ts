// What a reader's first interactions cost, measured in a real Chromium at Lighthouse's 4× CPU
// slowdown (issue 26): the first tap's INP (the Event Timing API's duration of the tap's events: input
// delay + handlers + the next paint, the Web Vitals definition) and how long until the page visibly
// answered; a later tap; the layout shift from load through the first pointer move, scroll and tap;
// the JavaScript fetched before any interaction; and the time from a tap on a sidebar link to the next
// page's first paint. Each figure is a median of `runs` fresh browser contexts; pages run in turn.
import type { Browser, BrowserContext, Page } from 'playwright-core'

/** What the reader taps; `selector` is tried in order, the first visible match is used. */
export interface TapTarget {
  name: string
  selectors: string[]
  /** Scrolled into view (instantly) before the tap, as a reader scrolls to a simulator first. */
  scroll?: boolean
}

export const PHONE = { width: 412, height: 823 }
export const DESKTOP = { width: 1280, height: 800 }

/** Lighthouse's mobile CPU slowdown. */
export const CPU_SLOWDOWN = 4
/** The reader looks at the page this long before the first tap (the protocol). */
export const SETTLE_MS = 1500
/** A "later" tap comes this long after the first one's answer was closed again. */
export const LATER_MS = 1000

export const MENU: TapTarget = {
  name: 'menu button',
  selectors: ['.VPNavBarHamburger'],
}
export const SEARCH: TapTarget = {
  name: 'search button',
  selectors: ['.VPNavBarSearch button', '#local-search button'],
}
export const SIMULATOR: TapTarget = {
  name: 'simulator control',
  // The first button of the page's first simulator or interactive diagram (old and new markup alike).
  selectors: [
    '.sim button',
    'figure.grpc button',
    '.source-ip button',
    '[data-island] button',
  ],
  scroll: true,
}

export interface TapRun {
  /** INP of the tap: the longest Event Timing duration among the tap's events (ms, 8 ms steps). */
  inp: number
  /** Pointer-down to the first frame after the page changed in answer (ms). */
  response: number
}

export interface TapResult {
  target: string
  first: TapRun[]
  later: TapRun[]
}

// In-page helpers as strings: tsx's helpers for named functions do not exist inside the page.
const OBSERVE_EVENTS = `(() => {
  window.__events = []
  new PerformanceObserver((list) => { window.__events.push(...list.getEntries().map(e => ({ name: e.name, id: e.interactionId, duration: e.duration, start: e.startTime }))) })
    .observe({ type: 'event', buffered: true, durationThreshold: 16 })
  window.__shift = 0
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value })
    .observe({ type: 'layout-shift', buffered: true })
})()`

/** Arms a watcher: resolves with ms from the next pointerdown to the frame after the DOM first changes. */
const ARM_RESPONSE = `window.__response = new Promise((resolve) => {
  addEventListener('pointerdown', (e) => {
    const start = e.timeStamp
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
    const mo = new MutationObserver(() => { mo.disconnect(); done() })
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true })
    // A tap that changes nothing (already open) still ends.
    setTimeout(() => { mo.disconnect(); resolve(NaN) }, 10000)
  }, { capture: true, once: true })
}), true`

async function newPhone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2.625,
  })
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
}

async function visible(page: Page, selectors: string[]) {
  for (const s of selectors) {
    const loc = page.locator(s)
    const n = await loc.count()
    for (let i = 0; i < n; i++) {
      if (await loc.nth(i).isVisible())
        return loc.nth(i)
    }
  }
  // Below the fold: the first one attached.
  for (const s of selectors) {
    if (await page.locator(s).count() > 0)
      return page.locator(s).first()
  }
  throw new Error(`no element for ${selectors.join(', ')} on ${page.url()}`)
}

async function tapOnce(page: Page, target: TapTarget): Promise<TapRun> {
  const el = await visible(page, target.selectors)
  if (target.scroll)
    await el.evaluate(e => e.scrollIntoView({ block: 'center', behavior: 'instant' }))
  await page.evaluate(ARM_RESPONSE)
  const before = await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events.length)
  await el.tap()
  const response = await page.evaluate(() => (window as unknown as { __response: Promise<number> }).__response)
  // Event Timing entries arrive after the paint that ends them.
  const handle = await page.waitForFunction((from) => {
    const events = (window as unknown as { __events: { name: string, id: number, duration: number }[] }).__events.slice(from)
    return events.some(e => e.name === 'click') && events
  }, before, { timeout: 15_000 })
  const events = await handle.jsonValue() as { name: string, id: number, duration: number }[]
  const ids = new Set(events.filter(e => e.name === 'click' && e.id).map(e => e.id))
  const inp = Math.max(...events.filter(e => ids.has(e.id) || e.name.startsWith('pointer') || e.name.startsWith('touch')).map(e => e.duration))
  return { inp, response }
}

/** Closes whatever the tap opened, so the later tap starts from the same state. */
async function reset(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.waitForTimeout(LATER_MS)
}

/** First and later tap on each target of each URL, on a touch phone at 4× CPU, `runs` times. */
export async function measureTaps(browser: Browser, urls: string[], targets: TapTarget[], runs: number): Promise<Map<string, TapResult[]>> {
  const out = new Map<string, TapResult[]>(urls.map(u => [
    u,
    targets.map(t => ({ target: t.name, first: [], later: [] })),
  ]))
  for (let i = 0; i < runs; i++) {
    for (const url of urls) {
      for (const [ti, target] of targets.entries()) {
        const context = await newPhone(browser)
        const page = await context.newPage()
        await page.addInitScript(OBSERVE_EVENTS)
        await throttle(context, page)
        await page.goto(url, { waitUntil: 'load' })
        await page.waitForTimeout(SETTLE_MS)
        const r = out.get(url)![ti]!
        try {
          r.first.push(await tapOnce(page, target))
          await reset(page)
          r.later.push(await tapOnce(page, target))
        }
        finally {
          await context.close()
        }
      }
    }
  }
  return out
}

export interface ShiftRun { phone: number, desktop: number }

/** Layout shift (every entry, inputs included) from load through a pointer move, a scroll and a tap. */
export async function measureShift(browser: Browser, url: string): Promise<ShiftRun> {
  const result = { phone: 0, desktop: 0 }
  for (const kind of ['desktop', 'phone'] as const) {
    const context = kind === 'phone'
      ? await newPhone(browser)
      : await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    await page.addInitScript(OBSERVE_EVENTS)
    await throttle(context, page)
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    const text = page.locator('.vp-doc p').first()
    const box = (await text.boundingBox())!
    if (kind === 'desktop') {
      await page.mouse.move(10, 10)
      await page.mouse.move(box.x + 5, box.y + 5, { steps: 8 })
      await page.mouse.wheel(0, 400)
    }
    else {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Input.synthesizeScrollGesture', {
        x: 200,
        y: 600,
        yDistance: -400,
        speed: 2000,
        gestureSourceType: 'touch',
      })
    }
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 200))))
    const after = (await text.boundingBox())!
    if (kind === 'desktop')
      await page.mouse.click(after.x + 5, after.y + 5)
    else
      await page.touchscreen.tap(after.x + 5, after.y + 5)
    await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 300))))
    result[kind] = await page.evaluate(() => (window as unknown as { __shift: number }).__shift)
    await context.close()
  }
  return result
}

/** Bytes (as transferred, precompressed gzip) of every script fetched before any interaction. */
export async function measureScriptBytes(browser: Browser, url: string): Promise<{ bytes: number, files: string[] }> {
  const context = await newPhone(browser)
  const page = await context.newPage()
  await throttle(context, page)
  await page.goto(url, { waitUntil: 'load' })
  await page.waitForTimeout(SETTLE_MS)
  const entries = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter(e => /\.m?js(?:\?|$)/.test(e.name))
    .map(e => ({ name: e.name, bytes: (e as PerformanceResourceTiming).encodedBodySize })))
  await context.close()
  return {
    bytes: entries.reduce((s, e) => s + e.bytes, 0),
    files: entries.map(e => new URL(e.name).pathname),
  }
}

const NAV_REPORT = '__nav '

const NAV_PROBE = `(() => {
  const KEY = '__navStart'
  const report = (t1) => {
    const t0 = Number(sessionStorage.getItem(KEY))
    if (t0) console.debug('__nav', t1 - t0)
  }
  addEventListener('pointerdown', (e) => {
    sessionStorage.setItem(KEY, String(performance.timeOrigin + e.timeStamp))
    // A single-page app swaps the article in place: the frame after the h1 changes.
    const h1 = document.querySelector('h1')?.textContent
    const check = () => document.querySelector('h1')?.textContent !== h1
      ? requestAnimationFrame(() => setTimeout(() => report(performance.timeOrigin + performance.now())))
      : requestAnimationFrame(check)
    requestAnimationFrame(check)
  }, { capture: true })
  // A new document: the paint of its heading (Element Timing; the attribute is set as the parser
  // inserts the h1, before any frame), after activation when it was prerendered. Not its first
  // paint: a frame of the nav bar and sidebar alone, which look the same on both pages, shows the
  // reader nothing new.
  if (sessionStorage.getItem(KEY)) {
    // Element Timing reports text by its parent element: the h1 and the phrase spans inside it.
    const mark = new MutationObserver(() => {
      const h1 = document.querySelector('h1')
      if (!h1) return
      for (const el of [h1, ...h1.querySelectorAll('*')]) el.setAttribute('elementtiming', 'next-page-heading')
    })
    mark.observe(document, { childList: true, subtree: true })
    new PerformanceObserver((list) => {
      const e = list.getEntries().find(e => e.identifier === 'next-page-heading')
      if (!e) return
      mark.disconnect()
      const nav = performance.getEntriesByType('navigation')[0]
      report(performance.timeOrigin + Math.max(e.renderTime || e.loadTime, nav?.activationStart ?? 0))
    }).observe({ type: 'element', buffered: true })
  }
})()`

/**
 * A tap (mouse click on a 1280 px desktop, where the sidebar is visible) on the sidebar link to the
 * next page, to the paint of that page's heading (a single-page app: the frame after its h1 changed),
 * at 4× CPU. `prepare` runs before the settle time (the old
 * build hydrated on the first pointer move).
 */
export async function measureNavigation(browser: Browser, url: string, runs: number, prepare?: (page: Page) => Promise<void>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    await page.addInitScript(NAV_PROBE)
    await throttle(context, page)
    await page.goto(url, { waitUntil: 'load' })
    await prepare?.(page)
    await page.waitForTimeout(SETTLE_MS)
    const links = await page.locator('.VPSidebar a[href]').evaluateAll(as => as.filter(a => a.checkVisibility()).map(a => ({
      href: a.getAttribute('href')!,
      // Ours marks it with aria-current; plain VitePress only by class: compare the paths.
      current: (a as HTMLAnchorElement).pathname.replace(/\.html$/, '') === location.pathname.replace(/\.html$/, ''),
    })))
    const at = links.findIndex(l => l.current)
    const target = links[at + 1] ?? links[0]!
    // The probe reports on the console, not through a value polled with waitForFunction: polling
    // evaluates Playwright's injected script in the new document before its first paint, which
    // added 45–70 ms at 4× to every navigation to a new document and nothing to a single-page
    // app's (A/B, 8 runs).
    const reported = page.waitForEvent('console', {
      predicate: m => m.text().startsWith(NAV_REPORT),
      timeout: 20_000,
    })
    await page.locator(`.VPSidebar a[href="${target.href}"]`).first().click({ noWaitAfter: true })
    out.push(Number((await reported).text().slice(NAV_REPORT.length)))
    await context.close()
  }
  return out
}
