// Code lines that wrap on a phone keep their place in the structure: each highlighted line carries
// its indentation as a CSS variable, and theme/blocks.css wraps YAML, text and shell blocks below
// 640 px with a hanging indent from it, so a YAML comment or a long kubectl command stays on screen
// without scrolling sideways. Only the markup's style changes: the text, and so what the copy button
// copies, is exactly the file's.
//   "    image: nginx  # 説明"  →  <span class="line" style="--indent:4">…</span>
import type { MarkdownOptions } from 'vitepress'

type ShikiTransformer = NonNullable<MarkdownOptions['codeTransformers']>[number]
interface HastNode { type: string, value?: string, children?: HastNode[] }

function textOf(node: HastNode): string {
  return node.type === 'text'
    ? node.value ?? ''
    : (node.children ?? []).map(textOf).join('')
}

/** Leading spaces of a line, a tab counting as 4 (the blocks' tab-size). */
export function indentOf(line: string): number {
  let width = 0
  for (const ch of line) {
    if (ch === ' ')
      width += 1
    else if (ch === '\t')
      width += 4
    else
      break
  }
  return width
}

export function hangingIndentTransformer(): ShikiTransformer {
  return {
    name: 'garden:hanging-indent',
    line(node) {
      const indent = indentOf(textOf(node as HastNode))
      if (indent > 0)
        node.properties.style = `--indent:${indent}`
    },
  }
}
