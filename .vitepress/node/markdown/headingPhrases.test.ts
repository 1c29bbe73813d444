import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { headingPhrasesPlugin, phraseChunks, phraseHtml } from './headingPhrases'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

describe('phraseChunks', () => {
  it.each([
    [
      '送信元IPの固定',
      ['送信元IPの', '固定'],
    ],
    [
      'プロダクションレディなアプリケーション運用',
      ['プロダクションレディな', 'アプリケーション運用'],
    ],
    [
      'Only Latin words',
      ['Only Latin words'],
    ],
    ['', []],
  ])('splits %j into phrases', (text, chunks) => {
    expect(phraseChunks(text)).toEqual(chunks)
  })

  it('keeps every character of mixed text in order', () => {
    const text = 'External Secretsを用いた機密情報の管理'
    expect(phraseChunks(text).join('')).toBe(text)
    expect(phraseChunks(text).length).toBeGreaterThan(1)
  })
})

describe('phraseHtml', () => {
  it.each([
    ['送信元IPの固定', '<span class="phrase">送信元IPの</span><span class="phrase">固定</span>'],
    ['Latin only', 'Latin only'],
    [
      'a<b>の比較と対策',
      expect.stringContaining('a&lt;b>'),
    ],
  ])('renders %j', (text, html) => {
    expect(phraseHtml(text, escape)).toEqual(html)
  })

  it('keeps spaces outside the phrase spans', () => {
    expect(phraseHtml('External Secretsを用いた管理', escape)).not.toMatch(/<span class="phrase">\s|\s<\/span>/)
  })
})

describe('headingPhrasesPlugin', () => {
  async function render(src: string) {
    disposeMdItInstance()
    const md = await createMarkdownRenderer('/tmp', {
      config: md => md.use(headingPhrasesPlugin),
    })
    const env: Record<string, unknown> = { relativePath: 'notes/test.md', cleanUrls: true }
    return {
      html: md.render(src, env),
    }
  }

  it('wraps heading phrases and keeps the id and the anchor', async () => {
    const { html } = await render('## 送信元IPの固定 {#source-ip}\n\n本文の送信元IPの固定。')
    expect(html).toContain('<h2 id="source-ip" tabindex="-1"><span class="phrase">送信元IPの</span><span class="phrase">固定</span>')
    expect(html).toContain('href="#source-ip"')
    expect(html).toContain('<p>本文の送信元IPの固定。</p>')
  })

  it('leaves inline code and Latin headings alone', async () => {
    const { html } = await render('## `backoffLimit` の数え方 {#count}\n\n## Latin heading {#latin}')
    expect(html).toContain('<code>backoffLimit</code>')
    expect(html).toContain('<h2 id="latin" tabindex="-1">Latin heading')
  })

  it.each([
    ['entities', '# EXTERNAL-IP が &lt;pending&gt; のまま', 'EXTERNAL-IP が &lt;pending&gt; のまま'],
    ['backslash escapes', '## 見出しの \\<エスケープ\\> {#esc}', '見出しの &lt;エスケープ&gt;'],
    ['numeric entities and ampersands', '## &#x3C;数値&#60; &amp; 記号 {#num}', '&lt;数値&lt; &amp; 記号'],
    ['Vue braces', '## {{ 値 }} と 🚀 {#braces}', '&#123;&#123; 値 &#125;&#125; と 🚀'],
  ])('renders headings with %s once-escaped, text and permalink label alike', async (_, src, text) => {
    const { html } = await render(`${src}\n`)
    const heading = /<h[12][^>]*>(.*?)<a class="header-anchor"[^>]*aria-label="([^"]*)"/.exec(html)!
    expect(heading[1]!.replace(/<\/?span[^>]*>/g, '').trim()).toBe(text)
    expect(heading[2]).toBe(`Permalink to &quot;${text.replace(/&#123;/g, '{').replace(/&#125;/g, '}')}&quot;`)
  })
})

describe('phraseHtml with a long API field path', () => {
  it('lets the field path break after its dots, inside its one phrase', () => {
    expect(phraseHtml('spec.template.spec.containers[].securityContext を読む', escape))
      .toBe('<span class="phrase">spec.<wbr>template.<wbr>spec.<wbr>containers[].<wbr>securityContext を</span><span class="phrase">読む</span>')
  })
})
