import { describe, expect, it } from 'vitest'
import { htmlFileOfRoute, renderedText } from './builtSite'

describe('htmlFileOfRoute', () => {
  it.each([
    ['/', 'index.html'],
    ['/notes/gitops', 'notes/gitops.html'],
    ['/chapters/', 'chapters/index.html'],
  ])('maps %s to %s', (route, file) => {
    expect(htmlFileOfRoute(route)).toBe(file)
  })
})

describe('renderedText', () => {
  it('keeps the text of the first element with the class, one line per block', () => {
    const html = '<p>前</p><div class="x vp-doc"><h2>見出し <code>kubectl</code></h2><p>本文\n  の   段落</p></div><p>後</p>'
    expect(renderedText(html, 'vp-doc')).toBe('見出し kubectl\n本文 の 段落')
  })

  it('leaves out SVG labels, scripts, hidden elements and the body of a closed details', () => {
    const html = `<div class="vp-doc">
      <p>見える</p>
      <svg><text>図のラベル</text></svg>
      <script>const x = 1</script>
      <p hidden>隠れた</p><p style="display: none">非表示</p>
      <details><summary>Mermaidのソース</summary>生の文<pre>flowchart LR</pre></details>
      <details open><summary>開いた</summary><p>中身</p></details>
    </div>`
    expect(renderedText(html, 'vp-doc').split('\n')).toEqual(['見える', 'Mermaidのソース', '開いた', '中身'])
  })

  it('never joins the words of two blocks', () => {
    expect(renderedText('<div class="vp-doc"><li>Gateway</li><li>API</li></div>', 'vp-doc')).not.toContain('Gateway API')
  })
})
