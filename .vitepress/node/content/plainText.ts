// Markdown source → the plain text a reader actually reads, for reading time and link-preview
// excerpts. Drops code fences, HTML tags, frontmatter-free markup ({#id}, emphasis marks, link
// targets) and keeps wikilink labels: [[gitops|GitOpsとは]] → GitOpsとは. Pure: no node:*, no DOM.

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/
const CONTAINER_RE = /^ {0,3}:{3,}/
const SNIPPET_RE = /^ {0,3}<<< /
const SCRIPT_RE = /^<(script|style)\b[\s\S]*?<\/\1>/gm

/** Lines of prose, code fences and snippet imports removed (code is not counted as reading). */
export function proseLines(markdown: string): string[] {
  const out: string[] = []
  let fence: string | null = null
  for (const line of markdown.replace(SCRIPT_RE, '').split('\n')) {
    const m = FENCE_RE.exec(line)
    if (m) {
      if (fence === null)
        fence = m[1]!
      else if (m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1])
        fence = null
      continue
    }
    if (fence !== null || SNIPPET_RE.test(line))
      continue
    out.push(CONTAINER_RE.test(line)
      ? line.replace(/^ {0,3}:{3,}\s*\w*\s*/, '')
      : line)
  }
  return out
}

/** Inline markup of one line → text. */
export function inlineText(line: string): string {
  return line
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/^ {0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/\[\[([^[\]|#\n]+)(?:#([^[\]|\n]+))?\|([^[\]\n]+)\]\]/g, '$3')
    .replace(/\[\[([^[\]|#\n]+)(?:#([^[\]|\n]+))?\]\]/g, (_, target: string, anchor?: string) => anchor ?? target.split('/').pop()!)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*{1,3}|_{1,3}|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^\|?\s*:?-{3}.*$/, '')
    .replace(/\s*\|\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The whole Markdown body as plain text, one paragraph line per source line. */
export function plainText(markdown: string): string {
  return proseLines(markdown).map(inlineText).filter(Boolean).join('\n')
}

/**
 * The first `max` characters of a text, cut on a code point boundary with an ellipsis.
 * @default
 */
export function excerpt(text: string, max = 80): string {
  const chars = [
    ...text.replace(/\s+/g, ' ').trim(),
  ]
  return chars.length <= max
    ? chars.join('')
    : `${chars.slice(0, max - 1).join('')}…`
}
