// Holds the content index for one VitePress process. In a build it is computed once and every error
// fails the build; in dev it is recomputed when a Markdown file changes, and errors are logged (the
// wikilink plugin still throws into Vite's overlay for the page being edited).
// VitePress bundles config.ts and each *.data.ts loader separately (each gets its own copy of this
// module), so the store is registered on globalThis under its content folder: the loaders find the
// settings and the index createConfig() (node/config.ts) made for the build VitePress is running.
import type { Plugin } from 'vite'
import type { SiteConfig } from 'vitepress'
import type { Settings } from '../settings'
import type { ContentIndex } from './index'
import { resolve } from 'node:path'
import { buildContentIndex, ContentCheckError, findOrphans } from './index'
import { formatError } from './parse'

export interface GardenStore {
  /** The settings it was made with (a data loader's settings: gardenSettings()). */
  readonly settings: Settings
  readonly index: ContentIndex
  /** Re-reads the content folder (dev: after a file changed). */
  refresh: () => ContentIndex
  /** Throws ContentCheckError listing every error. */
  assertValid: () => void
  vitePlugin: () => Plugin
}

const REGISTRY = Symbol.for('k8s-chizu-notes:garden-store')
type Registry = Map<string, GardenStore>

function registry(): Registry {
  const g = globalThis as { [REGISTRY]?: Registry }
  g[REGISTRY] ??= new Map()
  return g[REGISTRY]
}

export function createGardenStore(settings: Settings): GardenStore {
  const { srcPath, displayRoot } = settings
  let current = buildContentIndex(srcPath, displayRoot)
  const store: GardenStore = {
    settings,
    get index() {
      return current
    },
    refresh() {
      current = buildContentIndex(srcPath, displayRoot)
      return current
    },
    assertValid() {
      if (current.errors.length > 0)
        throw new ContentCheckError(current.errors)
    },
    vitePlugin: () => ({
      name: 'garden:content-index',
      configureServer(server) {
        const refresh = (file: string) => {
          if (!file.endsWith('.md'))
            return
          for (const e of store.refresh().errors)
            server.config.logger.error(`[garden] ${formatError(e)}`)
        }
        server.watcher.on('add', refresh).on('change', refresh).on('unlink', refresh)
      },
    }),
  }
  registry().set(srcPath, store)
  return store
}

/**
 * The settings of the build VitePress is running, for a *.data.ts loader (it has no environment of its
 * own: a fixture build in a test passes its settings to createConfig(), not through process.env).
 * VitePress sets globalThis.VITEPRESS_CONFIG, its resolved config, before it loads any loader (the data
 * loading guide's way to reach the config); the store createConfig() made is registered under the same
 * content folder. One VitePress build or server at a time per process, as VitePress itself assumes.
 */
export function gardenSettings(): Settings {
  const config = (globalThis as { VITEPRESS_CONFIG?: Pick<SiteConfig, 'srcDir'> }).VITEPRESS_CONFIG
  if (!config)
    throw new Error('gardenSettings() is for *.data.ts loaders: VitePress has not resolved a config in this process')
  const store = registry().get(resolve(config.srcDir))
  if (!store)
    throw new Error(`no garden for ${config.srcDir}: the config must come from createConfig() (.vitepress/node/config.ts)`)
  return store.settings
}

/**
 * The index for a data loader: in a build, the one createConfig() built (read once per build); in dev,
 * read afresh, because a loader re-runs exactly when a Markdown file changed.
 */
export function contentIndexFor(settings: Pick<Settings, 'srcPath' | 'isBuild'>): ContentIndex {
  const store = registry().get(settings.srcPath)
  if (!store)
    throw new Error(`no garden for ${settings.srcPath}: the config must come from createConfig() (.vitepress/node/config.ts)`)
  return settings.isBuild
    ? store.index
    : store.refresh()
}

export function orphanWarnings(index: ContentIndex): string[] {
  return findOrphans(index.graph).map(id => `[garden] no page links to ${index.pages.get(id)?.route ?? id}`)
}
