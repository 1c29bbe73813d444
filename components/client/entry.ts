// The built page's only script (swapped in for VitePress's SPA entry by
// .vitepress/node/islands/clientEntry.ts): the chrome's behaviours, then the islands. No router and
// no whole-page Vue app: links load pages (the browser prefetches them, see speculation rules in the
// head), and Vue runs only inside the islands, each fetched when it nears the viewport.
import { startChrome } from './chrome'
import { islandLoaders } from './islandLoaders'
import { startIslands } from './islands'

startChrome(document)
startIslands(document, { loaders: islandLoaders })
// For tests and the curious: the page's behaviours are listening.
document.documentElement.dataset.chrome = 'ready'
