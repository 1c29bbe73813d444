import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { upstreamDir } from '../vitepress/registry'
import { CLIENT_ENTRY, clientInputs, COMPILE_HINT, manualChunks, speculationRules, withClientEntry, withCompileHint, withNotFoundContent } from './clientEntry'
import { ENTRY_LOADER_SCRIPT } from './entryLoader'

const VP_APP = '/work/site/node_modules/vitepress/dist/client/app/index.js'
const OPTIONS = { entry: CLIENT_ENTRY }

describe('clientInputs', () => {
  it.each([
    [
      'a POSIX path',
      { 'app': VP_APP, 'notes_gitops.md': '/work/site/docs/notes/gitops.md', 'index.md': '/work/site/docs/index.md' },
    ],
    [
      'a Windows path',
      { app: 'C:\\site\\node_modules\\vitepress\\dist\\client\\app\\index.js' },
    ],
    [
      'no pages',
      { app: VP_APP },
    ],
  ])('replaces VitePress\'s inputs, given %s, with our entry alone', (_, input) => {
    expect(clientInputs(input, OPTIONS)).toEqual({ entry: CLIENT_ENTRY })
  })

  it.each([
    ['nothing', undefined],
    ['a string', VP_APP],
    [
      'an array',
      [VP_APP],
    ],
    [
      'the server entry',
      { app: '/work/site/node_modules/vitepress/dist/client/app/ssr.js' },
    ],
    [
      'another app',
      { app: '/work/site/node_modules/other/dist/client/app/index.js' },
    ],
    [
      'another key',
      { 'main': VP_APP, 'notes_プローブ.md': '/docs/notes/プローブ.md' },
    ],
  ])('throws, naming the expected shape, for %s', (_, input) => {
    expect(() => clientInputs(input, OPTIONS)).toThrow('expected { app: \'…/vitepress/dist/client/app/index.js\', …pages }')
  })

  it('says what it got', () => {
    expect(() => clientInputs({ main: 'x.js' }, OPTIONS)).toThrow('got {"main":"x.js"}')
  })
})

describe('manualChunks', () => {
  it.each([
    ['/site/node_modules/vue/dist/vue.runtime.esm-bundler.js', 'vue'],
    ['/site/node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js', 'vue'],
    ['/site/node_modules/@vue/runtime-dom/dist/runtime-dom.esm-bundler.js', 'vue'],
    ['/site/node_modules/@vue/reactivity/dist/reactivity.esm-bundler.js', 'vue'],
    ['C:\\site\\node_modules\\@vue\\runtime-core\\dist\\runtime-core.esm-bundler.js', 'vue'],
    ['/site/node_modules/@vue/server-renderer/dist/server-renderer.esm-bundler.js', undefined],
    ['/site/node_modules/@vueuse/core/index.mjs', undefined],
    ['/site/node_modules/vue-router/dist/vue-router.mjs', undefined],
    ['/site/components/simulators/DrainSimulator.vue', undefined],
    ['/site/components/client/vueRuntime.ts', undefined],
  ])('puts %s in chunk %s', (id, chunk) => {
    expect(manualChunks(id)).toBe(chunk)
  })
})

// VitePress's renderPage output for a page, trimmed to what the rewrite touches.
const SITE_DATA = `<script>window.__VP_HASH_MAP__=JSON.parse("{\\"notes_gitops.md\\":\\"abc\\"}");window.__VP_SITE_DATA__=JSON.parse("{\\"title\\":\\"知識地図ノート\\"}");</script>`
function vitepressHtml({ base = '/', siteData = SITE_DATA, stylesheet = '', generator = true, sidebar = '', macScript = true } = {}): string {
  return `<!DOCTYPE html>
<html lang="ja-JP" dir="ltr">
  <head>
    <meta charset="utf-8">
    <title>GitOpsとArgo CD | 知識地図ノート</title>
    ${generator ? '<meta name="generator" content="VitePress v1.6.4">' : ''}
    ${stylesheet}
    <link rel="preload stylesheet" href="${base}vp-icons.css" as="style">
    <script id="check-dark-mode">;(() => {})()</script>
    ${macScript ? '<script id="check-mac-os">document.documentElement.classList.toggle(\'mac\', false)</script>' : ''}
    <script type="application/ld+json">{"headline":"GitOpsとArgo CD"}</script>
  </head>
  <body>
    <div id="app">${sidebar}<h1>GitOpsとArgo CD</h1></div>
    ${siteData}
  </body>
</html>`
}
const OUT = {
  file: 'assets/entry.Ab12_-.js',
  imports: ['assets/chunks/vue.Cd34.js', 'assets/chunks/shared.Ef56.js'],
  css: 'assets/style.Gh78.css',
}

