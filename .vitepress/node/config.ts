import type { DefaultTheme, HeadConfig, MarkdownOptions, UserConfig } from 'vitepress'
import type { GardenStore } from './content/store'
import type { MermaidDiagrams } from './mermaid'
import type { Settings } from './settings'
// The site's VitePress configuration, made from Settings by a function: importing this module does
// nothing. .vitepress/config.ts calls createConfig(readSettings()) when VitePress asks for the config;
// a fixture build in a test calls it with its own Settings (test/support/buildGarden.ts). Wiring only:
// the content index is built once per call (content/store.ts) and every hook below is a named module.
import { join } from 'node:path'
import { gardenDataFor } from '../shared/garden'
import { pageUrl, SITE_DESCRIPTION, SITE_NAV_TITLE, SITE_TITLE } from '../shared/site'
import { buildEnd } from './buildEnd'
import { readingOrder } from './content/readingOrder'
import { createGardenStore, orphanWarnings } from './content/store'
import { withLastmod } from './feed/feed'
import { readGitHistory } from './history/gitHistory'
import { CLIENT_ENTRY, clientEntryPlugin, speculationRules, withClientEntry, withNotFoundContent } from './islands/clientEntry'
import { foldPlugin } from './markdown/fold'
import { hangingIndentTransformer } from './markdown/hangingIndent'
import { localMapPlugin } from './markdown/localMap'
import { mermaidPlugin } from './markdown/mermaid'
import { pageMetaPlugin } from './markdown/pageMeta'
import { readingPlugin } from './markdown/reading'
import { wikilinkPlugin } from './markdown/wikilink'
import { mermaidCssPlugin, prerenderMermaid } from './mermaid'
import { nav, sidebar } from './nav'
import { socialDevPlugin } from './og/dev'
import { pageHead } from './og/meta'
import { japaneseLocalSearch } from './search/localSearch'
import { searchTextsPlugin } from './search/sectionTexts'
import { searchShardPlugin } from './search/shardPlugin'
import { vitepressAliases } from './vitepress/registry'
import { searchTranslations, themeLabels } from './vitepress/themeLabels'

type Config = UserConfig<DefaultTheme.Config>
type ClientEntry = ReturnType<typeof clientEntryPlugin>

function head(base: string): HeadConfig[] {
  return [
    [
      'meta',
      { name: 'theme-color', content: '#326ce5' },
    ],
    [
      'link',
      { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` },
    ],
    // Pages load as documents (no router on a built page): the browser fetches a page when the
    // pointer rests on its link and renders it ahead on a press (Chromium; elsewhere a plain load).
    [
      'script',
      { type: 'speculationrules' },
      speculationRules(base),
    ],
  ]
}

function markdownOptions(settings: Settings, garden: GardenStore, diagrams: MermaidDiagrams | undefined): MarkdownOptions {
  const pages = () => garden.index.pages
  return {
    // The headings in page data, so the outline is in the server HTML (components/vp/layoutState.ts).
    headers: {
      level: [2, 3],
    },
    codeCopyButtonTitle: 'コードをコピー',
    // Each code line's indentation, for the hanging indent of wrapped lines on a phone (theme/blocks.css).
    codeTransformers: [
      hangingIndentTransformer(),
    ],
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
        base: settings.site.base,
      })
      // Last: it reads the blocks as the reader will see them (markdown/fold.ts).
      md.use(foldPlugin)
    },
  }
}

/** The build's and each page's hooks: the end of the build, the HTML, head, sitemap and page data. */
function pageHooks(settings: Settings, garden: GardenStore, history: ReturnType<typeof readGitHistory>, clientEntry: ClientEntry): Pick<Config, 'buildEnd' | 'transformHtml' | 'transformHead' | 'sitemap' | 'transformPageData'> {
  const { site } = settings
  const pages = () => garden.index.pages
  return {
    buildEnd: buildEnd({ settings, pages }),
    transformHtml: (html, _file, ctx) => withNotFoundContent(withClientEntry(html, clientEntry.output(), site.base), ctx),
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
  }
}

function viteOptions(settings: Settings, garden: GardenStore, diagrams: MermaidDiagrams | undefined, clientEntry: ClientEntry): Config['vite'] {
  return {
    plugins: [
      garden.vitePlugin(),
      socialDevPlugin(settings.site, () => garden.index),
      mermaidCssPlugin(diagrams),
      clientEntry,
      // The search index in term shards fetched per query (shared/searchShards.ts), and each page's
      // section texts for the excerpts.
      searchShardPlugin(),
      searchTextsPlugin(() => garden.index),
    ],
    server: { host: settings.host },
    resolve: {
      // Our replacements of VitePress's components (node/vitepress/registry.ts says which and why).
      alias: vitepressAliases(),
    },
  }
}

function themeConfig(settings: Settings, garden: GardenStore): DefaultTheme.Config {
  const { pages, graph } = garden.index
  return {
    ...themeLabels,
    siteTitle: SITE_NAV_TITLE,
    nav: nav(pages),
    sidebar: sidebar(pages, readingOrder(pages, graph)),
    ...(settings.repository
      ? {
          editLink: { pattern: `https://github.com/${settings.repository}/edit/main/docs/:path`, text: 'このページを GitHub で編集する' },
        }
      : {}),
    search: {
      provider: 'local',
      options: { ...japaneseLocalSearch, translations: searchTranslations },
    },
  }
}

export async function createConfig(settings: Settings): Promise<Config> {
  const { site } = settings
  const garden = createGardenStore(settings)
  if (settings.isBuild)
    garden.assertValid()
  for (const w of orphanWarnings(garden.index))
    console.warn(w)
  // Mermaid needs a browser (async): every diagram is rendered before the synchronous Markdown render.
  const diagrams: MermaidDiagrams | undefined = settings.isBuild && settings.pipelines
    ? await prerenderMermaid({
        index: garden.index,
        cacheDir: join(settings.cacheDir, 'mermaid'),
      })
    : undefined
  const history = readGitHistory(settings.srcPath)
  // The built page's runtime instead of VitePress's app (components/client/entry.ts).
  const clientEntry = clientEntryPlugin({ entry: CLIENT_ENTRY })

  return {
    // Absolute, so the config does not depend on the root VitePress was started in (a fixture build's
    // root is its temporary folder).
    srcDir: settings.srcPath,
    ...(settings.outDir
      ? { outDir: settings.outDir }
      : {}),
    cacheDir: settings.cacheDir,
    srcExclude: ['**/examples/**', '**/README.md'],
    base: site.base,
    lang: 'ja-JP',
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    cleanUrls: true,
    lastUpdated: true,
    // The switch is ours on a built page (components/client/chrome/theme.ts switches without
    // transitions itself); on the dev server VueUse's default would restyle the whole page at load.
    appearance: { disableTransition: false },
    head: head(site.base),
    markdown: markdownOptions(settings, garden, diagrams),
    ...pageHooks(settings, garden, history, clientEntry),
    vite: viteOptions(settings, garden, diagrams, clientEntry),
    themeConfig: themeConfig(settings, garden),
  }
}
