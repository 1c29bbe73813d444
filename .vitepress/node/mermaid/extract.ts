// The ```mermaid fences of the content index, each with the file and line it opens on. The index
// parsed them with markdown-it (node/content/parse.ts), so a fence is read exactly as the markdown
// plugin will later see it.
import type { ContentIndex } from '../content/index'
import { isMermaidInfo } from '../../shared/mermaidSource'

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
