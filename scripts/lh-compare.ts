// Lighthouse mobile on several URLs in turn (A B C A B C …), printing each metric's median and range
// and, with --breakdown, the main-thread work by category (Lighthouse's mainthread-work-breakdown,
// already scaled by its 4× CPU multiplier). A lab tool for A/B checks while changing the site:
// `tsx scripts/lh-compare.ts --runs 3 --breakdown http://127.0.0.1:4262/x http://127.0.0.1:4263/x`.
import process from 'node:process'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, resolveChromium } from '../.vitepress/node/chromium'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '3' },
    breakdown: { type: 'boolean', default: false },
  },
})

interface Run { score: number, tbt: number, cls: number, lcp: number, groups: Record<string, number>, bootup: Record<string, number> }

async function once(url: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium().path,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  })
  try {
    const r = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    })
    const lhr = r!.lhr
    const a = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    const groups: Record<string, number> = {}
    for (const it of ((lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string, duration: number }[] })?.items ?? []))
      groups[it.groupLabel] = it.duration
    const bootup: Record<string, number> = {}
    for (const it of ((lhr.audits['bootup-time']?.details as { items?: { url: string, total: number, scripting: number, scriptParseCompile: number }[] })?.items ?? []))
      bootup[it.url.replace(/^https?:\/\/[^/]+/, '')] = Math.round(it.total)
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      tbt: a('total-blocking-time'),
      cls: a('cumulative-layout-shift'),
      lcp: a('largest-contentful-paint'),
      groups,
      bootup,
    }
  }
  finally {
    await chrome.kill()
  }
}

function med(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2
    ? s[(s.length - 1) / 2]!
    : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const runs = Number(values.runs)
const all: Run[][] = positionals.map(() => [])
for (let i = 0; i < runs; i++) {
  for (const [j, url] of positionals.entries()) {
    all[j]!.push(await once(url))
    process.stderr.write('.')
  }
}
process.stderr.write('\n')
for (const [j, url] of positionals.entries()) {
  const rs = all[j]!
  const f = (k: 'score' | 'tbt' | 'cls' | 'lcp', d = 0) => `${med(rs.map(r => r[k])).toFixed(d)} [${rs.map(r => r[k].toFixed(d)).join(' ')}]`
  console.log(`${url}\n  score ${f('score')}  TBT ${f('tbt')} ms  CLS ${f('cls', 3)}  LCP ${f('lcp')} ms`)
  if (values.breakdown) {
    const keys = [
      ...new Set(rs.flatMap(r => Object.keys(r.groups))),
    ]
    console.log(`  main thread (4×): ${keys.map(k => `${k} ${med(rs.map(r => r.groups[k] ?? 0)).toFixed(0)}`).join(', ')}; total ${med(rs.map(r => Object.values(r.groups).reduce((a, b) => a + b, 0))).toFixed(0)} ms`)
    const urls = [
      ...new Set(rs.flatMap(r => Object.keys(r.bootup))),
    ]
    console.log(`  bootup by script: ${urls.map(u => `${u} ${med(rs.map(r => r.bootup[u] ?? 0)).toFixed(0)}`).join(', ')}`)
  }
}
process.exit(0)
