import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme-without-fonts'
import { defineAsyncComponent, h } from 'vue'
import PageBacklinks from '../../components/garden/PageBacklinks.vue'
import PageHistory from '../../components/garden/PageHistory.vue'
import PageMeta from '../../components/garden/PageMeta.vue'
import NotFoundPage from '../../components/layout/NotFoundPage.vue'
import ReadingAids from '../../components/layout/ReadingAids.vue'
import ShareBar from '../../components/layout/ShareBar.vue'
import { warmSearchOnIntent } from './searchWarmup'
import { patchSvgLinkPathname } from './svgLinkPathname'
import './style.css'
import './reading.css'
import './gardenMap.css'
import 'virtual:mermaid-diagrams.css'

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, {
    'doc-after': () => [
      h(PageHistory),
      h(PageBacklinks),
    ],
    'doc-footer-before': () => h(ShareBar),
    'aside-outline-after': () => h(ShareBar, { followSection: true }),
    'not-found': () => h(NotFoundPage),
    'layout-bottom': () => h(ReadingAids),
  }),
  enhanceApp({ app }) {
    patchSvgLinkPathname()
    if (typeof document !== 'undefined') {
      warmSearchOnIntent(document, () => {
        void import('../../components/search/LocalSearchBox.vue')
        void import('@localSearchIndex').then(m => m.default.root?.())
      })
    }
    app.component('PageMeta', PageMeta)
    // Used on one page each (the map and the way in on the home page): their own chunks, loaded only there.
    app.component('GardenMap', defineAsyncComponent(() => import('../../components/garden/GardenMap.vue')))
    app.component('TagIndex', defineAsyncComponent(() => import('../../components/garden/TagIndex.vue')))
    app.component('ChapterList', defineAsyncComponent(() => import('../../components/garden/ChapterList.vue')))
    app.component('ReadingPath', defineAsyncComponent(() => import('../../components/garden/ReadingPath.vue')))
    app.component('RecentNotes', defineAsyncComponent(() => import('../../components/garden/RecentNotes.vue')))
    // Dev only: production pages get the SVG pre-rendered at build time (no Mermaid JavaScript).
    if (import.meta.env.DEV)
      app.component('MermaidDiagram', defineAsyncComponent(() => import('../../components/diagrams/MermaidDiagram.vue')))
  },
} satisfies Theme
