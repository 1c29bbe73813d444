import type { WayIn } from '../node/wayIn/wayIn'
// Build-time data for the home page's way in (wayIn.ts): the chapters with their notes in reading
// order, and the notes most recently tended.
import { contentIndexFor } from '../node/content/store'
import { readSettings } from '../node/settings'
import { loadWayIn } from '../node/wayIn/loadWayIn'

const settings = readSettings()

export default {
  watch: [`${settings.srcPath}/**/*.md`],
  load(): WayIn {
    return loadWayIn(contentIndexFor(settings), settings.srcPath)
  },
}

declare const data: WayIn
export { data }
