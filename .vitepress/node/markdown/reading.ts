// The reading-experience plugins in one place (config.ts calls md.use(readingPlugin, …) once):
// CJK-friendly emphasis (**「強調」**する), phrase breaks in headings, the `::: errata` callout and
// link-preview data on wikilinks.
import type { MarkdownRenderer } from 'vitepress'
import type { LinkPreviewOptions } from './linkPreview'
import cjkFriendly from 'markdown-it-cjk-friendly'
import { errataPlugin } from './errata'
import { headingPhrasesPlugin } from './headingPhrases'
import { linkPreviewPlugin } from './linkPreview'

export function readingPlugin(md: MarkdownRenderer, options: LinkPreviewOptions): void {
  // Typed against @types/markdown-it, which VitePress's bundled markdown-it types don't match.
  md.use(cjkFriendly as unknown as (md: MarkdownRenderer) => void)
  md.use(headingPhrasesPlugin)
  md.use(errataPlugin)
  md.use(linkPreviewPlugin, options)
}
