import type { Plugin } from 'vite'
import type { ContentIndex } from '../content/index'
import type { ParsedPage } from '../content/parse'
// The text of each page's sections for the search dialog's excerpts (components/client/search/):
// plain text from the content index (code and markup dropped, as a reader reads it), one JSON file a
// page ({ '': title section, 'startup': …, … }), fetched only for the pages a query lists. The build
// writes them as assets/search/text/<hash>.json; the dev server serves them from the live index.
// `virtual:search-texts` maps each route (without base) to its file.
import { createHash } from 'node:crypto'
import { resolveTarget, routeOfId } from '../../shared/pages'
import { plainText } from '../content/plainText'
import { WIKILINK_RE, wikilinkParts } from '../content/wikilink'

export const SEARCH_TEXTS_MODULE = 'virtual:search-texts'
const RESOLVED = `\0${SEARCH_TEXTS_MODULE}`
const DEV_PREFIX = '/@search-text/'

/** Section id ('' for the part under the title) → its plain text. */
export type SectionTexts = Record<string, string>

/**
 * Gives every wikilink the label a reader sees (as markdown/wikilink.ts renders it): its own, the
 * heading it points to, or the page's title. `[[gitops]]` → `[[gitops|GitOps]]`.
 */
export function labelWikilinks(markdown: string, pages: ContentIndex['pages'] | undefined): string {
  if (!pages)
    return markdown
  return markdown.replace(WIKILINK_RE, (...m) => {
    const { target, anchor, label } = wikilinkParts(m as unknown as RegExpMatchArray)
    if (label)
      return m[0]
    const page = resolveTarget(pages, target)
    const text = (anchor && page?.anchors.find(a => a.id === anchor)?.text) || page?.title
    return text
      ? `[[${target}${anchor
        ? `#${anchor}`
        : ''}|${text}]]`
      : m[0]
  })
}

/** A page whose title is directly followed by its first section shows its description instead. */
export function sectionTexts(page: Pick<ParsedPage, 'body' | 'bodyLine' | 'headings' | 'frontmatter'>, pages?: ContentIndex['pages']): SectionTexts {
  const lines = labelWikilinks(page.body, pages).split('\n')
  // File line → body line index.
  const at = (fileLine: number) => fileLine - page.bodyLine
  const out: SectionTexts = {}
  const first = page.headings[0]
  const leadLines = lines.slice(0, first
    ? at(first.line)
    : lines.length)
    .filter(l => !/^ {0,3}# /.test(l))
  const leadText = plainText(leadLines.join('\n'))
  const lead = leadText || page.frontmatter?.description
  if (lead)
    out[''] = lead
  page.headings.forEach((h, i) => {
    const next = page.headings[i + 1]
    const text = plainText(lines.slice(at(h.line) + 1, next
      ? at(next.line)
      : lines.length).join('\n'))
    if (h.id && text)
      out[h.id] = text
  })
  return out
}

function fileName(json: string): string {
  return `assets/search/text/${createHash('sha256').update(json).digest('base64url').slice(0, 12)}.json`
}

export function searchTextsPlugin(index: () => ContentIndex): Plugin {
  let build = false
  let ssr = false
  return {
    name: 'garden:search-texts',
    configResolved(config) {
      build = config.command === 'build'
      ssr = !!config.build.ssr
    },
    resolveId(id) {
      return id === SEARCH_TEXTS_MODULE
        ? RESOLVED
        : null
    },
    load(id) {
      if (id !== RESOLVED)
        return null
      const files: Record<string, string> = {}
      for (const page of index().parsed) {
        const route = routeOfId(page.id)
        if (!build) {
          files[route] = `${DEV_PREFIX}${page.id}.json`
          continue
        }
        const json = JSON.stringify(sectionTexts(page, index().pages))
        const name = fileName(json)
        if (!ssr)
          this.emitFile({ type: 'asset', fileName: name, source: json })
        files[route] = name
      }
      return `export default ${JSON.stringify(files)}`
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? ''
        const at = url.indexOf(DEV_PREFIX)
        if (at < 0)
          return next()
        const id = decodeURIComponent(url.slice(at + DEV_PREFIX.length).replace(/\.json$/, ''))
        const page = index().byId.get(id)
        if (!page)
          return next()
        res.setHeader('content-type', 'application/json; charset=utf-8')
        res.end(JSON.stringify(sectionTexts(page, index().pages)))
      })
    },
  }
}
