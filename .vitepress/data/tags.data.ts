import type { TagGroup } from '../node/tags/tagIndex'
// Build-time data for /tags: every tag with its pages, from the content index.
import { contentIndexFor, gardenSettings } from '../node/content/store'
import { groupByTag } from '../node/tags/tagIndex'

const settings = gardenSettings()

export default {
  watch: [`${settings.srcPath}/**/*.md`],
  load(): TagGroup[] {
    return groupByTag([
      ...contentIndexFor(settings).pages.values(),
    ])
  },
}

declare const data: TagGroup[]
export { data }
