import type { RegistryEntry } from './registry'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { REGISTRY, UPSTREAM_COMPONENTS, upstreamDir, VITEPRESS_VERSION, vitepressAliases } from './registry'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const installedVersion = (JSON.parse(readFileSync(join(upstreamDir(), '../../package.json'), 'utf8')) as { version: string }).version

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)
}

function ours(e: RegistryEntry) {
  return e.kind === 'rewrite'
    ? e.plugin
    : e.file
}

/** What to do when VitePress changed a file we took over, written for the person upgrading. */
function checklist(e: RegistryEntry, now: string): string {
  return [
    `- ${e.upstream} (${e.kind}, ours: ${ours(e)}): sha256 ${e.sha256} (v${e.version}) → ${now} (v${installedVersion})`,
    `  1. diff it against v${e.version}'s: npm pack vitepress@${e.version} && tar xzf vitepress-${e.version}.tgz && git diff --no-index package/dist/client/${e.upstream} node_modules/vitepress/dist/client/${e.upstream}`,
    `  2. re-apply upstream's change to ${ours(e)}, keeping ours (why: ${e.why})`,
    `  3. set version: '${installedVersion}' and sha256: '${now}' in .vitepress/node/vitepress/registry.ts`,
  ].join('\n')
}

/** The replacement Vite picks for an import: the first alias whose pattern matches (@rollup/plugin-alias). */
function resolveAlias(id: string): string {
  const alias = vitepressAliases().find(a => a.find.test(id))
  return alias
    ? id.replace(alias.find, alias.replacement)
    : id
}

describe('rEGISTRY', () => {
  it('matches the installed VitePress version', () => {
    expect(installedVersion, 'package.json pins a VitePress other than the registry\'s VITEPRESS_VERSION').toBe(VITEPRESS_VERSION)
  })

  it('lists each upstream file we took over at the hash we derived from', () => {
    const changed = REGISTRY.flatMap((e) => {
      const path = join(upstreamDir(), e.upstream)
      if (!existsSync(path))
        return [`- ${e.upstream} (ours: ${ours(e)}): gone from the installed VitePress; find where it moved and re-merge`]
      const now = sha256(path)
      return now === e.sha256
        ? []
        : [
            checklist(e, now),
          ]
    })
    expect(changed, `VitePress changed files we took over. For each:\n${changed.join('\n')}\n`).toEqual([])
  })

  it('names each upstream file once per kind of takeover', () => {
    const keys = REGISTRY.map(e => `${e.kind} ${e.upstream}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it.each(REGISTRY.map(e => [
    ours(e),
    e,
  ] as const))('points at a file of ours that exists: %s', (file, e) => {
    expect(existsSync(join(ROOT, file))).toBe(true)
    expect(e.sha256).toMatch(/^[0-9a-f]{16}$/)
    expect(e.why.length).toBeGreaterThan(20)
  })

  it('aliases each replaced component by the name of its upstream file', () => {
    for (const e of REGISTRY) {
      if (e.kind === 'alias')
        expect(e.upstream).toBe(`theme-default/components/${e.component}.vue`)
    }
  })
})

describe('vitepressAliases', () => {
  const components = join(upstreamDir(), 'theme-default/components')

  it.each([
    ['VitePress\'s own relative import', './VPNavBar.vue', 'components/vp/NavBar.vue'],
    [
      'an absolute path',
      join(components, 'VPNavBar.vue'),
      'components/vp/NavBar.vue',
    ],
    ['a longer name that starts the same', '../components/VPNavBarHamburger.vue', 'components/vp/NavBarHamburger.vue'],
    ['the appearance switch', './VPSwitchAppearance.vue', 'components/layout/AppearanceSwitch.vue'],
    ['the sidebar', './VPSidebar.vue', 'components/layout/GardenSidebar.vue'],
  ])('maps %s to our file', (_, id, file) => {
    expect(resolveAlias(id)).toBe(join(ROOT, file))
  })

  it.each([
    ['a component we did not replace', './VPNavBarTitle.vue'],
    ['a component whose name only ends like ours', './MyVPNavBar.vue'],
    ['a non-component file', './VPNavBar.vue.map'],
  ])('leaves %s alone', (_, id) => {
    expect(resolveAlias(id)).toBe(id)
  })

  it('maps every alias entry\'s component to its file', () => {
    for (const e of REGISTRY) {
      if (e.kind === 'alias')
        expect(resolveAlias(`./${e.component}.vue`), e.component).toBe(join(ROOT, e.file))
    }
  })

  it('maps @vp-theme/X.vue into the installed theme\'s components folder', () => {
    expect(statSync(components).isDirectory()).toBe(true)
    const resolved = resolveAlias(`${UPSTREAM_COMPONENTS}VPSwitch.vue`)
    expect(resolved).toBe(join(components, 'VPSwitch.vue'))
    expect(existsSync(resolved)).toBe(true)
  })

  it('resolves every @vp-theme import of our replacements to an installed file', () => {
    const imports = REGISTRY.flatMap(e => e.kind === 'rewrite'
      ? []
      : [
          ...readFileSync(join(ROOT, e.file), 'utf8').matchAll(/from '(@vp-theme\/[^']+)'/g),
        ].map(m => m[1]!))
    expect(imports.length).toBeGreaterThan(0)
    for (const id of imports)
      expect(existsSync(resolveAlias(id)), id).toBe(true)
  })
})
