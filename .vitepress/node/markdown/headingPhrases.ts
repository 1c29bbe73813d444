// Phrase-aware line breaks for Japanese headings, computed at build time with BudouX:
//   ## 失敗の見分け方 {#pitfalls}  →  <h2 id="pitfalls"><span class="phrase">失敗の</span><span class="phrase">見分け方</span>…</h2>
// Each phrase is an inline-block (theme/typography.css), so a narrow screen wraps between phrases,
// never inside one, unless one phrase is wider than the line (a long API field path: it breaks after
// its dots, shared/phrases.ts). Only the rendered text changes: tokens stay as they are, so the heading id,
// its anchor link, the outline (read from the DOM text) and the page's `headers` keep the plain title.
// Heading text renders exactly once-escaped: VitePress keeps entities raw in text tokens
// (`## &lt;pending&gt;` has the content "&lt;pending&gt;"), so they are decoded before BudouX splits the
// text and escaped once after; `{{` is written as entities so Vue shows it instead of interpolating; and
// the permalink's aria-label (which VitePress builds from the raw source) gets the same plain text.
import type { MarkdownRenderer } from 'vitepress'
import { escapeTemplateText } from '../../shared/html'
import { displayPhrases, phraseChunks, wbrLongWords } from '../../shared/phrases'

export { phraseChunks }

const ENTITY_RE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi

/** Heading text as the reader sees it: entities that VitePress left raw, decoded. */
export function decodeEntities(text: string, unescapeAll: (s: string) => string): string {
  return text.replace(ENTITY_RE, m => unescapeAll(m))
}

/**
 * Phrases as HTML: each phrase in `<span class="phrase">`, whitespace kept between spans so that
 * Latin words still break at spaces. Returns the escaped text alone when there is one phrase.
 */
export function phraseHtml(text: string, escape: (s: string) => string): string {
  const chunks = displayPhrases(text)
  if (chunks.length <= 1)
    return wbrLongWords(escape(text))
  return chunks.map((chunk) => {
    const core = chunk.trim()
    if (core === '')
      return escape(chunk)
    const start = chunk.indexOf(core)
    return `${escape(chunk.slice(0, start))}<span class="phrase">${wbrLongWords(escape(core))}</span>${escape(chunk.slice(start + core.length))}`
  }).join('')
}

export interface HeadingPhrasesOptions {
  /**
   * Heading levels to split.
   * @default [1, 2, 3]
   */
  levels?: number[]
}

export function headingPhrasesPlugin(md: MarkdownRenderer, options: HeadingPhrasesOptions = {}): void {
  const tags = new Set((options.levels ?? [1, 2, 3]).map(l => `h${l}`))
  md.core.ruler.push('heading_phrases', (state) => {
    const tokens = state.tokens
    for (let i = 0; i < tokens.length - 1; i++) {
      if (tokens[i]!.type !== 'heading_open' || !tags.has(tokens[i]!.tag) || tokens[i + 1]!.type !== 'inline')
        continue
      let inAnchor = false
      let plain = ''
      let permalink: (typeof tokens)[number] | undefined
      for (const child of tokens[i + 1]!.children ?? []) {
        if (child.type === 'link_open' && /\bheader-anchor\b/.test(child.attrGet('class') ?? '')) {
          inAnchor = true
          permalink = child
        }
        else if (child.type === 'link_close' && inAnchor) {
          inAnchor = false
        }
        else if (child.type === 'text' && !inAnchor && !child.meta?.isPermalinkSymbol) {
          child.meta = { ...child.meta, headingText: true }
          plain += decodeEntities(child.content, md.utils.unescapeAll)
        }
        else if (child.type === 'code_inline' && !inAnchor) {
          plain += child.content
        }
      }
      if (permalink?.attrGet('aria-label'))
        permalink.attrSet('aria-label', `Permalink to "${plain.trim()}"`)
    }
  })
  const text = md.renderer.rules.text!
  md.renderer.rules.text = (tokens, idx, opts, env, self) => tokens[idx]!.meta?.headingText
    ? phraseHtml(decodeEntities(tokens[idx]!.content, md.utils.unescapeAll), escapeTemplateText)
    : text(tokens, idx, opts, env, self)
}
