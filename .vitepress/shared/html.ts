// Text that goes into a page's HTML, which VitePress compiles as a Vue template: escaped once for
// HTML, and with `{{ }}` written as entities so that Vue shows the braces instead of interpolating.
//   EXTERNAL-IP が <pending> のまま  →  EXTERNAL-IP が &lt;pending&gt; のまま
//   {{ 値 }}                        →  &#123;&#123; 値 &#125;&#125;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\'': '&#39;',
}

/**
 * Text for HTML content or a quoted attribute, as Vue escapes it (& < > " '). Ours, not
 * @vue/shared's, because the built page's script imports it and must not pull in Vue's runtime.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ENTITIES[c]!)
}

export function escapeTemplateText(text: string): string {
  return escapeHtml(text).replace(/[{}]/g, c => (c === '{'
    ? '&#123;'
    : '&#125;'))
}
