// Holds the content index for one VitePress process. In a build it is computed once and every error
// fails the build; in dev it is recomputed when a Markdown file changes, and errors are logged (the
// wikilink plugin still throws into Vite's overlay for the page being edited).
// VitePress bundles config.ts and each *.data.ts loader separately (each gets its own copy of this
// module), so the store is registered on globalThis: the loaders read the index config.ts built.
import type { Plugin } from 'vite'
import type { Settings } from '../settings'
import type { ContentIndex } from './index'
import { buildContentIndex, ContentCheckError, findOrphans } from './index'
import { formatError } from './parse'

export interface GardenStore {
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

export function createGardenStore(settings: Pick<Settings, 'srcPath' | 'displayRoot'>): GardenStore {
  const { srcPath, displayRoot } = settings
  let current = buildContentIndex(srcPath, displayRoot)
  const store: GardenStore = {
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
 * The index for a data loader: in a build, the one config.ts built (read once per build); in dev,
 * read afresh, because a loader re-runs exactly when a Markdown file changed.
 */
export function contentIndexFor(settings: Pick<Settings, 'srcPath' | 'displayRoot' | 'isBuild'>): ContentIndex {
  const store = registry().get(settings.srcPath) ?? createGardenStore(settings)
  return settings.isBuild
    ? store.index
    : store.refresh()
}

export function orphanWarnings(index: ContentIndex): string[] {
  return findOrphans(index.graph).map(id => `[garden] no page links to ${index.pages.get(id)?.route ?? id}`)
}
