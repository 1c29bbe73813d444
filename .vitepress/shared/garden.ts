// Per-page garden data that the build attaches to each page (`pageData.garden`, typed below):
// backlinks, the page's kind, reading time and its absolute URL. Computed from the link graph at build
// time, so no index is fetched at run time. Components read it through useGardenPage().
import type { Frontmatter, Maturity } from './frontmatter'
import type { HistoryEntry } from './history'
import type { LinkGraph } from './linkGraph'
import type { PageEntry, PageKind } from './pages'
import { readerHistory } from './history'

export interface PageLink {
  route: string
  title: string
  description: string
}

/** One change of a page, from git (node/history/gitHistory.ts). */
export interface PageChange {
  /** Abbreviated commit hash. */
  hash: string
  /** Commit date, ISO 8601. */
  date: string
  /** The commit's subject: for the authors' logs, never shown on a page (see shared/history.ts). */
  subject: string
  /** The commit's `Reader-Note:` trailers for this page, in Japanese. @default [] */
  notes?: string[]
}

export interface GardenPageData {
  kind: PageKind
  backlinks: PageLink[]
  /** Minutes to read the page (CJK-aware), shown as 「約3分で読める」. */
  readingMinutes?: number
  /** Absolute, canonical URL of the page (what the share bar shares). */
  url: string
  maturity: Maturity
  tags: string[]
  /** Frontmatter `date` and `updated` (ISO calendar days). */
  date: string
  updated?: string
  /** The page's changes as readers see them, newest first (empty without git history). */
  history: HistoryEntry[]
}

declare module 'vitepress' {
  interface PageData {
    /** Set by config.ts's transformPageData for every garden page; absent on the 404 page. */
    garden?: GardenPageData
  }
}

export function gardenDataFor(id: string, frontmatter: Frontmatter | undefined, pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, url: string, history: PageChange[] = []): GardenPageData | undefined {
  const page = pages.get(id)
  if (!page || !frontmatter)
    return undefined
  const backlinks = (graph.backlinks.get(id) ?? []).map((from) => {
    const p = pages.get(from)!
    return { route: p.route, title: p.title, description: p.description }
  })
  return {
    kind: page.kind,
    backlinks,
    url,
    history: readerHistory(history.map(c => ({ date: c.date, notes: c.notes ?? [] }))),
    maturity: frontmatter.maturity,
    tags: frontmatter.tags,
    date: frontmatter.date,
    ...(frontmatter.updated
      ? { updated: frontmatter.updated }
      : {}),
    ...(page.readingMinutes
      ? { readingMinutes: page.readingMinutes }
      : {}),
  }
}
