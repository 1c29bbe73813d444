// Text that goes into a page's HTML, which VitePress compiles as a Vue template: escaped once for
// HTML, and with `{{ }}` written as entities so that Vue shows the braces instead of interpolating.
//   EXTERNAL-IP が <pending> のまま  →  EXTERNAL-IP が &lt;pending&gt; のまま
//   {{ 値 }}                        →  &#123;&#123; 値 &#125;&#125;
import { escapeHtml } from '@vue/shared'

export function escapeTemplateText(text: string): string {
  return escapeHtml(text).replace(/[{}]/g, c => (c === '{'
    ? '&#123;'
    : '&#125;'))
}
