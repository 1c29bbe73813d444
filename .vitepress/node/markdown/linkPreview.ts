// Adds what a link preview needs to every wikilink, so the client shows it without fetching pages:
//   <a href="/notes/probes#startup" class="wikilink" data-preview-title="Probe"
//      data-preview-maturity="budding" data-preview-desc="…" data-preview-section="起動の確認"
//      data-preview-excerpt="最初の80字…">
// Runs after the wikilink plugin and reads its links (markup 'wikilink'); other links are left alone.
import type { MarkdownRenderer } from 'vitepress'
import type { PageEntry } from '../../shared/pages'

export interface LinkPreviewOptions {
  /** The page index: id → entry. */
  pages: () => ReadonlyMap<string, PageEntry>
}

/** Data attributes of a preview for the page (and section) a wikilink points at. */
export function previewAttrs(page: PageEntry, anchor?: string): [string, string][] {
  const attrs: [string, string][] = [
    ['data-preview-title', page.title],
    ['data-preview-maturity', page.maturity],
    ['data-preview-desc', page.description],
  ]
  const heading = anchor
    ? page.anchors.find(a => a.id === anchor)
    : undefined
  if (heading) {
    attrs.push(['data-preview-section', heading.text])
    if (heading.excerpt)
      attrs.push(['data-preview-excerpt', heading.excerpt])
  }
  return attrs
}

export function linkPreviewPlugin(md: MarkdownRenderer, options: LinkPreviewOptions): void {
  md.core.ruler.push('garden_link_preview', (state) => {
    let byRoute: Map<string, PageEntry> | undefined
    for (const block of state.tokens) {
      for (const t of block.children ?? []) {
        if (t.type !== 'link_open' || t.markup !== 'wikilink')
          continue
        byRoute ??= new Map(Array.from(options.pages().values(), p => [p.route, p]))
        const [route, anchor] = (t.attrGet('href') ?? '').split('#')
        const page = byRoute.get(route ?? '')
        if (page) {
          t.attrs = [
            ...(t.attrs ?? []),
            ...previewAttrs(page, anchor),
          ]
        }
      }
    }
  })
}
