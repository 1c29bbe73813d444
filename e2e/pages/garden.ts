// The list of pages the e2e suite visits, read from the Markdown with the same scanner the build uses,
// so that a new page is tested without touching the specs.
import { fileURLToPath } from 'node:url'
import { buildContentIndex } from '../../.vitepress/node/content/index'

export interface GardenPage {
  route: string
  /** Relative URL for page.goto against a baseURL ending in '/'. */
  path: string
  title: string
  kind: string
}

export function gardenPages(): GardenPage[] {
  const scan = buildContentIndex(fileURLToPath(new URL('../../docs', import.meta.url)), 'docs')
  return Array.from(scan.pages.values(), p => ({
    route: p.route,
    path: p.route.slice(1) || './',
    title: p.title,
    kind: p.kind,
  }))
}
