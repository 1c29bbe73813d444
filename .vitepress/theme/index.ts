import type { Theme } from 'vitepress'
// The theme: VitePress's default theme as the server-side template, with our slots, our components
// and our overrides of its internals (.vitepress/node/vitepress/registry.ts, aliased in config.ts). It renders
// the HTML; on a built page it never runs in the browser (components/client/entry.ts does the few
// things a reader needs, and each island hydrates alone). The dev server runs it as VitePress's app,
// with the same chrome behaviours started once in the browser.
import DefaultTheme from 'vitepress/theme-without-fonts'
import { defineAsyncComponent, h, nextTick } from 'vue'
import ChapterList from '../../components/garden/ChapterList.vue'
import GardenMap from '../../components/garden/GardenMap.vue'
import PageHistory from '../../components/garden/PageHistory.vue'
import PageMeta from '../../components/garden/PageMeta.vue'
import RecentNotes from '../../components/garden/RecentNotes.vue'
import TagIndex from '../../components/garden/TagIndex.vue'
import { islandComponents } from '../../components/islands/components'
import { defineIsland } from '../../components/islands/defineIsland'
import NotFoundPage from '../../components/layout/NotFoundPage.vue'
import ShareBar from '../../components/layout/ShareBar.vue'
import { REVEAL_CURRENT_SCRIPT } from '../../components/layout/sidebarChrome'
import './style.css'
import './reading.css'
import './gardenMap.css'
import './pageEnd.css'
import '../../components/client/chrome/chrome.css'
import '../../components/client/search/search.css'
import '../../components/client/zoom/zoom.css'
import 'virtual:mermaid-diagrams.css'

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, {
    // The page ends: the article (its local map last), history, share, last update, and the pager last.
    'doc-footer-before': () => [
      h(PageHistory),
      h(ShareBar),
    ],
    'aside-outline-after': () => h(ShareBar, { followSection: true }),
    'not-found': () => h(NotFoundPage),
    // Last in the page: scrolls the sidebar to the current link before the first paint.
    'layout-bottom': () => h('script', { innerHTML: REVEAL_CURRENT_SCRIPT }),
  }),
  enhanceApp({ app, router }) {
    for (const [name, component] of Object.entries(islandComponents))
      app.component(name, defineIsland(name, component))
    app.component('PageMeta', PageMeta)
    app.component('GardenMap', GardenMap)
    app.component('TagIndex', TagIndex)
    app.component('ChapterList', ChapterList)
    app.component('RecentNotes', RecentNotes)
    if (import.meta.env.DEV) {
      // Production pages get the SVG pre-rendered at build time (no Mermaid JavaScript).
      app.component('MermaidDiagram', defineAsyncComponent(() => import('../../components/diagrams/MermaidDiagram.vue')))
      if (typeof document !== 'undefined') {
        void import('../../components/client/chrome').then(({ startChrome }) => startChrome(document, { dev: true }))
        void import('../../components/client/chrome/pageChange').then(({ onPageChange }) => {
          router.onAfterRouteChange = () => nextTick(() => onPageChange(document))
        })
      }
    }
  },
} satisfies Theme
