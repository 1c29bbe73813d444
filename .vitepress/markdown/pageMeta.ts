// Puts the page's meta line (maturity, tags, dates) right under its h1, where a reader looks first:
//   # GitOps            →  <h1>GitOps</h1>
//   本文…                   <PageMeta />
//                          <p>本文…</p>
// Only the first h1 of a page; pages without an h1 get nothing.
import type { MarkdownRenderer } from 'vitepress'

export function pageMetaPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push('garden_page_meta', (state) => {
    const index = state.tokens.findIndex(t => t.type === 'heading_close' && t.tag === 'h1')
    if (index === -1)
      return
    const token = new state.Token('html_block', '', 0)
    token.content = '<PageMeta />\n'
    state.tokens.splice(index + 1, 0, token)
  })
}
