import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { FOLD_CLASS, FOLD_LAYOUT, foldHeading, foldPlugin, islandNames, minLines, minTextWidth } from './fold'

async function renderer(foldPx?: number) {
  disposeMdItInstance()
  return createMarkdownRenderer('/tmp', {
    config: md => md.use(foldPlugin, { foldPx }),
  })
}

/** A paragraph of n full-width characters (16 px each by the lower bound). */
const para = (n: number) => '漢'.repeat(n)

describe('minTextWidth / minLines', () => {
  it('counts full-width glyphs at 16 px, Japanese punctuation at 8 and anything else at 4', () => {
    expect(minTextWidth('漢字かなカナ')).toBe(6 * 16)
    expect(minTextWidth('「」、。')).toBe(4 * 8)
    expect(minTextWidth('kubectl get pods')).toBe(16 * 4)
    expect(minTextWidth('')).toBe(0)
  })

  it('gives the fewest lines the text can fill in the widest column', () => {
    const perLine = FOLD_LAYOUT.column / 16
    expect(minLines(para(perLine))).toBe(1)
    expect(minLines(para(perLine + 1))).toBe(2)
    expect(minLines('')).toBe(0)
  })
})

describe('foldHeading', () => {
  it('marks the first h2 or h3 whose top is past the fold by the lower bound, and only that one', async () => {
    const md = await renderer(400)
    // Top 64; h1 one line (40) → 104; two one-line paragraphs (28 + 16 each) → 192; h2 88 → 280;
    // three more → 412: the next heading is past 400.
    const src = `# 題\n\n${para(10)}\n\n${para(10)}\n\n## 一\n\n${para(10)}\n\n${para(10)}\n\n${para(10)}\n\n## 二\n\n${para(10)}\n\n### 三\n`
    const html = md.render(src, {})
    expect(html.split(FOLD_CLASS).length - 1).toBe(1)
    expect(html).toMatch(new RegExp(`<h2 id="二"[^>]*class="${FOLD_CLASS}"`))
    expect(foldHeading(md.parse(src, {}), 400)).toBeGreaterThan(0)
  })

  it('counts what the reader sees of a paragraph, not its link targets', async () => {
    const md = await renderer(300)
    const url = `https://kubernetes.io/docs/${'a'.repeat(4000)}`
    // With the URL counted, the link paragraph would be 20+ lines and push ## 一 past 300.
    const html = md.render(`[文書](${url})\n\n## 一\n\n${para(10)}\n\n## 二\n`, {})
    expect(html).not.toMatch(new RegExp(`<h2 id="一"[^>]*${FOLD_CLASS}`))
  })

  it('counts a code block by its lines and a Mermaid diagram at its least height', async () => {
    const md = await renderer(64 + 30 * FOLD_LAYOUT.lineHeight.code)
    const code = Array.from({ length: 30 }, (_, i) => `line${i}`).join('\n')
    expect(md.render(`\`\`\`yaml\n${code}\n\`\`\`\n\n## 後\n`, {})).toContain(FOLD_CLASS)
    expect(md.render(`\`\`\`mermaid\n${code}\n\`\`\`\n\n## 後\n`, {})).not.toContain(FOLD_CLASS)
  })

  it('marks nothing in an article shorter than the fold, or without a heading past it', async () => {
    const md = await renderer()
    expect(md.render(`# 題\n\n${para(100)}\n\n## 一\n\n${para(100)}\n`, {})).not.toContain(FOLD_CLASS)
    expect(md.render(`# 題\n\n${Array.from({ length: 80 }, () => para(60)).join('\n\n')}\n`, {})).not.toContain(FOLD_CLASS)
  })

  it('counts an island at its least height and any other component at none', async () => {
    const md = await renderer(64 + 2 * FOLD_LAYOUT.island)
    expect(md.render(`<GrpcBalancing />\n\n<DrainSimulator />\n\n## 後\n`, {})).toContain(FOLD_CLASS)
    expect(md.render(`<GrpcBalancing />\n\n<RecentNotes />\n\n## 後\n`, {})).not.toContain(FOLD_CLASS)
    expect(islandNames()).toContain('GrpcBalancing')
  })

  it('counts lists by their items and tables by their rows', async () => {
    const md = await renderer(64 + 20 * 28 + 16)
    const list = Array.from({ length: 20 }, (_, i) => `- 項目${i}`).join('\n')
    expect(md.render(`${list}\n\n## 後\n`, {})).toContain(FOLD_CLASS)
    const table = `| a | b |\n| - | - |\n${Array.from({ length: 19 }).fill('| 値 | 値 |').join('\n')}`
    // 20 rows (the header's too), each one line, however many cells it has.
    expect(md.render(`${table}\n\n## 後\n`, {})).toContain(FOLD_CLASS)
    expect(md.render(`${table.split('\n').slice(0, -1).join('\n')}\n\n## 後\n`, {})).not.toContain(FOLD_CLASS)
  })
})
