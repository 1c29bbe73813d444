import { readFileSync } from 'node:fs'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it, vi } from 'vitest'
import { errataPlugin } from './errata'

async function render(src: string) {
  disposeMdItInstance()
  const md = await createMarkdownRenderer('/tmp', {
    config: md => md.use(errataPlugin),
  })
  return md.render(src, { relativePath: 'notes/test.md', cleanUrls: true })
}

const body = '- **本の記述**: `backoffLimit-1` 回\n- **正しくは**: N回\n- **出典**: [Jobs](https://kubernetes.io/docs/concepts/workloads/controllers/job/)'

describe('errataPlugin', () => {
  it.each([
    ['::: errata backoffLimitの回数', '正誤：backoffLimitの回数'],
    ['::: errata', '正誤'],
  ])('renders %j with the title %j', async (open, title) => {
    const html = await render(`${open}\n${body}\n:::`)
    expect(html).toContain(`<aside class="errata custom-block" role="note" aria-label="${title}"><p class="custom-block-title">${title}</p>`)
    expect(html).toContain('<strong>本の記述</strong>')
    expect(html).toContain('</aside>')
  })

  it('warns about a callout without the three labels', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await render('::: errata\n誤りがある。\n:::')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('「本の記述」「正しくは」「出典」'))
    warn.mockRestore()
  })

  it('keeps each label on the line of its text', async () => {
    const html = await render(`::: errata\n${body}\n:::`)
    // The label and the colon that follows it are adjacent inline content of the same list item.
    expect(html).toContain('<li><strong>本の記述</strong>: <code>backoffLimit-1</code> 回</li>')
    // …and the theme must not turn the label into a block, which pushed ": text" onto the next line.
    const css = readFileSync(new URL('../../theme/reading.css', import.meta.url), 'utf8')
    const rule = /\.errata\.custom-block li > strong:first-child\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''
    expect(rule).not.toMatch(/display\s*:\s*(?:block|flex|grid)/)
  })
})
