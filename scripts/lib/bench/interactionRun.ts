// The bench's first-interaction rows (issue 26): every measure of interaction.ts on our build, and
// the sidebar navigation on plain VitePress's build too (its SPA router is the reference for "as
// fast as before"). Both served precompressed, as a static host would.
import type { InteractionResult } from './results'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../.vitepress/node/chromium'
import { serveSite } from '../serve/server'
import { measureNavigation, measureScriptBytes, measureShift, measureTaps, MENU, SEARCH, SIMULATOR } from './interaction'

export interface InteractionOptions {
  /** Our built site, precompressed. */
  ours: string
  /** Plain VitePress's build of the same Markdown, precompressed. */
  plain: string
  routes: string[]
  runs: number
}

export async function measureInteraction(options: InteractionOptions): Promise<InteractionResult> {
  const ours = await serveSite({ dir: options.ours, port: 0 })
  const plain = await serveSite({ dir: options.plain, port: 0 })
  const browser = await chromium.launch(chromiumLaunchOptions())
  const at = (base: string, route: string) => new URL(route.replace(/^\//, ''), base).href
  const result: InteractionResult = {
    taps: [],
    shift: [],
    scripts: [],
    navigation: [],
  }
  try {
    for (const route of options.routes) {
      // The home page has no simulator.
      const targets = route === '/'
        ? [MENU, SEARCH]
        : [MENU, SEARCH, SIMULATOR]
      const url = at(ours.url, route)
      for (const t of (await measureTaps(browser, [url], targets, options.runs)).get(url)!) {
        result.taps.push({
          route,
          target: t.target,
          firstInp: t.first.map(r => r.inp),
          firstResponse: t.first.map(r => r.response),
          laterInp: t.later.map(r => r.inp),
        })
      }
      result.shift.push({
        route,
        ...await measureShift(browser, url),
      })
      const scripts = await measureScriptBytes(browser, url)
      result.scripts.push({ route, bytes: scripts.bytes, files: scripts.files.length })
      if (route !== '/') {
        result.navigation.push({
          route,
          ms: await measureNavigation(browser, url, options.runs),
          plainMs: await measureNavigation(browser, at(plain.url, route), options.runs),
        })
      }
    }
  }
  finally {
    await browser.close()
    ours.server.close()
    plain.server.close()
  }
  return result
}
