// ```mermaid fences → diagrams. In a build each fence becomes the inline SVG pre-rendered by
// .vitepress/node/mermaid (looked up by content hash), so readers load no Mermaid JavaScript; in dev it
// becomes <MermaidDiagram>, which renders in the browser with the same configuration.
//   ```mermaid
//   flowchart LR                →   <figure class="mermaid-diagram zoomable"><div role="img" …><svg…/></div></figure>
//     accTitle: …                   <details class="mermaid-source"><summary>Mermaidのソース</summary>
//   ```                               <pre><code>…</code></pre></details>
import type { MarkdownRenderer } from 'vitepress'
import type { CachedDiagram } from '../node/mermaid/cache'
import { diagramId } from '../node/mermaid/hash'
import { accessibilityProblems, isMermaidInfo } from '../shared/mermaidSource'
import { zoomButtonHtml } from '../shared/zoomButton'

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
    const svg = (n === 1
      ? diagram.svg
      : diagram.svg.replaceAll(id, uid)).replace('<svg ', '<svg v-pre ')
    // role/aria sit on a v-once wrapper: Vue's static stringifier doesn't know `role`, and would
    // otherwise compile the whole SVG into render calls instead of one static string. The source is
    // a sibling, so it joins the page's next static run (stripped from the hydration chunk).
    // The zoom button is in the HTML, so the figure (which scrolls sideways on a phone) has a control
    // before the page hydrates.
    const title = /<title\b[^>]*>([^<]*)<\/title>/.exec(diagram.svg)?.[1] ?? '図'
    const zoom = zoomButtonHtml(md.utils.unescapeAll(title))
    return `<figure class="mermaid-diagram zoomable"><div class="mermaid-svg" role="img" aria-labelledby="${uid}-title" aria-describedby="${uid}-desc" v-once>${svg}</div>${zoom}</figure>\n${source}\n`
  }
}
