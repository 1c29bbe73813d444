// Everything we take over from VitePress, in one place (the model: Starlight's schemas/components.ts).
// Each entry names the upstream file (under vitepress/dist/client/), the version and SHA-256 prefix
// of the file it was derived from, what we do with it and why. config.ts builds its Vite aliases from
// the `alias` entries; registry.test.ts hashes the installed files and, when VitePress changed one,
// fails with the re-merge checklist. The output rewrites also throw when their pattern stops matching.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Touchpoint
  /** A component replaced through a Vite alias by a file of ours. */
  = | { kind: 'alias', component: string, file: string }
  /** A module whose behaviour we reimplemented (nothing of it runs on a built page). */
    | { kind: 'reimplemented', file: string }
  /** A build input or output of VitePress's that a plugin of ours rewrites. */
    | { kind: 'rewrite', plugin: string }

export type RegistryEntry = Touchpoint & {
  /** Path of the upstream file under vitepress/dist/client/. */
  upstream: string
  /** VitePress version and SHA-256 (first 16 hex digits) of the upstream file we derived from. */
  version: string
  sha256: string
  why: string
}

export const VITEPRESS_VERSION = '1.6.4'

const ours = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))

export const REGISTRY: RegistryEntry[] = [
  {
    kind: 'rewrite',
    plugin: '.vitepress/node/islands/clientEntry.ts',
    upstream: 'app/index.js',
    version: VITEPRESS_VERSION,
    sha256: '8532157ba3491281',
    why: 'The client build\'s entry (the SPA: router + whole theme, hydrating every page) is replaced by our page runtime, fetched after the first paint by an inline loader; the HTML loses VitePress\'s inline site data, and VitePress\'s two inline head scripts (check-dark-mode, check-mac-os) move before the stylesheet so they never hold the parser. Checked: the input shape ({ app, …pages }), the __VP_HASH_MAP__ script and the two head scripts, each throws when changed; clientEntry.test.ts reads them in the installed VitePress.',
  },
  {
    kind: 'reimplemented',
    file: 'components/client/chrome/copyCode.ts',
    upstream: 'app/composables/copyCode.js',
    version: VITEPRESS_VERSION,
    sha256: 'cf67130cd8b0dd2b',
    why: 'The code blocks\' copy button, which VitePress\'s app wires; a built page has no app.',
  },
  {
    kind: 'alias',
    component: 'VPNavBar',
    file: 'components/vp/NavBar.vue',
    upstream: 'theme-default/components/VPNavBar.vue',
    version: VITEPRESS_VERSION,
    sha256: '11be159070def9f0',
    why: 'A copy whose classes are computed, not set after mount: the server HTML has `has-sidebar` (without it the bar jumped 128 px at 1280 px).',
  },
  {
    kind: 'alias',
    component: 'VPNavBarHamburger',
    file: 'components/vp/NavBarHamburger.vue',
    upstream: 'theme-default/components/VPNavBarHamburger.vue',
    version: VITEPRESS_VERSION,
    sha256: '1bd1c0a8dc5965a0',
    why: 'A plain button that opens the sidebar drawer (one menu on a phone); its styles are upstream\'s.',
  },
  {
    kind: 'alias',
    component: 'VPNavScreen',
    file: 'components/vp/NavScreen.vue',
    upstream: 'theme-default/components/VPNavScreen.vue',
    version: VITEPRESS_VERSION,
    sha256: 'b7752cafb6eb1042',
    why: 'Renders nothing: its links and the theme switch are in the sidebar drawer.',
  },
  {
    kind: 'alias',
    component: 'VPNavBarSearch',
    file: 'components/vp/NavBarSearch.vue',
    upstream: 'theme-default/components/VPNavBarSearch.vue',
    version: VITEPRESS_VERSION,
    sha256: '795e665935b18538',
    why: 'Only the button (upstream VPNavBarSearchButton); the dialog is ours (components/client/search/).',
  },
  {
    kind: 'alias',
    component: 'VPSwitchAppearance',
    file: 'components/layout/AppearanceSwitch.vue',
    upstream: 'theme-default/components/VPSwitchAppearance.vue',
    version: VITEPRESS_VERSION,
    sha256: '74fa57e311eb13d5',
    why: 'Named in the server HTML and switched by components/client/chrome/theme.ts.',
  },
  {
    kind: 'alias',
    component: 'VPLocalNav',
    file: 'components/vp/LocalNav.vue',
    upstream: 'theme-default/components/VPLocalNav.vue',
    version: VITEPRESS_VERSION,
    sha256: 'b4cf741e1157c52d',
    why: 'The outline from build-time headings, so the label is final in the server HTML (upstream says 「ページの先頭へ」 until mount).',
  },
  {
    kind: 'reimplemented',
    file: 'components/vp/LocalNav.vue',
    upstream: 'theme-default/components/VPLocalNavOutlineDropdown.vue',
    version: VITEPRESS_VERSION,
    sha256: '23c5de54dbf117ee',
    why: 'Merged into our LocalNav (its markup and styles); opened by components/client/chrome/popups.ts.',
  },
  {
    kind: 'alias',
    component: 'VPDocAsideOutline',
    file: 'components/vp/DocAsideOutline.vue',
    upstream: 'theme-default/components/VPDocAsideOutline.vue',
    version: VITEPRESS_VERSION,
    sha256: 'ee4c517afde327da',
    why: 'The aside outline in the server HTML (upstream fills it after mount); the current link is set by components/client/chrome/sections.ts.',
  },
  {
    kind: 'reimplemented',
    file: 'components/vp/OutlineItems.vue',
    upstream: 'theme-default/components/VPDocOutlineItem.vue',
    version: VITEPRESS_VERSION,
    sha256: '2d81899f0243b1c3',
    why: 'The outline\'s nested list without scoped styles: rendered recursively on the server, the scoped component wrote its scope attribute twice on each nested list (html-validate no-dup-attr).',
  },
  {
    kind: 'alias',
    component: 'VPBackdrop',
    file: 'components/vp/Backdrop.vue',
    upstream: 'theme-default/components/VPBackdrop.vue',
    version: VITEPRESS_VERSION,
    sha256: 'd3b54d16fbca095f',
    why: 'Always in the HTML, hidden; shown by the drawer\'s script.',
  },
  {
    kind: 'alias',
    component: 'VPSidebar',
    file: 'components/layout/GardenSidebar.vue',
    upstream: 'theme-default/components/VPSidebar.vue',
    version: VITEPRESS_VERSION,
    sha256: '5f5b9b344ce55683',
    why: 'Chapters as <details> in one HTML string (no component per link), the phone\'s site links, and the current link scrolled into view before the first paint.',
  },
  {
    kind: 'alias',
    component: 'VPDocFooterLastUpdated',
    file: 'components/layout/LastUpdated.vue',
    upstream: 'theme-default/components/VPDocFooterLastUpdated.vue',
    version: VITEPRESS_VERSION,
    sha256: 'f05ac4c1e65088ac',
    why: 'The date formatted at build time in JST instead of by Intl after mount.',
  },
]

/** The installed VitePress's dist/client folder (what `upstream` paths are relative to). */
export function upstreamDir(): string {
  // 'vitepress' resolves to dist/node/index.js.
  return join(dirname(createRequire(import.meta.url).resolve('vitepress')), '../client')
}

/** Where our replacements import the upstream components they still render from (`@vp-theme/X.vue`). */
export const UPSTREAM_COMPONENTS = '@vp-theme/'

/**
 * Vite aliases: any import of a replaced upstream component resolves to ours (the `alias` entries),
 * and `@vp-theme/X.vue` to VitePress's own component X (the type check sees those as components,
 * components/vp/upstream.d.ts: their own imports are untyped).
 */
export function vitepressAliases(entries: readonly RegistryEntry[] = REGISTRY): { find: RegExp, replacement: string }[] {
  const components = join(upstreamDir(), 'theme-default/components/')
  return [
    ...entries.flatMap(e => e.kind === 'alias'
      ? [
          {
            find: new RegExp(`^.*/${e.component}\\.vue$`),
            replacement: ours(e.file),
          },
        ]
      : []),
    { find: /^@vp-theme\/(.*)$/, replacement: `${components}$1` },
  ]
}
