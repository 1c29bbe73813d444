// Lab tool: the reader's first interactions on any served build (scripts/lib/bench/interaction.ts):
// first-tap INP and response on a touch phone at 4× CPU for the menu, search and simulator, a later
// tap, layout shift through the first interactions, scripts fetched before any interaction and the
// sidebar navigation time. `npm run bench` runs the same; this runs it on a given server (the old build,
// say): `tsx scripts/first-tap.ts [--runs 5] [--hover-first] http://127.0.0.1:4173/`
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromium } from '../.vitepress/node/chromium'
import { measureNavigation, measureScriptBytes, measureShift, measureTaps, MENU, SEARCH, SIMULATOR } from './lib/bench/interaction'
import { median } from './lib/bench/stats'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'runs': { type: 'string', default: '5' },
    'hover-first': { type: 'boolean', default: false },
    'only': { type: 'string' },
  },
})
const runs = Number(values.runs)
const base = positionals[0] ?? 'http://127.0.0.1:4173/'
const PAGES = [
  '',
  'chapters/2-running-apps',
  'notes/grpc-load-balancing',
  'notes/pod-disruption-budget',
]
const urls = PAGES.map(p => new URL(p, base).href)
const browser = await chromium.launch({
  executablePath: resolveChromium().path,
  args: [...CHROMIUM_ARGS],
})
const f = (xs: number[]) => `${Math.round(median(xs))} [${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}]`
const only = values.only?.split(',')

if (!only || only.includes('tap')) {
  for (const url of urls) {
    const targets = url.endsWith('/')
      ? [MENU, SEARCH]
      : [MENU, SEARCH, SIMULATOR]
    const taps = (await measureTaps(browser, [url], targets, runs)).get(url)!
    for (const t of taps) {
      process.stdout.write(`${url} ${t.target}: first INP ${f(t.first.map(r => r.inp))} ms, response ${f(t.first.map(r => r.response))} ms; later INP ${f(t.later.map(r => r.inp))} ms\n`)
    }
  }
}
if (!only || only.includes('shift')) {
  for (const url of urls) {
    const s = await measureShift(browser, url)
    const js = await measureScriptBytes(browser, url)
    process.stdout.write(`${url} shift desktop ${s.desktop.toFixed(3)} phone ${s.phone.toFixed(3)}; JS before interaction ${(js.bytes / 1024).toFixed(1)} KiB gz (${js.files.length} files)\n`)
  }
}
if (!only || only.includes('nav')) {
  const hover = values['hover-first']
    ? async (page: import('playwright-core').Page) => {
      await page.mouse.move(5, 400)
      await page.mouse.move(30, 420)
      await page.waitForFunction(() => document.documentElement.dataset.hydration === 'done')
    }
    : undefined
  for (const url of urls.slice(1)) {
    const nav = await measureNavigation(browser, url, runs, hover)
    process.stdout.write(`${url} sidebar tap → next page heading painted: ${f(nav)} ms\n`)
  }
}
await browser.close()
