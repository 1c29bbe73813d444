// Renders Mermaid sources to SVG with the real Mermaid in one headless Chromium (after
// remcohaszing/mermaid-isomorphic): the page uses the site's font stack and waits for
// document.fonts before rendering, or Japanese labels are measured with a fallback font and
// clipped. Every diagram settles on its own, so one syntax error doesn't hide the others. Each result
// carries its smallest label size as the page computes it (the page's layout keeps labels legible by it).
import type { Browser, Page } from 'playwright-core'
import { createRequire } from 'node:module'
import { chromium } from 'playwright-core'
import { MERMAID_CONFIG, MERMAID_FONT_FAMILY } from '../../shared/mermaidTheme'
import { chromiumLaunchOptions } from '../chromium'

export interface RenderRequest {
  /** Becomes the SVG's id and the prefix of every id inside it. */
  id: string
  code: string
}

export type RenderResult
  = | { id: string, ok: true, svg: string, labelPx: number }
    | { id: string, ok: false, message: string }

const require = createRequire(import.meta.url)

// The site's font stack (system fonts only: on the build machine Noto Sans CJK JP, from
// fonts-noto-cjk). The probe text makes the page actually use, and so load, those fonts.
const PAGE_HTML = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
body { font-family: ${MERMAID_FONT_FAMILY}; font-size: 16px; }
</style></head><body><p>日本語 ラベル Label</p></body></html>`

// Runs inside Chromium; kept as a string so the bundler's helpers never leak into it.
const RENDER_ALL = `async ({ config, requests }) => {
  await document.fonts.ready
  const mermaid = globalThis.mermaid
  mermaid.initialize(config)
  const results = []
  for (const { id, code } of requests) {
    try {
      await mermaid.parse(code)
      const { svg } = await mermaid.render(id, code)
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
      const probe = document.createElement('div')
      probe.innerHTML = svg
      document.body.append(probe)
      const sizes = [...probe.querySelectorAll('text, tspan')]
        .filter(t => t.textContent.trim())
        .map(t => parseFloat(getComputedStyle(t).fontSize))
      probe.remove()
      results.push({ id, ok: true, svg: new XMLSerializer().serializeToString(doc.documentElement), labelPx: sizes.length ? Math.min(...sizes) : 0 })
    }
    catch (error) {
      results.push({ id, ok: false, message: String(error && error.message || error) })
    }
    document.getElementById(id)?.remove()
    document.getElementById('d' + id)?.remove()
  }
  return results
}`

// One page with Mermaid loaded per browser: loading the 3.5 MB bundle is the slow part.
const pages = new WeakMap<Browser, Promise<Page>>()

async function mermaidPage(browser: Browser): Promise<Page> {
  let page = pages.get(browser)
  if (!page) {
    page = (async () => {
      const context = await browser.newContext({ locale: 'ja-JP' })
      const p = await context.newPage()
      await p.setContent(PAGE_HTML)
      await p.addScriptTag({
        path: require.resolve('mermaid/dist/mermaid.min.js'),
      })
      return p
    })()
    pages.set(browser, page)
  }
  return page
}

/** Renders every request in one page of `browser` (or of a browser launched for this call). */
export async function renderMermaid(requests: RenderRequest[], browser?: Browser): Promise<RenderResult[]> {
  if (requests.length === 0)
    return []
  const own = browser
    ? undefined
    : await chromium.launch(chromiumLaunchOptions())
  try {
    const page = await mermaidPage(browser ?? own!)
    const arg = JSON.stringify({ config: MERMAID_CONFIG, requests })
    return await page.evaluate(`(${RENDER_ALL})(${arg})`) as RenderResult[]
  }
  finally {
    await own?.close()
  }
}
