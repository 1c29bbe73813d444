import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import { createGardenStore, orphanWarnings } from '../scripts/lib/content/store'
import { withLastmod } from '../scripts/lib/feed/feed'
import { mermaidCssPlugin, prerenderMermaid } from '../scripts/lib/mermaid'
import { write404 } from '../scripts/lib/notFound/write404'
import { socialDevPlugin } from '../scripts/lib/og/dev'
import { publishSocial } from '../scripts/lib/og/publish'
import { writeContentSecurityPolicy } from '../scripts/lib/security/csp'
import { mermaidPlugin } from './markdown/mermaid'
import { pageMetaPlugin } from './markdown/pageMeta'
import { readingPlugin } from './markdown/reading'
import { wikilinkPlugin } from './markdown/wikilink'
import { nav, sidebar } from './nav'
import { gardenDataFor } from './shared/garden'
import { japaneseLocalSearch } from './shared/localSearch'
import { pageHead } from './shared/meta'
import { gardenMode, plainThemePlugin } from './shared/mode'
import { pageUrl, parseSiteUrl, SITE_DESCRIPTION, SITE_NAV_TITLE, SITE_TITLE } from './shared/site'

// GARDEN_SRC_DIR / GARDEN_OUT_DIR let tests build fixture gardens; the site itself uses docs/.
const srcDir = process.env.GARDEN_SRC_DIR ?? 'docs'
const site = parseSiteUrl(process.env.SITE_URL)
const garden = createGardenStore(resolve(srcDir))
const isBuild = process.argv.includes('build')
// The benchmark's baselines (GARDEN_PIPELINES): `off` is our site without its build pipelines (no
// Mermaid pre-render, fences stay code; no social cards); `plain` is VitePress's own default theme on
// the same Markdown, with none of our theme, plugins or build steps — what "plain VitePress" scores.
const mode = gardenMode(process.env.GARDEN_PIPELINES)
const pipelines = mode === 'on'
const plain = mode === 'plain'
if (isBuild)
  garden.assertValid()
for (const w of orphanWarnings(garden.scan))
  console.warn(w)
// Mermaid needs a browser (async): every diagram is rendered before the synchronous Markdown render.
// eslint-disable-next-line antfu/no-top-level-await -- VitePress loads this config as ESM; it must finish first
const diagrams = isBuild && pipelines ? await prerenderMermaid({ srcDir }) : undefined

const repository = process.env.GITHUB_REPOSITORY

export default defineConfig({
  srcDir,
  ...(process.env.GARDEN_OUT_DIR ? { outDir: process.env.GARDEN_OUT_DIR } : {}),
  srcExclude: ['**/examples/**', '**/README.md'],
  base: site.base,
  lang: 'ja-JP',
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
  cleanUrls: true,
  lastUpdated: true,
  // disableTransition: VueUse's default forces a whole-page style recalculation at every load;
  // components/composables/useInstantThemeSwitch.ts does the same job only when the theme changes.
  appearance: plain ? true : { disableTransition: false },
  head: [
    ['meta', { name: 'theme-color', content: '#326ce5' }],
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${site.base}favicon.svg` }],
  ],

  markdown: {
    // github-light/-dark tokens fall below 4.5:1 on the code block background (axe color-contrast).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
    externalLinks: { target: '_blank', rel: 'noopener noreferrer' },
    config(md) {
      if (plain)
        return
      md.use(wikilinkPlugin, { pages: () => garden.scan.pages, displayRoot: srcDir })
      md.use(pageMetaPlugin)
      if (pipelines)
        md.use(mermaidPlugin, { diagrams })
      md.use(readingPlugin, { pages: () => garden.scan.pages })
    },
  },

  buildEnd: async (siteConfig) => {
    if (plain)
      return
    await write404(siteConfig)
    if (pipelines)
      await publishSocial(site, () => garden.scan.pages)(siteConfig)
    writeContentSecurityPolicy(siteConfig) // last: hashes every inline script the steps above wrote
  },
  transformHead: ({ pageData }) => plain ? [] : pageHead(site, pageData, garden.scan.pages),
  sitemap: { hostname: site.href, transformItems: items => withLastmod(items, garden.scan.pages) },

  transformPageData(pageData) {
    if (plain)
      return
    const id = pageData.relativePath.replace(/\.md$/, '')
    const data = gardenDataFor(id, garden.scan.pages, garden.scan.graph)
    if (data)
      pageData.frontmatter._garden = data
    pageData.frontmatter._url = pageUrl(site, pageData.relativePath)
  },

  vite: {
    plugins: plain ? [plainThemePlugin(fileURLToPath(new URL('./theme', import.meta.url)))] : [garden.vitePlugin(), socialDevPlugin(site, () => garden.scan), mermaidCssPlugin(diagrams)],
    server: { host: process.env.HOST ?? 'localhost' },
    // The default theme's last-updated line formats with Intl after mount; ours at build (dates.ts).
    resolve: {
      alias: plain ? [] : [{ find: /^.*\/VPDocFooterLastUpdated\.vue$/, replacement: fileURLToPath(new URL('../components/layout/LastUpdated.vue', import.meta.url)) }],
    },
  },

  themeConfig: {
    siteTitle: SITE_NAV_TITLE,
    nav: nav(garden.scan.pages),
    sidebar: sidebar(garden.scan.pages),
    outline: { level: [2, 3], label: 'このページの内容' },
    docFooter: { prev: '前のページ', next: '次のページ' },
    lastUpdated: { text: '最終更新', formatOptions: { dateStyle: 'medium', timeStyle: 'short' } },
    ...(repository ? { editLink: { pattern: `https://github.com/${repository}/edit/main/docs/:path`, text: 'このページを GitHub で編集する' } } : {}),
    darkModeSwitchLabel: '外観',
    lightModeSwitchTitle: 'ライトテーマに切り替える',
    darkModeSwitchTitle: 'ダークテーマに切り替える',
    sidebarMenuLabel: 'メニュー',
    returnToTopLabel: 'ページの先頭へ',
    langMenuLabel: '言語を切り替える',
    skipToContentLabel: '本文へ移動',
    externalLinkIcon: true,
    notFound: {
      title: 'ページが見つかりません',
      quote: 'お探しのページは移動したか、削除されたか、URLが間違っている可能性があります。',
      linkLabel: 'ホームへ戻る',
      linkText: 'ホームへ戻る',
      code: '404',
    },
    search: {
      provider: 'local',
      options: {
        ...(plain ? {} : japaneseLocalSearch),
        translations: {
          button: { buttonText: '検索', buttonAriaLabel: 'サイト内を検索' },
          modal: {
            displayDetails: '詳細を表示',
            resetButtonTitle: '検索語を消す',
            backButtonTitle: '検索を閉じる',
            noResultsText: '見つかりませんでした',
            footer: { selectText: '選択', navigateText: '移動', closeText: '閉じる' },
          },
        },
      },
    },
  },
})
