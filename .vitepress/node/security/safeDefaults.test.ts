// Safe by default, checked from the source: Mermaid renders with securityLevel 'strict' on every
// path, no template uses v-html outside the allowlist, and the dev server stays on localhost.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
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
 * Files allowed to use v-html, each with the reason. Only build-generated, sanitised markup may be
 * bound this way.
 */
const V_HTML_ALLOWLIST: Record<string, string> = {
  'components/search/LocalSearchBox.vue': 'VitePress\'s search box: section titles from the built index (escaped by clearHtmlTags/markdown-it) and excerpts rendered from our own built page modules',
  'components/garden/GardenMap.vue': 'the map SVG built at build time by .vitepress/data/mapSvg.ts from the content index; every title and route escaped there (escapeTemplateText)',
  'components/layout/GardenSidebar.vue': 'the sidebar list built by .vitepress/shared/sidebarHtml.ts from nav.ts items (texts escaped in nav.ts, hrefs with escapeHtml)',
}

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

describe('v-html', () => {
  it('is used only where the allowlist says why', () => {
    const sources = [
      ...files('components', /\.vue$/),
      ...files('.vitepress', /\.(?:vue|ts)$/),
      ...files('docs', /\.md$/),
    ]
    const users = sources.filter(f => /\bv-html\b/.test(read(f)) && !f.endsWith('.test.ts')).map(f => relative('.', f))
    expect(users.filter(f => !(f in V_HTML_ALLOWLIST))).toEqual([])
  })
})

describe('dev server', () => {
  it('listens on localhost unless HOST says otherwise', () => {
    expect(read('.vitepress/config.ts')).toMatch(/server:\s*\{[^}]*host:\s*settings\.host\b/)
    expect(readSettings({}, [], '/repo').host).toBe('localhost')
    expect(readSettings({ HOST: '0.0.0.0' }, [], '/repo').host).toBe('0.0.0.0')
  })
})
