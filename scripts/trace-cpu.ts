// Lab tool (not part of the tests): main-thread CPU of a page load from a Chromium trace, counted in
// thread time (the trace's `tdur`), so that other processes on a busy machine barely change it.
// Like Lighthouse's simulated throttling, each top-level task's time is multiplied by 4 (its mobile
// CPU slowdown); "blocking" sums each task's time over 50 ms, for tasks after first contentful paint
// (Lighthouse's TBT up to its time-to-interactive). URLs are measured in turn, run after run.
// `tsx scripts/trace-cpu.ts [runs] url…`
import process from 'node:process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromium } from '../.vitepress/node/chromium'

const SLOWDOWN = 4
const args = process.argv.slice(2)
const urls = args.filter(a => /^https?:/.test(a))
const runs = Number(args.find(a => /^\d+$/.test(a)) ?? 5)

interface TraceEvent { name: string, ph: string, ts: number, dur?: number, tdur?: number, pid: number, tid: number, args?: { name?: string } }
interface Result { blocking: number, longest: number, total: number, tasks: number }

const browser = await chromium.launch({
  executablePath: resolveChromium().path,
  args: [...CHROMIUM_ARGS],
})

async function measure(url: string): Promise<Result> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,loading,toplevel', transferMode: 'ReportEvents' })
  await page.goto(url, { waitUntil: 'load' })
  // Until the page has been idle twice (islands hydrate in idle callbacks).
  for (let i = 0; i < 3; i++)
    await page.evaluate(() => new Promise(r => requestIdleCallback(() => r(true), { timeout: 3000 })))
  const done = new Promise<void>(r => cdp.once('Tracing.tracingComplete', () => r()))
  await cdp.send('Tracing.end')
  await done
  await context.close()
  const main = events.find(e => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some(x => x.pid === e.pid && x.name === 'ParseHTML'))
  const onMain = events.filter(e => main && e.pid === main.pid && e.tid === main.tid)
  const fcp = onMain.find(e => e.name === 'firstContentfulPaint')?.ts ?? Number.POSITIVE_INFINITY
  // Chromium writes each task twice (RunTask and ThreadControllerImpl::RunTask): count one name.
  const taskName = onMain.some(e => e.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask'
  const tasks = onMain.filter(e => e.ph === 'X' && e.name === taskName && e.tdur !== undefined)
  const ms = (e: TraceEvent) => (e.tdur! / 1000) * SLOWDOWN
  if (process.env.VERBOSE) {
    // Each long task with what it spent time on (children events by name, thread time × 4).
    for (const t of tasks.filter(t => ms(t) > 50)) {
      const kids = new Map<string, number>()
      for (const e of onMain) {
        if (e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e.tdur !== undefined && [
          'EvaluateScript',
          'v8.evaluateModule',
          'FunctionCall',
          'TimerFire',
          'FireIdleCallback',
          'Layout',
          'UpdateLayoutTree',
          'ParseHTML',
          'ParseAuthorStyleSheet',
          'Paint',
          'PrePaint',
          'EventDispatch',
          'V8.GC_SCAVENGER',
          'v8.run',
          'FunctionCall',
        ].includes(e.name)) {
          kids.set(e.name, (kids.get(e.name) ?? 0) + ms(e))
        }
      }
      console.log(`    task at ${((t.ts - (tasks[0]?.ts ?? 0)) / 1000).toFixed(0)} ms: ${ms(t).toFixed(0)} ms — ${[...kids].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}${t.ts < fcp
        ? ' (before FCP)'
        : ''}`)
    }
  }
  return {
    blocking: tasks.filter(t => t.ts >= fcp).reduce((a, t) => a + Math.max(0, ms(t) - 50), 0),
    longest: Math.max(0, ...tasks.map(ms)),
    total: tasks.reduce((a, t) => a + ms(t), 0),
    tasks: tasks.filter(t => ms(t) > 50).length,
  }
}

const all = new Map<string, Result[]>(urls.map(u => [u, []]))
for (let r = 0; r < runs; r++) {
  for (const url of urls)
    all.get(url)!.push(await measure(url))
}
await browser.close()
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
for (const [url, rs] of all) {
  const f = (k: keyof Result) => `${med(rs.map(r => r[k])).toFixed(0)} [${rs.map(r => r[k].toFixed(0)).join(' ')}]`
  console.log(`${url}\n  blocking ${f('blocking')} ms, longest task ${f('longest')} ms, main thread ${f('total')} ms, tasks > 50 ms ${f('tasks')}  (thread time × ${SLOWDOWN})`)
}
