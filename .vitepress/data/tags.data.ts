import type { TagGroup } from './tagIndex'
// Build-time data for /tags: every tag with its pages, from the content scan.
import { resolve } from 'node:path'
import process from 'node:process'
import { scanContent } from '../../scripts/lib/content/scan'
import { groupByTag } from './tagIndex'

const srcDir = resolve(process.env.GARDEN_SRC_DIR ?? 'docs')

export default {
  watch: ['../../docs/**/*.md'],
  load(): TagGroup[] {
    return groupByTag([...scanContent(srcDir).pages.values()])
  },
}

declare const data: TagGroup[]
export { data }
