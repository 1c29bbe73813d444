import type { MermaidDiagrams } from './node/mermaid'
// Site configuration: wiring only. Settings come from the environment once (node/settings.ts), the
// content index is built once (node/content/store.ts) and every hook below is a named module.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import { localMapPlugin } from './markdown/localMap'
import { mermaidPlugin } from './markdown/mermaid'
import { pageMetaPlugin } from './markdown/pageMeta'
import { readingPlugin } from './markdown/reading'
import { wikilinkPlugin } from './markdown/wikilink'
import { nav, sidebar } from './nav'
import { buildEnd } from './node/buildEnd'
import { createGardenStore, orphanWarnings } from './node/content/store'
import { withLastmod } from './node/feed/feed'
import { readGitHistory } from './node/history/gitHistory'
import { deferMountPlugin } from './node/hydration/deferMountPlugin'
import { mermaidCssPlugin, prerenderMermaid } from './node/mermaid'
import { socialDevPlugin } from './node/og/dev'
import { searchShardPlugin } from './node/search/shardPlugin'
import { readSettings } from './node/settings'
import { gardenDataFor } from './shared/garden'
import { japaneseLocalSearch } from './shared/localSearch'
import { pageHead } from './shared/meta'
import { readingOrder } from './shared/readingOrder'
import { pageUrl, SITE_DESCRIPTION, SITE_NAV_TITLE, SITE_TITLE } from './shared/site'
import { searchTranslations, themeLabels } from './shared/themeLabels'

const settings = readSettings()
const { site, srcDir } = settings
const garden = createGardenStore(settings)
if (settings.isBuild)
  garden.assertValid()
for (const w of orphanWarnings(garden.index))
  console.warn(w)
// Mermaid needs a browser (async): every diagram is rendered before the synchronous Markdown render.
let diagrams: MermaidDiagrams | undefined
if (settings.isBuild && settings.pipelines) {
  // eslint-disable-next-line antfu/no-top-level-await -- VitePress loads this config as ESM; it must finish first
  diagrams = await prerenderMermaid({ index: garden.index })
}
const pages = () => garden.index.pages
const history = readGitHistory(settings.srcPath)

export default defineConfig({
  srcDir,
  ...(settings.outDir
    ? { outDir: settings.outDir }
    : {}),
  srcExclude: ['**/examples/**', '**/README.md'],
  base: site.base,
  lang: 'ja-JP',
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
  cleanUrls: true,
  lastUpdated: true,
  // disableTransition: VueUse's default forces a whole-page style recalculation at every load;
  // components/composables/useInstantThemeSwitch.ts does the same job only when the theme changes.
  appearance: { disableTransition: false },
  head: [
    [
      'meta',
      { name: 'theme-color', content: '#326ce5' },
    ],
    [
      'link',
      { rel: 'icon', type: 'image/svg+xml', href: `${site.base}favicon.svg` },
    ],
  ],

  markdown: {
    // github-light/-dark tokens fall below 4.5:1 on the code block background (axe color-contrast).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    externalLinks: { target: '_blank', rel: 'noopener noreferrer' },
    config(md) {
      md.use(wikilinkPlugin, { pages, displayRoot: settings.displayRoot })
      md.use(pageMetaPlugin)
      if (settings.pipelines)
        md.use(mermaidPlugin, { diagrams })
      md.use(readingPlugin, { pages })
      md.use(localMapPlugin, {
        pages,
        graph: () => garden.index.graph,
        base: site.base,
      })
    },
  },

  buildEnd: buildEnd({ settings, pages }),
  transformHead: ({ pageData }) => pageHead(site, pageData, pages()),
  sitemap: {
    hostname: site.href,
    transformItems: items => withLastmod(items, pages()),
  },

  transformPageData(pageData) {
    const id = pageData.relativePath.replace(/\.md$/, '')
    const { index } = garden
    const frontmatter = index.byId.get(id)?.frontmatter
    const data = gardenDataFor(id, frontmatter, index.pages, index.graph, pageUrl(site, pageData.relativePath), history.get(pageData.relativePath))
    if (data)
      pageData.garden = data
    // VitePress reads a frontmatter title as inline Markdown (「<pending>」 would vanish as an HTML tag);
    // the validated title is plain text and is kept as written.
    if (frontmatter)
      pageData.title = frontmatter.title
  },

  vite: {
    plugins: [
      garden.vitePlugin(),
      socialDevPlugin(site, () => garden.index),
      mermaidCssPlugin(diagrams),
      // Mount (hydrate) the app on the reader's first interaction, not at load (theme/hydrationGate.ts).
      deferMountPlugin(),
      // The search index in term shards fetched per query (shared/searchShards.ts).
      searchShardPlugin(),
    ],
    server: { host: settings.host },
    // The default theme's last-updated line formats with Intl after mount; ours at build (dates.ts).
    resolve: {
      alias: [
        // Our sidebar: chapters as <details> (current open), one raw-HTML list instead of a component per link.
        {
          find: /^.*\/VPSidebar\.vue$/,
          replacement: fileURLToPath(new URL('../components/layout/GardenSidebar.vue', import.meta.url)),
        },
        {
          find: /^.*\/VPDocFooterLastUpdated\.vue$/,
          replacement: fileURLToPath(new URL('../components/layout/LastUpdated.vue', import.meta.url)),
        },
        // The appearance switch, named in the server-rendered HTML (the page hydrates on first interaction).
        {
          find: /^.*\/VPSwitchAppearance\.vue$/,
          replacement: fileURLToPath(new URL('../components/layout/AppearanceSwitch.vue', import.meta.url)),
        },
        // Our search box: VitePress's, with our ranking and results grouped per page (see the file).
        {
          find: /^.*\/VPLocalSearchBox\.vue$/,
          replacement: fileURLToPath(new URL('../components/search/LocalSearchBox.vue', import.meta.url)),
        },
      ],
    },
  },

  themeConfig: {
    ...themeLabels,
    siteTitle: SITE_NAV_TITLE,
    nav: nav(pages()),
    sidebar: sidebar(pages(), readingOrder(pages(), garden.index.graph)),
    ...(settings.repository
      ? {
          editLink: { pattern: `https://github.com/${settings.repository}/edit/main/docs/:path`, text: 'このページを GitHub で編集する' },
        }
      : {}),
    search: {
      provider: 'local',
      options: { ...japaneseLocalSearch, translations: searchTranslations },
    },
  },
})
