// Wikilinks between garden pages, resolved at build time into ordinary links.
//   [[gitops]]                         → <a href="/notes/gitops">GitOps</a> (label = page title)
//   [[gitops|GitOpsとは]]               → <a href="/notes/gitops">GitOpsとは</a>
//   [[chapters/2-running-apps#grpc]]   → <a href="/chapters/2-running-apps#grpc">gRPCの負荷分散</a> (label = heading)
// The href is a route without base: VitePress's own link rule adds the base and checks dead links.
// An unknown page or anchor throws with file:line (the content check reports them all before render).
import type { MarkdownRenderer } from 'vitepress'
import type { PageEntry } from '../shared/pages'
import { readFileSync } from 'node:fs'
import { resolveTarget } from '../shared/pages'

export interface WikilinkOptions {
  /** The page index: id → entry. Called on every link, so dev can swap in a fresh index. */
  pages: () => ReadonlyMap<string, PageEntry>
  /**
   * Source folder shown in error messages.
   * @default 'docs'
   */
  displayRoot?: string
}

const LINK_RE = /\[\[([^[\]|#\n]+)(?:#([^[\]|\n]+))?(?:\|([^[\]\n]+))?\]\]/y

export class WikilinkError extends Error {
  override name = 'WikilinkError'
}

export function wikilinkPlugin(md: MarkdownRenderer, options: WikilinkOptions): void {
  const displayRoot = options.displayRoot ?? 'docs'
  md.inline.ruler.before('link', 'wikilink', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x5B /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5B)
      return false
    LINK_RE.lastIndex = state.pos
    const m = LINK_RE.exec(state.src)
    if (!m)
      return false
    const [whole, rawTarget, rawAnchor, rawLabel] = m
    const target = rawTarget!.trim()
    const anchor = rawAnchor?.trim()
    const fail = (reason: string): never => {
      const env = state.env as { relativePath?: string, path?: string }
      const line = findLine(env.path, whole)
      throw new WikilinkError(`${displayRoot}/${env.relativePath ?? '(unknown file)'}${line ? `:${line}` : ''}: ${reason}`)
    }
    const page = resolveTarget(options.pages(), target) ?? fail(`unknown wikilink target "[[${target}]]"`)
    const heading = anchor ? page.anchors.find(a => a.id === anchor) : undefined
    if (anchor && !heading)
      fail(`unknown anchor "#${anchor}" on ${page.route} (in "[[${target}#${anchor}]]")`)
    if (silent)
      return true

    const open = state.push('link_open', 'a', 1)
    open.attrs = [['href', `${page.route}${anchor ? `#${anchor}` : ''}`], ['class', 'wikilink']]
    open.markup = 'wikilink'
    state.push('text', '', 0).content = rawLabel?.trim() || heading?.text || page.title
    state.push('link_close', 'a', -1).markup = 'wikilink'
    state.pos += whole.length
    return true
  })
}

/**
 * 1-based line of a wikilink in its file. The inline state knows neither its block's line nor the
 * frontmatter VitePress stripped, so on error (only) the link is looked up in the source file.
 */
function findLine(path: string | undefined, raw: string): number | undefined {
  if (!path)
    return undefined
  try {
    const index = readFileSync(path, 'utf8').split('\n').findIndex(l => l.includes(raw))
    return index === -1 ? undefined : index + 1
  }
  catch {
    return undefined
  }
}
