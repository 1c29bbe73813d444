import type { GardenMapLayout } from './gardenMap'
// Build-time data for the home page map: the laid-out link graph (see gardenMap.ts).
import { resolve } from 'node:path'
import process from 'node:process'
import { scanContent } from '../../scripts/lib/content/scan'
import { layoutGardenMap } from './gardenMap'

const srcDir = resolve(process.env.GARDEN_SRC_DIR ?? 'docs')

export default {
  watch: ['../../docs/**/*.md'],
  load(): GardenMapLayout {
    const scan = scanContent(srcDir)
    return layoutGardenMap(scan.pages, scan.graph)
  },
}

declare const data: GardenMapLayout
export { data }
