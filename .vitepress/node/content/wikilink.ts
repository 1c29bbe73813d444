// The wikilink syntax, in one place: the content index reads links with it and the markdown-it rule
// renders them with it, so both always agree on what a link is.
//   [[gitops]]  [[gitops|表示名]]  [[probes#startup]]  [[chapters/2-running-apps#source-ip|第2章]]

/** Page part, optional `#anchor`, optional `|label`. Global: use with matchAll, or copy with the sticky flag. */
export const WIKILINK_RE = /\[\[([^[\]|#\n]+)(?:#([^[\]|\n]+))?(?:\|([^[\]\n]+))?\]\]/g

/** Explicit heading anchors and note slugs: short lowercase ASCII words joined by '-'. */
export const ANCHOR_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export interface WikilinkParts {
  target: string
  anchor?: string
  label?: string
}

/** The parts of one regex match, trimmed; empty parts are left out. */
export function wikilinkParts(match: RegExpMatchArray | RegExpExecArray): WikilinkParts {
  const [, target, anchor, label] = match
  return {
    target: target!.trim(),
    ...(anchor?.trim()
      ? {
          anchor: anchor.trim(),
        }
      : {}),
    ...(label?.trim()
      ? {
          label: label.trim(),
        }
      : {}),
  }
}

/** A sticky copy of WIKILINK_RE, for a parser that matches at a position (markdown-it inline rules). */
export function stickyWikilinkRe(): RegExp {
  return new RegExp(WIKILINK_RE.source, 'y')
}

/** markdown-it's plugin signature, typed loosely enough for both markdown-it and VitePress's renderer. */
interface InlineMarkdownIt {
  inline: { ruler: { before: (before: string, name: string, rule: (state: InlineState, silent: boolean) => boolean) => void } }
}
interface InlineState {
  src: string
  pos: number
  push: (type: string, tag: string, nesting: -1 | 0 | 1) => { meta: unknown }
}

/** What the `wikilink` token carries: the link's parts and its line offset inside its block. */
export interface WikilinkTokenMeta extends WikilinkParts {
  /** The raw `[[…]]` text. */
  raw: string
  /** 0-based line of the link relative to the start of its inline block. */
  lineOffset: number
}

/**
 * Parses `[[…]]` into one `wikilink` token (before markdown-it's own link rule, so `[[a]]` is never a
 * reference link; inside code spans it is never reached). Rendering is the renderer's business:
 * markdown/wikilink.ts resolves the target; the content index only reads the tokens.
 */
export function wikilinkSyntax(md: InlineMarkdownIt): void {
  const re = stickyWikilinkRe()
  md.inline.ruler.before('link', 'wikilink', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5B /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5B)
      return false
    re.lastIndex = state.pos
    const m = re.exec(state.src)
    if (!m)
      return false
    if (!silent) {
      const meta: WikilinkTokenMeta = {
        ...wikilinkParts(m),
        raw: m[0],
        lineOffset: countNewlines(state.src, state.pos),
      }
      state.push('wikilink', 'a', 0).meta = meta
    }
    state.pos += m[0].length
    return true
  })
}

function countNewlines(text: string, end: number): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
    n++
  return n
}
