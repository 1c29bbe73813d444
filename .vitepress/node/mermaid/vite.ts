// Serves `virtual:mermaid-diagrams.css` (imported once by the theme): the colour mapping and box
// styles of .vitepress/theme/mermaid.css, plus — in a build — the rules Mermaid would have put in a
// <style> inside each SVG (Vue drops those), de-duplicated across all diagrams of the site.
import type { Plugin } from 'vite'
import type { MermaidDiagrams } from './prerender'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const MERMAID_CSS_ID = 'virtual:mermaid-diagrams.css'
// Resolved like a real file path ending in .css, so Vite's CSS pipeline (and HMR) treats it as CSS.
const RESOLVED_ID = '/@garden/mermaid-diagrams.css'
const STATIC_CSS = fileURLToPath(new URL('../../theme/mermaid.css', import.meta.url))

/** @param diagrams The pre-render's result in a build; undefined in dev (each SVG keeps its own <style>). */
export function mermaidCssPlugin(diagrams?: MermaidDiagrams): Plugin {
  return {
    name: 'garden:mermaid-css',
    resolveId: id => id === MERMAID_CSS_ID
      ? RESOLVED_ID
      : undefined,
    load(id) {
      if (id !== RESOLVED_ID)
        return undefined
      this.addWatchFile(STATIC_CSS)
      return `${readFileSync(STATIC_CSS, 'utf8')}\n${diagrams?.css ?? ''}\n`
    },
  }
}
