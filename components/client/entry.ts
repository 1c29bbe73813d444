// The built page's runtime (swapped in for VitePress's SPA entry by
// .vitepress/node/islands/clientEntry.ts, fetched after the first paint by the page's inline loader,
// .vitepress/node/islands/entryLoader.ts): the chrome's behaviours, then the islands, then the taps
// the loader held while this was on its way, then page changes without a new document where the
// browser has the Navigation API (chrome/navigate.ts; elsewhere links load documents, prefetched by
// the head's speculation rules). No whole-page Vue app: Vue runs only inside the islands, each
// fetched when it nears the viewport.
import { startChrome } from './chrome'
import { afterPaint } from './chrome/frames'
import { revealCurrent } from './chrome/menu'
import { initNavigation } from './chrome/navigate'
import { onPageChange } from './chrome/pageChange'
import { islandLoaders } from './islandLoaders'
import { startIslands } from './islands'

declare global {
  interface Window {
    /** Set by the inline loader: the buttons clicked before this ran; stops holding when called. */
    __gardenHeldTaps?: () => HTMLButtonElement[]
  }
}

const chrome = startChrome(document)
let islands = startIslands(document, { loaders: islandLoaders })
for (const button of window.__gardenHeldTaps?.() ?? [])
  button.click()
initNavigation(document, {
  beforeSwap: () => chrome.beforePageChange(),
  // The new page is server-rendered: before its first frame it needs only its islands' listeners
  // (cheap: a tap on one is then held until it hydrates, as on a page load). The rest (unmounting
  // the old islands, the per-page behaviours, which read layout) waits for an idle moment.
  afterSwap: () => {
    const old = islands
    islands = startIslands(document, { loaders: islandLoaders })
    whenIdle(() => {
      old.stop()
      const sidebar = document.querySelector<HTMLElement>('[data-sidebar]')
      if (sidebar)
        revealCurrent(sidebar)
      onPageChange(document)
    })
  },
})

function whenIdle(fn: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(fn, { timeout: 300 })
  else
    afterPaint(window, fn)
}
// For tests and the curious: the page's behaviours are listening.
document.documentElement.dataset.chrome = 'ready'
