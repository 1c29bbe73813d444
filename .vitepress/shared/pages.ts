// The garden's page index: what every page is called, where it lives and which anchors it has.
// Built once per build from the parsed Markdown (.vitepress/node/content/index.ts) and shared by the
// wikilink plugin, the link graph, backlinks, tags and the map. Pure: no node:*, no DOM.
import type { Maturity } from './frontmatter'
import { routeOf } from './site'

export type PageKind = 'home' | 'chapter' | 'note' | 'page'

export interface PageEntry {
  /** 'notes/gitops' */
  id: string
  /** '/notes/gitops' (without base) */
  route: string
  kind: PageKind
  title: string
  /** Frontmatter `aliases`, if any. */
  aliases?: string[]
  description: string
  maturity: Maturity
  tags: string[]
  date: string
  chapter?: number
  /** `excerpt`: the section's first ~80 characters of plain text, for link previews. */
  anchors: { id: string, text: string, level: 2 | 3, excerpt?: string }[]
  /** Minutes to read the page's prose (see readingTime.ts). */
  readingMinutes?: number
}

export function kindOf(id: string): PageKind {
  if (id === 'index')
    return 'home'
  if (id.startsWith('chapters/'))
    return 'chapter'
  if (id.startsWith('notes/'))
    return 'note'
  return 'page'
}

export function routeOfId(id: string): string {
  return routeOf(`${id}.md`)
}

/** The form aliases are compared in: NFKC, lower case, spaces collapsed ('ｐｄｂ' = 'PDB'). */
export function aliasKey(alias: string): string {
  return alias.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ')
}

/**
 * Resolves a wikilink target to a page id: a bare slug is a note ('gitops' → 'notes/gitops');
 * anything else is a page id ('chapters/3-iac', 'impressions', 'index'); failing both, a page
 * that declares the target among its `aliases` ('ドレイン' → 'notes/pod-disruption-budget').
 */
export function resolveTarget(pages: ReadonlyMap<string, PageEntry>, target: string): PageEntry | undefined {
  const clean = target.replace(/^\/+|\/+$/g, '').replace(/\.md$/, '')
  if (!clean.includes('/')) {
    const note = pages.get(`notes/${clean}`)
    if (note)
      return note
  }
  const page = pages.get(clean === ''
    ? 'index'
    : clean)
  if (page)
    return page
  const key = aliasKey(target)
  for (const p of pages.values()) {
    if (p.aliases?.some(a => aliasKey(a) === key))
      return p
  }
  return undefined
}

export const KIND_LABELS: Record<PageKind, string> = {
  home: 'ホーム',
  chapter: '章',
  note: 'ノート',
  page: 'ページ',
}
