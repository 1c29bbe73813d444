// Where Japanese and long Latin words may break, decided at build time so that every browser wraps
// the site's labels the way Chromium's `word-break: auto-phrase` would. Between phrases a zero-width
// space, as BudouX's own HTML processor does (text, not an element: the sidebar's element budget stays);
// inside a long ASCII word a <wbr>, so that a field path copied from a heading has no hidden character:
//   'Kubernetesにおけるアプリケーションの起動' → 'Kubernetesにおける\u200Bアプリケーションの\u200B起動'
//   'spec.template.spec.containers[].image' → 'spec.<wbr>template.<wbr>spec.<wbr>containers[].<wbr>image'
// The CSS that pairs with it (`word-break: keep-all; overflow-wrap: anywhere`) is in
// theme/typography.css. Pure; BudouX's model runs at build (and in the dev server).
import { jaModel, Parser } from 'budoux'

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

let parser: Parser | undefined

/** BudouX phrases of a text; a text without Japanese is one phrase. */
export function phraseChunks(text: string): string[] {
  if (!CJK_RE.test(text)) {
    return text === ''
      ? []
      : [text]
  }
  parser ??= new Parser(jaModel)
  return parser.parse(text)
}

/**
 * `<wbr>` after the dots, slashes, underscores and closing brackets of an ASCII word of 20 or more
 * characters (an API field path, a URL), before the letter that follows. Works on escaped HTML: no
 * entity or tag holds those characters followed by a letter inside such a run.
 */
export function wbrLongWords(html: string): string {
  return html.replace(/[\x21-\x3B=\x3F-\x7E]{20,}/g, word => word.replace(/(?<=[./_\]])(?=[A-Z_[])/gi, '<wbr>'))
}

/**
 * Phrases for display: BudouX also cuts inside Latin words ('containers' | '[]' | '.image'), which
 * only strands brackets on a line of their own; such pieces are joined back (wbrLongWords breaks them).
 */
export function displayPhrases(text: string): string[] {
  const out: string[] = []
  for (const chunk of phraseChunks(text)) {
    const last = out.length - 1
    if (last >= 0 && /[\x21-\x7E]$/.test(out[last]!) && /^[\x21-\x7E]/.test(chunk))
      out[last] += chunk
    else
      out.push(chunk)
  }
  return out
}

/** Between two phrases: a zero-width space. */
export const PHRASE_BREAK = '\u200B'

/** Escaped text with a zero-width space between its phrases and `<wbr>` inside its long Latin words. */
export function phraseBreakHtml(text: string, escape: (s: string) => string): string {
  return displayPhrases(text).map(chunk => wbrLongWords(escape(chunk))).join(PHRASE_BREAK)
}
