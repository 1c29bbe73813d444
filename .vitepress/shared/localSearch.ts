// Options for VitePress's local search box, spread into `themeConfig.search.options`:
// the Japanese-aware tokenizer (shipped to the browser as source text, see searchTokenize.ts),
// the detailed view on by default (section text with the query highlighted), and a node-only
// `_render` that indexes each page's frontmatter description with its title section.
import type { DefaultTheme } from 'vitepress'
import { escapeHtml } from '@vue/shared'
import { tokenize } from './searchTokenize'

/** Inserts the description as a paragraph right after the first `</h1>` (escaped); no h1, no change. */
export function withDescription(html: string, description: unknown): string {
  if (typeof description !== 'string' || !description.trim())
    return html
  const text = escapeHtml(description)
  return html.replace('</h1>', () => `</h1>\n<p>${text}</p>\n`)
}

export const japaneseLocalSearch = {
  detailedView: true,
  miniSearch: {
    options: { tokenize },
  },
  // Keys starting with '_' stay in node: VitePress's serializeFunctions drops them from site data.
  _render(src, env, md) {
    const html = md.render(src, env)
    return env.frontmatter?.search === false
      ? ''
      : withDescription(html, env.frontmatter?.description)
  },
} satisfies DefaultTheme.LocalSearchOptions
