// Groups pages by tag for /tags: tags in the order of their Japanese reading (shared/tags.ts), pages
// by title (Japanese collation).
import type { PageEntry } from '../../shared/pages'
import { compareTags } from '../../shared/tags'

export interface TagGroup {
  tag: string
  pages: { route: string, title: string, description: string }[]
}

export function groupByTag(pages: readonly PageEntry[]): TagGroup[] {
  const groups = new Map<string, PageEntry[]>()
  for (const p of pages) {
    for (const tag of new Set(p.tags)) {
      const list = groups.get(tag)
      if (list)
        list.push(p)
      else
        groups.set(tag, [p])
    }
  }
  return [
    ...groups.entries(),
  ]
    .sort(([a], [b]) => compareTags(a, b))
    .map(([tag, list]) => ({
      tag,
      pages: list.sort((a, b) => a.title.localeCompare(b.title, 'ja')).map(p => ({ route: p.route, title: p.title, description: p.description })),
    }))
}
