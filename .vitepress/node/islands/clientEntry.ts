import type { Plugin, ResolvedConfig } from 'vite'
import type { SiteConfig } from 'vitepress'
// The production page ships no Vue app. VitePress's client build would bundle its SPA entry
// (vitepress/dist/client/app/index.js: router + the whole theme, hydrating every page at load); this
// plugin makes that build's one input ours, `entry` (components/client/entry.ts): the chrome's few
// behaviours in plain TypeScript and the islands loader, which hydrates each interactive component
// on its own (Vue's runtime then holds only what the islands use).
// The stylesheet comes from the server build instead, which imports the whole theme: it emits its
// CSS (minified) and the files that CSS refers to, copied into the site (as VitePress's MPA mode does).
// VitePress renders the HTML without its app script, preloads or stylesheet (it finds no `.js` entry
// and no CSS in the client build); `withClientEntry` (transformHtml) adds ours (the entry through
// a small inline loader that fetches it after the first paint, entryLoader.ts) and drops VitePress's
// inline site data. Each rewrite throws when VitePress's output no longer has the shape it expects.
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { entryLoaderTag } from './entryLoader'

export interface ClientEntryOptions {
  /** The page runtime's module. */
  entry: string
}

/** What the builds produced, for the HTML rewrite (set while bundling, read in transformHtml). */
export interface ClientEntryOutput {
  /** Output file of the entry, relative to the site root (`assets/entry.abc123.js`). */
  file: string
  /** Its static imports, preloaded with the entry. */
  imports: string[]
  /** The stylesheet, from the server build. */
  css: string
}

const VITEPRESS_APP = /[\\/]vitepress[\\/]dist[\\/]client[\\/]app[\\/]index\.js$/

/** Replaces VitePress's client inputs ({ app, ...pages }) with ours; throws if their shape changed. */
export function clientInputs(input: unknown, options: ClientEntryOptions): Record<string, string> {
  const app = (input as Record<string, unknown> | undefined)?.app
  if (typeof app !== 'string' || !VITEPRESS_APP.test(app))
    throw new Error(`clientEntryPlugin: VitePress's client build input changed: expected { app: '…/vitepress/dist/client/app/index.js', …pages }, got ${JSON.stringify(input)?.slice(0, 200)}`)
  return { entry: options.entry }
}

/** Vue's runtime in one chunk, loaded with the first island; nothing else is grouped by hand. */
export function manualChunks(id: string): string | undefined {
  if (/[\\/]node_modules[\\/](?:@vue[\\/](?:runtime-core|runtime-dom|reactivity)|vue)[\\/]/.test(id))
    return 'vue'
  return undefined
}

/**
 * V8's explicit compile hint (Chrome 136+): the file's functions are compiled eagerly, on the thread
 * that streams the script, rather than one by one on the main thread the first time each is called.
 * Every chunk of ours is fetched only when it is about to run (the entry after the first paint, Vue and
 * an island's code when the island nears the viewport or is touched, search on the first search), so
 * all of each is called soon. Lazy compilation was most of an island's hydration: the gRPC note's
 * simulator took 66–84 ms at 4× CPU, 22–24 ms with the hint.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** A chunk's code and source map with the compile hint as its first line. */
export function withCompileHint(chunk: { code: string, map?: { mappings: string } | null }): void {
  if (chunk.code.startsWith(COMPILE_HINT))
    return
  chunk.code = `${COMPILE_HINT}\n${chunk.code}`
  // One more generated line before the code: an empty first line in the mappings.
  if (chunk.map)
    chunk.map.mappings = `;${chunk.map.mappings}`
}

export function clientEntryPlugin(options: ClientEntryOptions): Plugin & { output: () => ClientEntryOutput } {
  let config: ResolvedConfig & { vitepress?: SiteConfig }
  let ssr = false
  let entry: Pick<ClientEntryOutput, 'file' | 'imports'> | undefined
  let css: string | undefined
  return {
    name: 'garden:client-entry',
    apply: 'build',
    enforce: 'post',
    config(_, env) {
      // The server build renders every component, so its CSS is the whole site's.
      return env.isSsrBuild
        ? {
            build: { ssrEmitAssets: true, cssMinify: 'esbuild' },
          }
        : null
    },
    configResolved(resolved) {
      config = resolved
      ssr = !!resolved.build.ssr
    },
    options(rollup) {
      if (ssr)
        return null
      return {
        ...rollup,
        input: clientInputs(rollup.input, options),
      }
    },
    outputOptions(out) {
      if (ssr)
        return null
      return { ...out, manualChunks }
    },
    // After every other plugin's generateBundle: Vite's own put its preload map at the top of the
    // entry there, and the compile hint must be a file's first line.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        if (ssr) {
          const sheets = Object.values(bundle).filter(a => a.type === 'asset' && a.fileName.endsWith('.css'))
          if (sheets.length !== 1)
            throw new Error(`clientEntryPlugin: expected one stylesheet from the server build, got ${sheets.length}`)
          css = sheets[0]!.fileName
          return
        }
        // The islands' own styles are in the server build's stylesheet already (it renders them too).
        for (const [name, asset] of Object.entries(bundle)) {
          if (asset.type === 'asset' && name.endsWith('.css'))
            delete bundle[name]
        }
        const chunk = Object.values(bundle).find(c => c.type === 'chunk' && c.isEntry && c.name === 'entry')
        if (!chunk || chunk.type !== 'chunk')
          throw new Error('clientEntryPlugin: the client build produced no `entry` chunk')
        entry = { file: chunk.fileName, imports: chunk.imports }
        // After minification (a comment would not survive it), so the file names' hashes are of the
        // code without the hint: the same line on every chunk, which changes nothing they do.
        for (const c of Object.values(bundle)) {
          if (c.type === 'chunk')
            withCompileHint(c)
        }
      },
    },
    writeBundle(out, bundle) {
      if (!ssr)
        return
      // The stylesheet and what it refers to (images, fonts) go to the site; the server's JS stays.
      const site = config.vitepress?.outDir
      if (!site || !out.dir)
        throw new Error('clientEntryPlugin: no VitePress site config in the server build')
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset')
          continue
        mkdirSync(dirname(join(site, asset.fileName)), { recursive: true })
        copyFileSync(join(out.dir, asset.fileName), join(site, asset.fileName))
      }
    },
    output() {
      if (!entry || !css)
        throw new Error('clientEntryPlugin: the HTML is being rendered before both builds finished')
      return { ...entry, css }
    },
  }
}

