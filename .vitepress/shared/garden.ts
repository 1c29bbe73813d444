// Per-page garden data that the build attaches to each page (frontmatter._garden): backlinks and
// the page's kind. Computed from the link graph at build time, so no index is fetched at run time.
import type { LinkGraph } from './linkGraph'
import type { PageEntry, PageKind } from './pages'

export interface PageLink {
  route: string
  title: string
  description: string
}

export interface GardenPageData {
  kind: PageKind
  backlinks: PageLink[]
  /** Minutes to read the page (CJK-aware), shown as 「約3分で読める」. */
  readingMinutes?: number
}

export function gardenDataFor(id: string, pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph): GardenPageData | undefined {
  const page = pages.get(id)
  if (!page)
    return undefined
  const backlinks = (graph.backlinks.get(id) ?? []).map((from) => {
    const p = pages.get(from)!
    return { route: p.route, title: p.title, description: p.description }
  })
  return { kind: page.kind, backlinks, ...(page.readingMinutes ? { readingMinutes: page.readingMinutes } : {}) }
}
