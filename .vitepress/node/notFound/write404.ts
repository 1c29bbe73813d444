// VitePress 1.6 writes 404.html with an empty app shell, so a reader without JavaScript sees a
// blank page. At build end this fills #app with the static Japanese 404 content and adds an inline
// script that empties #app again before the app starts, so Vue mounts into an empty container
// (no hydration mismatch) and renders the same content itself (NotFoundPage.vue).
import type { SiteConfig } from 'vitepress'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { notFoundHtml } from '../../shared/notFound'

const EMPTY_APP = '<div id="app"></div>'
const CLEAR_SCRIPT = '<script>document.getElementById("app").replaceChildren()</script>'

/** The 404 page's HTML with static content in #app; unchanged if #app is not empty. */
export function inject404(html: string, base: string): string {
  if (!html.includes(EMPTY_APP))
    return html
  return html.replace(EMPTY_APP, `<div id="app">${notFoundHtml(base)}</div>${CLEAR_SCRIPT}`)
}

/** Build-end step: 404.html with its static content (see buildEnd.ts). */
export function write404(siteConfig: Pick<SiteConfig, 'outDir' | 'site'>): void {
  const file = join(siteConfig.outDir, '404.html')
  writeFileSync(file, inject404(readFileSync(file, 'utf8'), siteConfig.site.base))
}
