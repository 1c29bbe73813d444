// Puts the page's meta line (maturity, tags, dates) right under its h1, where a reader looks first:
//   # GitOps            →  <h1>GitOps</h1>
//   本文…                   <PageMeta />
//                          <p>本文…</p>
// Only the first h1 of a page; pages without an h1 get nothing, and neither do the ways in (the home
// page and /tags): their maturity, dates and reading time tell a reader nothing about the garden.
import type { MarkdownRenderer } from 'vitepress'

/** Pages without the meta line, by their file in the content folder. */
export const WITHOUT_PAGE_META = new Set(['index.md', 'tags.md'])

export function pageMetaPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('garden_page_meta', (state) => {
    const relativePath = (state.env as { relativePath?: string }).relativePath
    if (relativePath && WITHOUT_PAGE_META.has(relativePath))
      return
    const index = state.tokens.findIndex(t => t.type === 'heading_close' && t.tag === 'h1')
    if (index === -1)
      return
    const token = new state.Token('html_block', '', 0)
    token.content = '<PageMeta />\n'
    state.tokens.splice(index + 1, 0, token)
  })
}
