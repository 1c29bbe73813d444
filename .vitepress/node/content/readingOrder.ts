// The book's reading order, declared once: each chapter page links its notes in the order the chapter
// (and the review) takes them, so a chapter's notes are ordered by where the chapter page first links
// them. Notes of the chapter that its page never links come after, by Japanese title order.
// The sidebar follows this order, and VitePress's prev/next links follow the sidebar.
import type { LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'

/** Chapter number → note ids in reading order. */
export type ReadingOrder = ReadonlyMap<number, readonly string[]>

export function chapterNumber(page: Pick<PageEntry, 'id'>): number | undefined {
  const m = /^chapters\/(\d+)-/.exec(page.id)
  return m
    ? Number(m[1])
    : undefined
}

export function readingOrder(pages: ReadonlyMap<string, PageEntry>, graph: Pick<LinkGraph, 'outlinks'>): ReadingOrder {
  const order = new Map<number, string[]>()
  const all = [
    ...pages.values(),
  ]
  for (const chapter of all.filter(p => p.kind === 'chapter')) {
    const n = chapterNumber(chapter)
    if (n === undefined)
      continue
    const notes = all.filter(p => p.kind === 'note' && p.chapter === n)
    const inChapter = new Set(notes.map(p => p.id))
    const linked = (graph.outlinks.get(chapter.id) ?? []).filter(id => inChapter.has(id))
    const rest = notes.filter(p => !linked.includes(p.id)).sort((a, b) => a.title.localeCompare(b.title, 'ja')).map(p => p.id)
    order.set(n, [
      ...linked,
      ...rest,
    ])
  }
  return order
}
