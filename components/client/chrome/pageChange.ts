// What a page does once at load, again after a page change without a new document: the dev server's
// VitePress app, and the built page's swaps (navigate.ts).
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
