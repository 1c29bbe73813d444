// Appends the local map (data/localMap.ts) to the end of every note and chapter page, as static HTML:
// after the article's last block, before the page history and backlinks of the layout.
import type { MarkdownRenderer } from 'vitepress'
import type { LinkGraph } from '../shared/linkGraph'
import type { PageEntry } from '../shared/pages'
import { layoutLocalMap, localMapHtml } from '../data/localMap'

export interface LocalMapOptions {
  pages: () => ReadonlyMap<string, PageEntry>
  graph: () => LinkGraph
  base: string
}

export function localMapPlugin(md: MarkdownRenderer, options: LocalMapOptions): void {
  md.core.ruler.push('garden-local-map', (state) => {
    const relativePath = (state.env as { relativePath?: string }).relativePath
    if (!relativePath || state.inlineMode)
      return
    const id = relativePath.replace(/\.md$/, '')
    const pages = options.pages()
    const kind = pages.get(id)?.kind
    if (kind !== 'note' && kind !== 'chapter')
      return
    const map = layoutLocalMap(id, pages, options.graph())
    if (!map)
      return
    const token = new state.Token('html_block', '', 0)
    token.content = `${localMapHtml(map, options.base)}\n`
    token.block = true
    state.tokens.push(token)
  })
}
