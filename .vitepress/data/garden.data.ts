import type { GardenMapLayout } from './gardenMap'
// Build-time data for the home page map: the laid-out link graph (see gardenMap.ts).
import { contentIndexFor } from '../node/content/store'
import { readSettings } from '../node/settings'
import { layoutGardenMap } from './gardenMap'

const settings = readSettings()

export default {
  watch: [`${settings.srcPath}/**/*.md`],
  load(): GardenMapLayout {
    const index = contentIndexFor(settings)
    return layoutGardenMap(index.pages, index.graph)
  },
}

declare const data: GardenMapLayout
export { data }
