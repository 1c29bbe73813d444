// Lab tool (not part of the tests): opens a page in Chromium at 4× CPU slowdown and prints where
// the main thread went (CDP Performance.getMetrics: script, style, layout, tasks) and, when the build's
// framework chunk was instrumented, Vue's mount/hydration time per component. To instrument: build with
// `vite.build.minify: false`, then in assets/chunks/framework.*.js wrap `mountComponent` to push
// [name, ms, uid, parent uid] into window.__hyd and time `hydrateNode(container.firstChild, …)` into
// window.__hydTotal = [hydrate ms, post-flush ms] (restart the server: sirv caches file sizes).
// `tsx scripts/trace-hydration.ts http://127.0.0.1:4264/chapters/2-running-apps [runs]`
import process from 'node:process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromium } from '../.vitepress/node/chromium'

const urls = process.argv.slice(2).filter(a => /^https?:/.test(a))
const runs = Number(process.argv.slice(2).find(a => /^\d+$/.test(a)) ?? 3)
type Rec = [string, number, number, number]
const browser = await chromium.launch({
  executablePath: resolveChromium().path,
  args: [...CHROMIUM_ARGS],
})
const byUrl = new Map<string, Record<string, number>[]>(urls.map(u => [u, []]))
for (let r = 0; r < runs; r++) {
  for (const url of urls) {
    const results = byUrl.get(url)!
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    // Long tasks from the start (Lighthouse's TBT counts those after first contentful paint).
    await page.addInitScript(`window.__long = []; new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true })`)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(() => new Promise(res => requestIdleCallback(() => res(true), { timeout: 5000 })))
    await page.waitForFunction(() => new Promise(res => requestIdleCallback(() => res(true), { timeout: 5000 })))
    const { metrics } = await cdp.send('Performance.getMetrics')
    const m = Object.fromEntries(metrics.map(x => [x.name, x.value]))
    const out: Record<string, number> = {
      'task ms': m.TaskDuration! * 1000,
      'script ms': m.ScriptDuration! * 1000,
      'style recalc ms': m.RecalcStyleDuration! * 1000,
      'layout ms': m.LayoutDuration! * 1000,
      'elements': await page.evaluate(() => document.querySelectorAll('*').length),
    }
    const { long, fcp } = await page.evaluate(() => ({
      long: (window as unknown as { __long: [number, number][] }).__long,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }))
    out['blocking ms (long tasks after FCP, −50 each)'] = long.filter(([t]) => t >= fcp).reduce((a, [, d]) => a + Math.max(0, d - 50), 0)
    out['longest task ms'] = Math.max(0, ...long.map(([, d]) => d))
    out['long tasks'] = long.length
    const hyd = await page.evaluate(() => ({ recs: (window as unknown as { __hyd?: Rec[] }).__hyd ?? [], total: (window as unknown as { __hydTotal?: number[] }).__hydTotal }))
    if (hyd.total) {
      out['hydrate ms'] = hyd.total[0]!
      out['mounted hooks ms'] = hyd.total[1]!
      // Inclusive time of the first instance of each named subtree.
      const byUid = new Map(hyd.recs.map(x => [x[2], x]))
      const children = new Map<number, number>()
      for (const x of hyd.recs) children.set(x[3], (children.get(x[3]) ?? 0) + x[1])
      const self = new Map<string, number>()
      for (const x of hyd.recs) self.set(x[0], (self.get(x[0]) ?? 0) + x[1] - (children.get(x[2]) ?? 0))
      const inclusive = new Map<string, number>()
      for (const x of hyd.recs) inclusive.set(x[0], (inclusive.get(x[0]) ?? 0) + x[1])
      for (const name of [
        'Layout',
        'VPNav',
        'VPLocalNav',
        'VPSidebar',
        'VPContent',
        'VPDoc',
        'VPDocAside',
        'VPDocFooter',
        'PageMeta',
        'ShareBar',
        'PageHistory',
        'ReadingAids',
        'VPFooter',
      ])
        out[`mount ${name}`] = inclusive.get(name) ?? 0
      const page = hyd.recs.find(x => /\.md$/.test(x[0]))
      if (page)
        out[`mount page (${page[0]})`] = page[1]
      out.components = hyd.recs.length
      if (r === 0 && process.env.VERBOSE) {
        const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)
        console.log('self time by component (run 1):', top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '))
        const instances = new Map<string, number>()
        for (const x of hyd.recs)
          instances.set(x[0], (instances.get(x[0]) ?? 0) + 1)
        console.log('instances:', [...instances].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}×${v}`).join(', '))
        void byUid
      }
    }
    results.push(out)
    await context.close()
  }
}
await browser.close()
for (const [url, results] of byUrl) {
  console.log(url)
  for (const k of Object.keys(results[0]!)) {
    const xs = results.map(r => r[k] ?? 0).sort((a, b) => a - b)
    console.log(`  ${k.padEnd(44)} median ${xs[Math.floor(xs.length / 2)]!.toFixed(0).padStart(6)}  [${xs.map(x => x.toFixed(0)).join(' ')}]`)
  }
}