describe('withClientEntry', () => {
  it.each(['/', '/garden/'])('drops VitePress\'s site data and adds our stylesheet and entry loader under base %s', (base) => {
    const html = withClientEntry(vitepressHtml({ base }), OUT, base)
    expect(html).not.toContain('__VP_HASH_MAP__')
    expect(html).not.toContain('__VP_SITE_DATA__')
    expect(html).toContain([
      '<meta name="generator" content="VitePress v1.6.4">',
      '    <script id="check-dark-mode">;(() => {})()</script>',
      '    <script id="check-mac-os">document.documentElement.classList.toggle(\'mac\', false)</script>',
      `    <script data-entry="${base}assets/entry.Ab12_-.js" data-imports="${base}assets/chunks/vue.Cd34.js ${base}assets/chunks/shared.Ef56.js">${ENTRY_LOADER_SCRIPT}</script>`,
      `    <link rel="preload stylesheet" href="${base}assets/style.Gh78.css" as="style">`,
    ].join('\n'))
    // The entry itself is fetched by the loader after the first paint, never by the HTML.
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*modulepreload/)
  })

  it('keeps everything else of the page', () => {
    const before = vitepressHtml()
    const after = withClientEntry(before, { ...OUT, imports: [] }, '/')
    const lines = (s: string) => s.split('\n').map(l => l.trim()).filter(Boolean)
    expect(lines(after).filter(l => !lines(before).includes(l))).toEqual([
      `<script data-entry="/assets/entry.Ab12_-.js">${ENTRY_LOADER_SCRIPT}</script>`,
      '<link rel="preload stylesheet" href="/assets/style.Gh78.css" as="style">',
    ])
    expect(lines(before).filter(l => !lines(after).includes(l))).toEqual([SITE_DATA])
  })

  it('puts VitePress\'s inline head scripts and the loader before every stylesheet, each once', () => {
    // A classic script after a pending stylesheet holds the parser until the stylesheet arrives.
    const html = withClientEntry(vitepressHtml(), OUT, '/')
    const head = html.slice(0, html.indexOf('</head>'))
    const firstSheet = head.indexOf('rel="preload stylesheet"')
    for (const open of ['<script id="check-dark-mode">', '<script id="check-mac-os">', '<script data-entry='])
      expect(head.split(open)).toHaveLength(2)
    expect(head.lastIndexOf('<script id="check-')).toBeLessThan(firstSheet)
    expect(head.indexOf('<script data-entry=')).toBeLessThan(firstSheet)
  })

  it('throws when VitePress\'s inline head scripts change', () => {
    expect(() => withClientEntry(vitepressHtml({ macScript: false }), OUT, '/')).toThrow('two inline head scripts')
  })

  it('never holds the first paint: no render-blocking link, even on a page with the sidebar', () => {
    // A frame of a half-arrived page is fine: its chrome does not move when the rest arrives
    // (e2e/behaviour/arriving.spec.ts), so no browser needs to hold its first paint.
    const withSidebar = withClientEntry(vitepressHtml({ sidebar: '<nav id="VPSidebarNav"></nav>' }), OUT, '/')
    expect(withSidebar).not.toMatch(/blocking=|rel="expect"/)
  })

  it.each([
    ['missing', '', 'found 0'],
    ['duplicated', SITE_DATA + SITE_DATA, 'found 2'],
  ])('throws when VitePress\'s site data script is %s', (_, siteData, message) => {
    expect(() => withClientEntry(vitepressHtml({ siteData }), OUT, '/')).toThrow(message)
  })

  it('throws when VitePress linked a stylesheet of its own', () => {
    const stylesheet = '<link rel="preload stylesheet" href="/garden/assets/style.Zz99.css" as="style">'
    expect(() => withClientEntry(vitepressHtml({ base: '/garden/', stylesheet }), OUT, '/garden/')).toThrow('VitePress linked a stylesheet')
  })

  it('throws without VitePress\'s generator <meta> to place the stylesheet after', () => {
    expect(() => withClientEntry(vitepressHtml({ generator: false }), OUT, '/')).toThrow('generator <meta>')
  })
})

describe('withNotFoundContent', () => {
  const empty = '<body>\n    <div id="app"></div>\n  </body>'
  const content = '<div class="NotFound"><h1>ページが見つからない</h1><p>$&amp; と $1 はそのまま</p></div>'

  it('fills the 404 page\'s empty #app with its server-rendered content, as it is', () => {
    expect(withNotFoundContent(empty, { page: '404.md', content })).toBe(`<body>\n    <div id="app">${content}</div>\n  </body>`)
  })

  it('leaves other pages alone', () => {
    expect(withNotFoundContent(empty, { page: 'notes/gitops.md', content })).toBe(empty)
  })

  it.each([
    ['no empty #app', '<div id="app"><p>x</p></div>'],
    ['two', '<div id="app"></div><div id="app"></div>'],
  ])('throws on a 404 page with %s', (_, html) => {
    expect(() => withNotFoundContent(html, { page: '404.md', content })).toThrow('<div id="app"></div>')
  })
})

