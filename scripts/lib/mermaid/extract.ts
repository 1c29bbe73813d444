// Finds the ```mermaid fences of a Markdown file with the line each opens on, parsed by
// markdown-it itself, so a fence is read exactly as the markdown plugin will later see it.
import MarkdownIt from 'markdown-it'
import { isMermaidInfo } from '../../../.vitepress/shared/mermaidSource'

export interface MermaidFence {
  /** Path as shown to the author, e.g. 'docs/notes/gitops.md'. */
  file: string
  /** 1-based line of the opening fence. */
  line: number
  code: string
}

// VitePress's own options that matter for block structure (raw HTML blocks on).
const parser = new MarkdownIt({ html: true })

export function extractMermaid(source: string, file: string): MermaidFence[] {
  return parser.parse(source, {})
    .filter(t => t.type === 'fence' && isMermaidInfo(t.info))
    .map(t => ({ file, line: (t.map?.[0] ?? 0) + 1, code: t.content }))
}
