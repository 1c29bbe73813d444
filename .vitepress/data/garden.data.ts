// Build-time data for the home page map: the link graph laid out twice by ELK (for the content column
// and for phones, gardenMap.ts) and written as static HTML (mapSvg.ts). The component only inserts it.
import { contentIndexFor, gardenSettings } from '../node/content/store'
import { renderGardenMap } from '../node/map/mapSvg'

const settings = gardenSettings()

export interface GardenMapData {
  html: string
}

export default {
  watch: [`${settings.srcPath}/**/*.md`],
  async load(): Promise<GardenMapData> {
    const { pages, graph } = contentIndexFor(settings)
    return { html: await renderGardenMap(pages, graph, settings.site.base) }
  },
}

declare const data: GardenMapData
export { data }