describe('withCompileHint', () => {
  it('puts the hint on a line of its own before the code, and shifts the source map by that line', () => {
    const chunk = {
      code: 'export const a=1;',
      map: { mappings: 'AAAA' },
    }
    withCompileHint(chunk)
    expect(chunk.code).toBe(`${COMPILE_HINT}\nexport const a=1;`)
    expect(chunk.map.mappings).toBe(';AAAA')
  })

  it('adds it once, and needs no source map', () => {
    const chunk = { code: 'x()', map: null }
    withCompileHint(chunk)
    withCompileHint(chunk)
    expect(chunk.code.split(COMPILE_HINT).length - 1).toBe(1)
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
  })
})

describe('speculationRules', () => {
  it.each(['/', '/garden/'])('prefetches on hover (or press), pages under %s only, and prerenders nothing', (base) => {
    expect(JSON.parse(speculationRules(base))).toEqual({
      prefetch: [
        {
          where: { href_matches: `${base}*` },
          eagerness: 'moderate',
        },
      ],
    })
  })
})

describe('the installed VitePress', () => {
  const dir = join(upstreamDir(), '../node')
  const chunk = readdirSync(dir)
    .filter(f => f.endsWith('.js'))
    .map(f => readFileSync(join(dir, f), 'utf8'))
    .find(code => code.includes('function renderPage'))

  it('has one build chunk with renderPage', () => {
    expect(chunk, `no file under ${dir} defines renderPage: VitePress's build moved; re-check clientEntry.ts`).toBeDefined()
  })

  /* eslint-disable no-template-curly-in-string -- snippets of VitePress's source, not templates */
  it.each<[string, string | RegExp]>([
    ['clientInputs: the client build\'s input is { app: APP_PATH/index.js, …pages }', /app: [\w$]+\.resolve\(APP_PATH, ssr \? "ssr\.js" : "index\.js"\),\s*\.\.\.input/],
    ['clientInputs: APP_PATH is dist/client/app', /const APP_PATH = [\w$]+\(DIST_CLIENT_PATH, "app"\)/],
    ['the HTML has no app script: VitePress\'s app chunk is the entry whose module ends in .js (ours is .ts)', 'chunk.isEntry && chunk.facadeModuleId?.endsWith(".js")'],
    ['withClientEntry: the site data is an inline script starting with the hash map', 'const metadataContent = `window.__VP_HASH_MAP__='],
    ['withClientEntry: …written into the page as <script>…</script>', 'html: `<script>${metadataContent}<\\/script>`'],
    ['withClientEntry: the generator <meta>', '<meta name="generator" content="VitePress v${version}">'],
    ['withClientEntry: VitePress\'s own stylesheet link, detected if it comes back', '<link rel="preload stylesheet" href="${siteData.base}${cssChunk.fileName}" as="style">'],
    ['withNotFoundContent: the 404 page\'s #app is left empty', '<div id="app">${page === "404.md" ? "" : content}</div>'],
    ['clientEntryPlugin.config: the server build emits assets only in MPA mode', 'ssrEmitAssets: config.mpa'],
  /* eslint-enable no-template-curly-in-string */
  ])('still has what %s relies on', (what, snippet) => {
    const found = typeof snippet === 'string'
      ? chunk?.includes(snippet)
      : snippet.test(chunk ?? '')
    expect(found, `VitePress's renderPage chunk no longer has ${String(snippet)}. ${what}: re-check .vitepress/node/islands/clientEntry.ts against the new VitePress`).toBe(true)
  })

  it('writes the two inline head scripts withClientEntry moves before the stylesheet', () => {
    const all = readdirSync(dir).filter(f => f.endsWith('.js')).map(f => readFileSync(join(dir, f), 'utf8')).join('\n')
    for (const id of ['check-dark-mode', 'check-mac-os'])
      expect(all, `VitePress no longer writes <script id="${id}">: re-check HEAD_SCRIPTS in clientEntry.ts`).toContain(`{ id: "${id}" }`)
  })

  it('leaves our entry out of its app chunk search: the entry is a .ts module', () => {
    expect(CLIENT_ENTRY).toMatch(/[\\/]components[\\/]client[\\/]entry\.ts$/)
  })
})
