// A page painted while it is still arriving must not move when the rest arrives. A slow network hands
// the parser the page in pieces, and Chromium paints what it has: a nav bar or a sidebar group cut off
// anywhere. Here a small proxy in front of the fixture site sends a page's HTML up to a cut, waits until
// the browser has painted it (a `paint` entry, reported through an exposed function: no timer), then
// sends the rest; the layout shifts of the whole load must add up to 0. The cuts fall after start tags
// spread through the chrome (nav bar, sidebar) and inside each sidebar group's title, where a half-built
// flex row or a summary without its text would lay out differently from the finished one.
import type { Page } from '@playwright/test'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { expect, test } from '../fixtures'

const PAGE = 'notes/plain'
const CUTS = 8

interface Proxy {
  origin: string
  /** Resolves the wait of the document in flight: its rest is sent. */
  release: () => void
  close: () => Promise<void>
}

/** Serves `origin`'s files; the document at `/${PAGE}` in two parts, the second on release(). */
async function startProxy(origin: string, html: string, cut: number): Promise<Proxy> {
  let release = () => {}
  const server: Server = createServer((req, res) => {
    if (req.url === `/${PAGE}`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      // Enough bytes for the browser to start parsing at once (its buffer is 512 bytes to sniff).
      res.write(html.slice(0, cut))
      new Promise<void>(resolve => (release = resolve)).then(() => res.end(html.slice(cut)), () => {})
      return
    }
    fetch(new URL(req.url ?? '/', origin)).then(async (upstream) => {
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' })
      res.end(Buffer.from(await upstream.arrayBuffer()))
    }, () => {
      res.writeHead(502).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    release: () => release(),
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/**
 * Byte offsets just after a start tag, spread evenly over the chrome, from the end of the site's title
 * in the nav bar (so the first part always has text to paint) to the article, and just after each
 * sidebar group's <summary> (a title cut before its text: the case that moved).
 */
function cutsThroughTheChrome(html: string): number[] {
  const title = html.indexOf('class="VPNavBarTitle')
  const start = html.indexOf('</a>', title)
  const end = html.indexOf('id="VPContent"')
  expect(title, 'the page has the nav bar\'s title').toBeGreaterThan(0)
  expect(end, 'the chrome ends where the content starts').toBeGreaterThan(start)
  const chrome = html.slice(start, end)
  const afterTags = [
    ...chrome.matchAll(/<[a-z][^>]*>/g),
  ].map(m => start + m.index + m[0].length)
  const spread = Array.from({ length: CUTS }, (_, i) => afterTags[Math.floor((i + 0.5) * afterTags.length / CUTS)]!)
  const summaries = [
    ...chrome.matchAll(/<summary class="gs-title">/g),
  ].map(m => start + m.index + m[0].length)
  expect(summaries.length, 'the sidebar has groups').toBeGreaterThan(0)
  return [
    ...spread,
    ...summaries,
  ].sort((x, y) => x - y)
}

/** Loads the page through the proxy and returns the sum of its layout shifts once loaded. */
async function shiftsWhileArriving(page: Page, proxy: Proxy): Promise<{ shift: number, paintedEarly: boolean }> {
  let painted = () => {}
  const firstPaint = new Promise<void>(resolve => (painted = resolve))
  await page.exposeFunction('__painted', () => painted())
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number, __painted: () => void }
    w.__shift = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__shift += (e as PerformanceEntry & { value: number }).value
    }).observe({ type: 'layout-shift', buffered: true })
    new PerformanceObserver(() => w.__painted()).observe({ type: 'paint', buffered: true })
  })
  const loaded = page.goto(`${proxy.origin}/${PAGE}`, { waitUntil: 'load' })
  // The first part is painted before the rest is sent: the half-built chrome is on screen. (A page
  // whose first paint waits for the whole chrome, e.g. behind <link rel="expect" blocking="render">,
  // never paints here and the test times out: that page cannot move, but it paints late.)
  await firstPaint
  const paintedEarly = await page.evaluate(() => !document.getElementById('VPContent'))
  proxy.release()
  await loaded
  await page.evaluate(() => document.fonts.ready)
  // Two frames after load: any shift the finished layout causes has been reported by then.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  return { shift: await page.evaluate(() => (window as unknown as { __shift: number }).__shift), paintedEarly }
}

test.describe('a page painted while it arrives', () => {
  test.use({
    viewport: { width: 1350, height: 940 },
  })

  test('does not move when the rest of the chrome arrives, wherever the network cuts it', async ({ browser, baseURL }) => {
    const html = await (await fetch(new URL(PAGE, baseURL))).text()
    for (const cut of cutsThroughTheChrome(html)) {
      const proxy = await startProxy(new URL(baseURL!).origin, html, cut)
      const context = await browser.newContext({
        viewport: { width: 1350, height: 940 },
      })
      try {
        const page = await context.newPage()
        const { shift, paintedEarly } = await shiftsWhileArriving(page, proxy)
        const context_ = html.slice(cut, cut + 60)
        expect(paintedEarly, `painted before the rest arrived (cut before ${context_})`).toBe(true)
        expect(shift, `layout shift with the page cut before ${context_}`).toBe(0)
      }
      finally {
        await context.close()
        await proxy.close()
      }
    }
  })
})
