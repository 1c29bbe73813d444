import type { WayIn } from '../node/wayIn/wayIn'
// Build-time data for the home page's way in (wayIn.ts): the chapters with their notes in reading
// order, and the notes most recently tended.
import { contentIndexFor, gardenSettings } from '../node/content/store'
import { loadWayIn } from '../node/wayIn/loadWayIn'

const settings = gardenSettings()

export default {
  watch: [`${settings.srcPath}/**/*.md`],
  load(): WayIn {
    return loadWayIn(contentIndexFor(settings), settings.srcPath)
  },
}

declare const data: WayIn
export { data }
