import { describe, expect, it } from 'vitest'
import { escapeTemplateText } from './html'

describe('escapeTemplateText', () => {
  it.each([
    ['EXTERNAL-IP が <pending> のまま', 'EXTERNAL-IP が &lt;pending&gt; のまま'],
    ['{{ 値 }} と 🚀', '&#123;&#123; 値 &#125;&#125; と 🚀'],
    ['A & "B" \'C\' \\', 'A &amp; &quot;B&quot; &#39;C&#39; \\'],
    ['&lt; は文字どおり', '&amp;lt; は文字どおり'],
  ])('escapes %j once', (text, html) => {
    expect(escapeTemplateText(text)).toBe(html)
  })
})
