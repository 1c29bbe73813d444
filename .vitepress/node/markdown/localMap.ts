// Appends the local map (map/localMap.ts, localMapHtml.ts) to the end of every page but the home
// page, as static HTML after the article's last block. Not in the search index: a search renders the
// page with `env.searchIndex` set (node/search/localSearch.ts), and the neighbours' titles would otherwise
// match every page that links them.
import type { MarkdownRenderer } from 'vitepress'
import type { LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'
import { layoutLocalMap } from '../map/localMap'
import { localMapHtml } from '../map/localMapHtml'

export interface LocalMapOptions {
  pages: () => ReadonlyMap<string, PageEntry>
  graph: () => LinkGraph
  base: string
}

export function localMapPlugin(md: MarkdownRenderer, options: LocalMapOptions): void {
  md.core.ruler.push('garden-local-map', (state) => {
    const env = state.env as { relativePath?: string, searchIndex?: boolean }
    if (!env.relativePath || env.searchIndex || state.inlineMode)
      return
    const id = env.relativePath.replace(/\.md$/, '')
    const pages = options.pages()
    const page = pages.get(id)
    if (!page || page.kind === 'home')
      return
    const graph = options.graph()
    const wide = layoutLocalMap(id, pages, graph, 'wide')
    const narrow = layoutLocalMap(id, pages, graph, 'narrow')
    if (!wide || !narrow)
      return
    const token = new state.Token('html_block', '', 0)
    token.content = `${localMapHtml({
      wide,
      narrow,
      id,
      pages,
      graph,
      base: options.base,
    })}\n`
    token.block = true
    state.tokens.push(token)
  })
}
