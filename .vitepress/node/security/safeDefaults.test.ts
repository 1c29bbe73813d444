// Safe by default, checked from the source: Mermaid renders with securityLevel 'strict' on every
// path, browser code makes markup from strings only where HTML_SINKS says why, and the dev server
// stays on localhost.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MERMAID_CONFIG } from '../../shared/mermaidTheme'
import { readSettings } from '../settings'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const read = (path: string) => readFileSync(join(root, path), 'utf8')

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) {
      return [
        'node_modules',
        'dist',
        'cache',
        'examples',
      ].includes(e.name)
        ? []
        : files(path, ext)
    }
    return ext.test(e.name)
      ? [path]
      : []
  })
}

/**
 * Every place browser code turns a string into markup — `v-html` in a template, `innerHTML`,
 * `insertAdjacentHTML`, `outerHTML` or `DOMParser` in a script — with the reason only build-generated or escaped
 * markup reaches it. Text from the index, the page or the reader goes in as text nodes elsewhere.
 */
const HTML_SINKS: Record<string, string> = {
  'components/garden/GardenMap.vue': 'v-html: the map SVG built at build time by .vitepress/node/map/mapSvg.ts from the content index; every title, label and route escaped there (escapeTemplateText); verbatim.test.ts builds hostile titles and reads them back as text',
  'components/layout/GardenSidebar.vue': 'v-html: the sidebar list built by .vitepress/shared/sidebarHtml.ts from node/nav.ts items (texts escaped in node/nav.ts, hrefs with escapeHtml)',
  '.vitepress/theme/index.ts': 'innerHTML: the constant REVEAL_CURRENT_SCRIPT (components/layout/sidebarChrome.ts), the Layout\'s last child',
  'components/client/search/dialog.ts': 'innerHTML: the constant DIALOG_HTML (results.ts); results and excerpts are built as text nodes',
  'components/client/search/results.ts': 'innerHTML of an inert <template>: decodes the escaped titles the built index stores, read back only as textContent',
  'components/client/zoom/viewer.ts': 'innerHTML: the constant TEMPLATE; the label goes in as textContent',
  'components/client/zoom/zoom.ts': 'insertAdjacentHTML: zoomButtonHtml() from .vitepress/shared/zoomButton.ts, the diagram name escaped with escapeHtml',
  'components/client/chrome/navigate.ts': 'DOMParser: a page of this site, fetched from its own origin (pageUrl) and swapped in only when it carries the same entry and stylesheets (parsePage), i.e. HTML this build wrote; scripts a parser inserts do not run, and the page\'s CSP still applies',
  'components/diagrams/MermaidDiagram.vue': 'innerHTML, dev server only: the SVG Mermaid renders from the author\'s fence with securityLevel strict (built pages carry the pre-rendered SVG instead)',
}

const SINK = /\bv-html\b|\.innerHTML\b|\binnerHTML:|\binsertAdjacentHTML\b|\.outerHTML\s*=|\bparseFromString\b/

describe('mermaid', () => {
  it('renders with securityLevel strict (no scripts, no HTML labels from diagram text)', () => {
    expect(MERMAID_CONFIG.securityLevel).toBe('strict')
  })

  it.each([
    ['.vitepress/node/mermaid/render.ts', /config: MERMAID_CONFIG/],
    ['components/diagrams/MermaidDiagram.vue', /mermaid\.initialize\(\{ \.\.\.MERMAID_CONFIG \}\)/],
  ])('%s initialises Mermaid with the shared configuration', (file, pattern) => {
    const source = read(file)
    expect(source).toMatch(pattern)
    expect(source).not.toMatch(/securityLevel/)
  })
})

describe('markup from strings', () => {
  const sources = [
    ...files('components', /\.(?:vue|ts)$/),
    ...files('.vitepress/theme', /\.(?:vue|ts)$/),
    ...files('.vitepress/shared', /\.ts$/),
    ...files('docs', /\.md$/),
  ].filter(f => !/\.test\.ts$|\.d\.ts$/.test(f))
  const users = sources.filter(f => SINK.test(read(f)))

  it('happens only where the list says why', () => {
    expect(users.filter(f => !(f in HTML_SINKS))).toEqual([])
  })

  it('lists no place that no longer does it', () => {
    expect(Object.keys(HTML_SINKS).filter(f => !users.includes(f))).toEqual([])
  })
})

describe('dev server', () => {
  it('listens on localhost unless HOST says otherwise', () => {
    expect(read('.vitepress/node/config.ts')).toMatch(/server:\s*\{[^}]*host:\s*settings\.host\b/)
    expect(readSettings({}, [], '/repo').host).toBe('localhost')
    expect(readSettings({ HOST: '0.0.0.0' }, [], '/repo').host).toBe('0.0.0.0')
  })
})
