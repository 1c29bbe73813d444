// ```mermaid fences → diagrams. In a build each fence becomes the inline SVG pre-rendered by
// .vitepress/node/mermaid (looked up by content hash), so readers load no Mermaid JavaScript; in dev it
// becomes <MermaidDiagram>, which renders in the browser with the same configuration.
//   ```mermaid
//   flowchart LR                →   <figure class="mermaid-diagram zoomable mmd-switch-…"><div role="img" …>
//     accTitle: …                     <svg data-variant="wide"…/><svg data-variant="narrow"…/></div>
//   ```                               <span class="mermaid-hint">…</span><button class="zoom-open">…</figure>
//                                   <details class="mermaid-source"><summary>Mermaidのソース</summary>…
import type { MarkdownRenderer } from 'vitepress'
import type { CachedDiagram } from '../mermaid/cache'
import { figureLayout } from '../../shared/mermaidLayout'
import { zoomButtonHtml } from '../../shared/zoomButton'
import { diagramId } from '../mermaid/hash'
import { accessibilityProblems, isMermaidInfo } from '../mermaid/source'

export interface MermaidPluginOptions {
  /**
   * Pre-rendered diagrams by id (a build). Without them (dev), fences render in the browser.
   * @default undefined
   */
  diagrams?: { get: (id: string) => CachedDiagram | undefined }
}

export function mermaidPlugin(md: MarkdownRenderer, options: MermaidPluginOptions = {}): void {
  const fence = md.renderer.rules.fence!
  // Ids already used on the page being rendered: a diagram repeated on a page gets a fresh prefix.
  const usedIds = new WeakMap<object, Map<string, number>>()

  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx]!
    if (!isMermaidInfo(token.info))
      return fence(tokens, idx, opts, env, self)
    const code = token.content
    const where = `${(env as { relativePath?: string }).relativePath ?? '?'}:${(token.map?.[0] ?? 0) + 1}`
    const source = `<details class="mermaid-source"><summary>Mermaidのソース</summary><pre v-pre><code>${md.utils.escapeHtml(code)}</code></pre></details>`

    if (!options.diagrams) {
      const problems = accessibilityProblems(code)
      if (problems.length > 0)
        throw new Error(`${where}: ${problems.join('; ')}`)
      return `<MermaidDiagram code="${encodeURIComponent(code)}" />\n${source}\n`
    }

    const id = diagramId(code)
    const diagram = options.diagrams.get(id)
    if (!diagram)
      throw new Error(`${where}: this Mermaid diagram was not pre-rendered (is the fence inside an included file?)`)
    const used = usedIds.get(env) ?? new Map<string, number>()
    usedIds.set(env, used)
    const n = (used.get(id) ?? 0) + 1
    used.set(id, n)
    const uid = n === 1
      ? id
      : `${id}-${n}`
    // v-pre: Vue leaves the SVG alone; data-variant: which one mermaid.css shows at the figure's width.
    const svgOf = (markup: string, variant: 'wide' | 'narrow') => (n === 1
      ? markup
      : markup.replaceAll(id, uid)).replace('<svg ', `<svg v-pre data-variant="${variant}" `)
    const svgs = svgOf(diagram.svg, 'wide') + (diagram.narrow
      ? svgOf(diagram.narrow.svg, 'narrow')
      : '')
    const { classes } = figureLayout(diagram, diagram.narrow)
    // role/aria sit on a v-once wrapper: Vue's static stringifier doesn't know `role`, and would
    // otherwise compile the whole SVG into render calls instead of one static string. The source is
    // a sibling, so it joins the page's next static run (stripped from the hydration chunk).
    // The wrapper is the box that scrolls sideways (focusable, so a keyboard can scroll it); the
    // hint and the 「拡大」 button are outside it, in the figure's top strip, so they stay put, and
    // in the HTML, so the figure has its control before any script runs.
    const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(diagram.svg)?.[1] ?? '図'
    const zoom = zoomButtonHtml(md.utils.unescapeAll(title))
    return `<figure class="mermaid-diagram zoomable ${classes.join(' ')}" data-label-px="${Math.min(diagram.labelPx, diagram.narrow?.labelPx ?? Infinity)}">`
      + `<div class="mermaid-svg" role="img" tabindex="0" aria-labelledby="${uid}-title" aria-describedby="${uid}-desc" v-once>${svgs}</div>`
      + `<span class="mermaid-hint" aria-hidden="true">横にスクロールできます</span>${zoom}</figure>\n${source}\n`
  }
}
