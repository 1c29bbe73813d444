// The page's behaviours that need no framework, started once per document (the built page's entry,
// or the dev server's theme). Each binds to server-rendered markup through event delegation.
import { initSearch } from '../search/open'
import { initZoom } from '../zoom/zoom'
import { initCopyCode } from './copyCode'
import { initLinkPreview } from './linkPreview'
import { initMenu } from './menu'
import { initPopups } from './popups'
import { initSections } from './sections'
import { initShare } from './share'
import { initTargetHighlight } from './targetHighlight'
import { initTheme } from './theme'

export interface ChromeOptions {
  /**
   * The dev server runs VitePress's app, which copies code itself.
   * @default false
   */
  dev?: boolean
}

export interface Chrome {
  /** Hides what floats over the page (a link's preview card): the page is about to be swapped out. */
  beforePageChange: () => void
}

export function startChrome(doc: Document, options: ChromeOptions = {}): Chrome {
  initTheme(doc)
  initMenu(doc)
  initPopups(doc)
  initSearch(doc)
  initSections(doc)
  initShare(doc)
  initTargetHighlight(doc)
  const preview = initLinkPreview(doc)
  initZoom(doc)
  if (!options.dev)
    initCopyCode(doc)
  return {
    beforePageChange: () => preview.hide(),
  }
}
