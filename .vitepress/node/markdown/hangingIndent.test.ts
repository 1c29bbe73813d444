import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { hangingIndentTransformer, indentOf } from './hangingIndent'

describe('indentOf', () => {
  it.each([
    ['apiVersion: v1', 0],
    ['    image: nginx  # 説明', 4],
    ['\t- name: a', 4],
    ['', 0],
  ])('%j is indented %i columns', (line, indent) => {
    expect(indentOf(line)).toBe(indent)
  })
})

describe('hangingIndentTransformer', () => {
  it('marks each highlighted line with its indentation and leaves the text as written', async () => {
    disposeMdItInstance()
    const md = await createMarkdownRenderer('/tmp', {
      codeTransformers: [
        hangingIndentTransformer(),
      ],
    })
    const source = 'spec:\n  containers:\n    - name: web   # Ready でない Pod は数えない\n'
    const html = md.render(`\`\`\`yaml\n${source}\`\`\`\n`)
    const lines = [
      ...html.matchAll(/<span class="line"( style="[^"]*")?>/g),
    ].map(m => m[1] ?? '')
    expect(lines).toEqual(['', ' style="--indent:2"', ' style="--indent:4"'])
    const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
    expect(text).toContain(source.trimEnd())
  })
})
