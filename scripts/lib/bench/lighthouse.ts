// Lighthouse (pinned 12.2.3) through its Node API: Chromium resolved by .vitepress/node/chromium.ts,
// launched by chrome-launcher with our headless flags, a fresh browser per run. Mobile uses
// Lighthouse's default (simulated Moto G Power, slow 4G); desktop its desktop config.
import type { Flags } from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM_ARGS, resolveChromium } from '../../../.vitepress/node/chromium'
import { median } from './stats'

export type FormFactor = 'mobile' | 'desktop'

export interface LighthouseRun {
  /** 0–100 */
  score: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Bytes transferred (the network's view: gzip where served gzip). */
  transferBytes: number
  requests: number
}

export async function runLighthouse(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium().path,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  })
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    }
    const result = await lighthouse(url, flags, formFactor === 'desktop'
      ? desktopConfig
      : undefined)
    if (!result)
      throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    const requests = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? Number.NaN
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      transferBytes: audit('total-byte-weight'),
      requests,
    }
  }
  finally {
    await chrome.kill()
  }
}

/** Median of each metric over the runs (each metric on its own, as Lighthouse's docs advise). */
export function medianRun(all: LighthouseRun[]): LighthouseRun & { scores: number[] } {
  const m = (k: keyof LighthouseRun) => median(all.map(r => r[k]))
  return {
    score: m('score'),
    lcpMs: m('lcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    transferBytes: m('transferBytes'),
    requests: m('requests'),
    scores: all.map(r => r.score),
  }
}

/**
 * Several URLs measured in turn, run after run (A B A B A B), so that a slow spell of a shared
 * machine falls on all of them alike; the median of each. Used for our page against the same
 * page built with plain VitePress.
 */
export async function interleavedLighthouse(urls: string[], formFactor: FormFactor, runs = 3): Promise<(LighthouseRun & { scores: number[] })[]> {
  const all: LighthouseRun[][] = urls.map(() => [])
  for (let i = 0; i < runs; i++) {
    for (const [j, url] of urls.entries())
      all[j]!.push(await runLighthouse(url, formFactor))
  }
  return all.map(medianRun)
}
