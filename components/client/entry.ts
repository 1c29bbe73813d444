// The built page's runtime (swapped in for VitePress's SPA entry by
// .vitepress/node/islands/clientEntry.ts, fetched after the first paint by the page's inline loader,
// .vitepress/node/islands/entryLoader.ts): the chrome's behaviours, then the islands, then the taps
// the loader held while this was on its way. No router and no whole-page Vue app: links load pages
// (the browser prefetches them, see speculation rules in the head), and Vue runs only inside the
// islands, each fetched when it nears the viewport.
import { startChrome } from './chrome'
import { islandLoaders } from './islandLoaders'
import { startIslands } from './islands'

declare global {
  interface Window {
    /** Set by the inline loader: the buttons clicked before this ran; stops holding when called. */
    __gardenHeldTaps?: () => HTMLButtonElement[]
  }
}

startChrome(document)
startIslands(document, { loaders: islandLoaders })
for (const button of window.__gardenHeldTaps?.() ?? [])
  button.click()
// For tests and the curious: the page's behaviours are listening.
document.documentElement.dataset.chrome = 'ready'
