// An errata callout for the book's mistakes: what the book says, what is right, and the source.
//   ::: errata backoffLimitの回数
//   - **本の記述**: …
//   - **正しくは**: …
//   - **出典**: [Jobs](https://kubernetes.io/…)
//   :::
// renders <aside class="errata custom-block" role="note"> with the title 「正誤：backoffLimitの回数」.
// A callout without the three labels is reported on the console at build time.
import type { MarkdownRenderer } from 'vitepress'
import containerPlugin from 'markdown-it-container'

// Typed against @types/markdown-it, which VitePress's bundled markdown-it types don't match.
const container = containerPlugin as unknown as (md: MarkdownRenderer, name: string, options: object) => void

export const ERRATA_LABELS = ['本の記述', '正しくは', '出典'] as const

export function errataPlugin(md: MarkdownRenderer): void {
  md.use(container, 'errata', {
    render(tokens: { info: string, nesting: number, map: [number, number] | null }[], idx: number, _opts: unknown, env: { relativePath?: string }) {
      const token = tokens[idx]!
      if (token.nesting !== 1)
        return '</aside>\n'
      const info = token.info.trim().slice('errata'.length).trim()
      const title = md.renderInline(info
        ? `正誤：${info}`
        : '正誤', {})
      const body = sourceOf(tokens, idx)
      const missing = ERRATA_LABELS.filter(label => !body.includes(label))
      if (missing.length > 0)
        console.warn(`[errata] ${env.relativePath ?? '(unknown file)'}: the callout lacks ${missing.map(l => `「${l}」`).join('')}`)
      return `<aside class="errata custom-block" role="note" aria-label="${md.utils.escapeHtml(info
        ? `正誤：${info}`
        : '正誤')}"><p class="custom-block-title">${title}</p>\n`
    },
  })
}

/** Text of the inline tokens inside the container that opens at `idx`. */
function sourceOf(tokens: { nesting: number, info: string }[], idx: number): string {
  let depth = 0
  let text = ''
  for (let i = idx; i < tokens.length; i++) {
    const t = tokens[i] as { nesting: number, type?: string, content?: string }
    if (t.type === 'container_errata_open')
      depth++
    else if (t.type === 'container_errata_close' && --depth === 0)
      break
    if (t.type === 'inline')
      text += `${t.content}\n`
  }
  return text
}