/**
 * VitePress's inline script with the hash map and the whole site data (themeConfig with the sidebar
 * of every page): only its router read it, and there is no router on a built page.
 */
const SITE_DATA_SCRIPT = /<script>window\.__VP_HASH_MAP__=[\s\S]*?<\/script>/g

/** VitePress's stylesheet link, which it writes only when the client build has CSS (ours has none). */
const VITEPRESS_STYLESHEET = /<link rel="preload stylesheet" href="[^"]*\/assets\/[^"]*\.css" as="style">/

/** VitePress's two inline head scripts (the appearance class, the `mac` class), written after the stylesheets. */
const HEAD_SCRIPTS = /<script id="check-(?:dark-mode|mac-os)">[\s\S]*?<\/script>\s*/g

/**
 * transformHtml: drop VitePress's site data; put VitePress's two inline head scripts, then our entry's
 * loader (entryLoader.ts), then the stylesheet, first in <head>.
 * - The inline scripts go before any stylesheet: a classic script after a pending stylesheet holds the
 *   parser until the stylesheet arrives; before it, it runs at once and the body is parsed meanwhile.
 * - The entry is not in the HTML: the loader fetches it after the first paint and holds the taps
 *   that come before it (the entry only carries the chrome's handlers and the islands loader).
 */
export function withClientEntry(html: string, out: ClientEntryOutput, base: string): string {
  const found = html.match(SITE_DATA_SCRIPT)?.length ?? 0
  if (found !== 1)
    throw new Error(`withClientEntry: expected VitePress's one __VP_HASH_MAP__ script in the page, found ${found}`)
  if (VITEPRESS_STYLESHEET.test(html))
    throw new Error('withClientEntry: VitePress linked a stylesheet of its own: the client build has CSS again')
  const generator = /<meta name="generator" content="VitePress v[^"]*">/
  if (!generator.test(html) || !html.includes('</head>'))
    throw new Error('withClientEntry: expected VitePress\'s generator <meta> and a </head> in the page')
  const headScripts = html.match(HEAD_SCRIPTS) ?? []
  if (headScripts.length !== 2)
    throw new Error(`withClientEntry: expected VitePress's two inline head scripts (check-dark-mode, check-mac-os), found ${headScripts.length}`)
  const early = [
    ...headScripts.map(s => s.trim()),
    entryLoaderTag(`${base}${out.file}`, out.imports.map(f => `${base}${f}`)),
    `<link rel="preload stylesheet" href="${base}${out.css}" as="style">`,
  ].join('\n    ')
  return html
    .replace(SITE_DATA_SCRIPT, '')
    .replace(HEAD_SCRIPTS, '')
    .replace(generator, m => `${m}\n    ${early}`)
}

/** The 404 page: VitePress writes it with an empty #app; ours is server-rendered like every page. */
export function withNotFoundContent(html: string, ctx: { page: string, content: string }): string {
  if (ctx.page !== '404.md')
    return html
  const EMPTY = '<div id="app"></div>'
  if (html.split(EMPTY).length !== 2)
    throw new Error('withNotFoundContent: expected VitePress\'s empty <div id="app"></div> in 404.html')
  return html.replace(EMPTY, () => `<div id="app">${ctx.content}</div>`)
}

/**
 * The page's speculation rules (JSON): prefetch a same-site page when the pointer rests on its link
 * (or on a press, where there is no hover). Chromium only. No prerender: one started on the press was
 * not ready by the click at 4× CPU, and the page it activated painted its heading 90–130 ms later than
 * a plain load of the prefetched page (DECISIONS, "No prerender on a press").
 */
export function speculationRules(base: string): string {
  return JSON.stringify({
    prefetch: [
      {
        where: { href_matches: `${base}*` },
        eagerness: 'moderate',
      },
    ],
  })
}

export const CLIENT_ENTRY = fileURLToPath(new URL('../../../components/client/entry.ts', import.meta.url))
