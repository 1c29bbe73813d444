// Dev server only: VitePress's app swaps pages in place, so what a built page does once at load
// runs again after each in-app navigation.
import { enhanceZoomTargets } from '../zoom/zoom'
import { setMenuOpen } from './menu'
import { updateSections } from './sections'
import { labelShareButtons, watchFooterBar } from './share'
import { markTarget } from './targetHighlight'
import { syncSwitches } from './theme'

export function onPageChange(doc: Document): void {
  setMenuOpen(doc, false)
  syncSwitches(doc)
  enhanceZoomTargets(doc)
  markTarget(doc)
  updateSections(doc)
  labelShareButtons(doc)
  watchFooterBar(doc)
}
