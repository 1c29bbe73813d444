// Images in a page's body, as the content checks see them: Markdown `![alt](src)` and raw `<img>`,
// with the path as the author wrote it.

/** An image in the body: Markdown `![alt](src)` or `<img src alt>`. */
export interface ImageRef {
  src: string
  alt: string
  line: number
}

// ![alt](src) or ![alt](<src with spaces> "title"); the alt may hold one level of brackets.
const MD_IMAGE_RE = /!\[((?:[^[\]\n]|\[[^[\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]+)(?:\s+["'(][^\n]*?["')])?\s*\)/g
const HTML_IMG_RE = /<img\b[^>]*>/gi
const HTML_ATTR_RE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')

/** markdown-it percent-encodes link targets; authors wrote (and the checks report) the plain path. */
export function decodeMarkdownUrl(src: string): string {
  try {
    return decodeURI(src)
  }
  catch {
    return src
  }
}

/** Images on one line (inline code already blanked out). */
export function findImages(text: string, line: number): ImageRef[] {
  const found: ImageRef[] = []
  for (const m of text.matchAll(MD_IMAGE_RE)) {
    found.push({
      src: m[2]!.replace(/^<|>$/g, ''),
      alt: m[1]!,
      line,
    })
  }
  for (const m of text.matchAll(HTML_IMG_RE)) {
    const attr = (name: string) => {
      const a = HTML_ATTR_RE(name).exec(m[0])
      return a
        ? (a[1] ?? a[2] ?? a[3] ?? '')
        : undefined
    }
    const src = attr('src')
    if (src !== undefined)
      found.push({ src, alt: attr('alt') ?? '', line })
  }
  return found
}
