import type { SearchPage } from '../shared/searchRank'
// Build-time data for the search box (imported only by components/search/LocalSearchBox.vue, so it
// ships in the box's own chunk): each page's title, aliases and tags (slugs and Japanese labels),
// by route without base, which the ranking matches the query against (searchRank.ts).
import { contentIndexFor, gardenSettings } from '../node/content/store'
import { tagLabel } from '../shared/tags'

const settings = gardenSettings()

export default {
  watch: [`${settings.srcPath}/**/*.md`],
  load(): Record<string, SearchPage> {
    const pages: Record<string, SearchPage> = {}
    const index = contentIndexFor(settings)
    for (const p of index.pages.values()) {
      pages[p.route] = {
        title: p.title,
        aliases: p.aliases ?? [],
        tags: [
          ...new Set(p.tags.flatMap(t => [
            t,
            tagLabel(t),
          ])),
        ],
        // The h1 part and every h2/h3 (VitePress makes a section of each heading).
        sections: 1 + (index.byId.get(p.id)?.headings.length ?? p.anchors.length),
      }
    }
    return pages
  },
}

declare const data: Record<string, SearchPage>
export { data }
