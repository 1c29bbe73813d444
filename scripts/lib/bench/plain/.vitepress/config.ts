// The benchmark's baseline, "plain VitePress": the same Markdown with VitePress's default theme and
// none of our plugins, theme or build steps; the same nav, sidebar and Japanese labels, so the pages
// differ only in what the garden adds. Built by the bench as `vitepress build scripts/lib/bench/plain`
// (this folder is the VitePress root; srcDir and outDir come from the same settings as the site's).
import { defineConfig } from 'vitepress'
import { buildContentIndex } from '../../../../../.vitepress/node/content/index'
import { readingOrder } from '../../../../../.vitepress/node/content/readingOrder'
import { nav, sidebar } from '../../../../../.vitepress/node/nav'
import { readSettings } from '../../../../../.vitepress/node/settings'
import { searchTranslations, themeLabels } from '../../../../../.vitepress/node/vitepress/themeLabels'
import { SITE_DESCRIPTION, SITE_NAV_TITLE, SITE_TITLE } from '../../../../../.vitepress/shared/site'

const settings = readSettings()
const { pages, graph } = buildContentIndex(settings.srcPath, settings.displayRoot)

export default defineConfig({
  srcDir: settings.srcPath,
  ...(settings.outDir
    ? { outDir: settings.outDir }
    : {}),
  srcExclude: ['**/examples/**', '**/README.md'],
  base: settings.site.base,
  lang: 'ja-JP',
  title: SITE_TITLE,
  description: SITE_DESCRIPTION,
  cleanUrls: true,
  lastUpdated: true,
  markdown: {
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-default' },
  },
  themeConfig: {
    ...themeLabels,
    siteTitle: SITE_NAV_TITLE,
    nav: nav(pages),
    sidebar: sidebar(pages, readingOrder(pages, graph)),
    search: {
      provider: 'local',
      options: { translations: searchTranslations },
    },
  },
})
