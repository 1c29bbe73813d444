// Holds the current content scan for one VitePress process. In a build it is computed once and every
// error fails the build; in dev it is recomputed when a Markdown file changes, and errors are logged
// (the wikilink plugin still throws into Vite's overlay for the page being edited).
import type { Plugin } from 'vite'
import type { ContentScan } from './scan'
import { formatError } from './parse'
import { ContentCheckError, findOrphans, scanContent } from './scan'

export interface GardenStore {
  readonly scan: ContentScan
  /** Throws ContentCheckError listing every error. */
  assertValid: () => void
  vitePlugin: () => Plugin
}

export function createGardenStore(srcDir: string): GardenStore {
  let current = scanContent(srcDir)
  const store: GardenStore = {
    get scan() {
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
          current = scanContent(srcDir)
          for (const e of current.errors)
            server.config.logger.error(`[garden] ${formatError(e)}`)
        }
        server.watcher.on('add', refresh).on('change', refresh).on('unlink', refresh)
      },
    }),
  }
  return store
}

export function orphanWarnings(scan: ContentScan): string[] {
  return findOrphans(scan.graph).map(id => `[garden] no page links to ${scan.pages.get(id)?.route ?? id}`)
}
