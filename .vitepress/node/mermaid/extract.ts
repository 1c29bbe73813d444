// The ```mermaid fences of the content index, each with the file and line it opens on. The index
// parsed them with markdown-it (node/content/parse.ts), so a fence is read exactly as the markdown
// plugin will later see it.
import type { ContentIndex } from '../content/index'
import { isMermaidInfo } from './source'

export interface MermaidFence {
  /** Path as shown to the author, e.g. 'docs/notes/gitops.md'. */
  file: string
  /** 1-based line of the opening fence. */
  line: number
  code: string
}

export function mermaidFences(index: Pick<ContentIndex, 'parsed' | 'displayRoot'>): MermaidFence[] {
  return index.parsed.flatMap(page => page.fences
    .filter(f => isMermaidInfo(f.info))
    .map(f => ({ file: `${index.displayRoot}/${page.relativePath}`, line: f.line, code: f.code })))
}

export interface DiagramPage {
  /** 'notes/gitops.md' */
  rel: string
  /** Its number of ```mermaid fences. */
  fences: number
  /** Built file, 'notes/gitops.html'. */
  html: string
  /** Route relative to the base, for page.goto: 'notes/gitops', '' for the home page. */
  route: string
}

/** The pages that hold diagrams (the built-file checks and the browser tests go through these). */
export function diagramPages(index: Pick<ContentIndex, 'parsed' | 'displayRoot'>): DiagramPage[] {
  return index.parsed
    .map(p => ({ rel: p.relativePath, fences: mermaidFences({
      displayRoot: index.displayRoot,
      parsed: [p],
    }).length }))
    .filter(p => p.fences > 0)
    .map(p => ({
      ...p,
      html: p.rel.replace(/\.md$/, '.html'),
      route: p.rel.replace(/(?:^|\/)index\.md$/, '').replace(/\.md$/, ''),
    }))
}
