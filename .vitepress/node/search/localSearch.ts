// Options for VitePress's local search, spread into `themeConfig.search.options`: the
// Japanese-aware tokenizer (shipped to the browser as source text, see searchTokenize.ts), the
// detailed view on by default (section text with the query highlighted), and a node-only `_render`
// that indexes each page's frontmatter description, aliases and tag labels with its title section.
// The box that queries the index is ours (components/search/LocalSearchBox.vue, ranking in
// searchRank.ts).
import type { DefaultTheme } from 'vitepress'
import { escapeHtml } from '@vue/shared'
import { tokenize } from '../../shared/searchTokenize'
import { tagLabel } from '../../shared/tags'

/** What `_render` adds to a page's title section besides its Markdown. */
export interface IndexedFrontmatter {
  description?: unknown
  aliases?: unknown
  tags?: unknown
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : []
}

/**
 * Inserts the description, the aliases and the tags' labels as paragraphs right after the first
 * `</h1>` (escaped), so they are searched with the page's title section; no h1, no change. Only the
 * index sees them: the excerpts in the search box are rendered from the page itself.
 */
export function withPageTerms(html: string, frontmatter: IndexedFrontmatter | undefined): string {
  const description = typeof frontmatter?.description === 'string'
    ? frontmatter.description.trim()
    : ''
  const paragraphs = [
    description,
    strings(frontmatter?.aliases).join(' / '),
    strings(frontmatter?.tags).map(tagLabel).join(' / '),
  ].filter(Boolean).map(text => `<p>${escapeHtml(text)}</p>\n`)
  if (!paragraphs.length)
    return html
  return html.replace('</h1>', () => `</h1>\n${paragraphs.join('')}`)
}

export const japaneseLocalSearch = {
  detailedView: true,
  miniSearch: {
    options: { tokenize },
  },
  // Keys starting with '_' stay in node: VitePress's serializeFunctions drops them from site data.
  _render(src, env, md) {
    // The local map closing each page lists its neighbours' titles: not this page's text (markdown/localMap.ts).
    const html = md.render(src, Object.assign(env, { searchIndex: true }))
    return env.frontmatter?.search === false
      ? ''
      : withPageTerms(html, env.frontmatter)
  },
} satisfies DefaultTheme.LocalSearchOptions
