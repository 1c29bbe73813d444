// Wikilinks between garden pages, resolved at build time into ordinary links.
//   [[gitops]]                         → <a href="/notes/gitops">GitOps</a> (label = page title)
//   [[gitops|GitOpsとは]]               → <a href="/notes/gitops">GitOpsとは</a>
//   [[chapters/2-running-apps#grpc]]   → <a href="/chapters/2-running-apps#grpc">gRPCの負荷分散</a> (label = heading)
// The syntax is node/content/wikilink.ts (the content index reads the same tokens). Here each `wikilink`
// token becomes link_open/text/link_close, so VitePress's own link rule adds the base and checks it.
// An unknown page or anchor throws with file:line (the content check reports them all before render).
import type { MarkdownRenderer } from 'vitepress'
import type { PageEntry } from '../../shared/pages'
import type { WikilinkTokenMeta } from '../content/wikilink'
import { readFileSync } from 'node:fs'
import { escapeTemplateText } from '../../shared/html'
import { resolveTarget } from '../../shared/pages'
import { wikilinkSyntax } from '../content/wikilink'

export interface WikilinkOptions {
  /** The page index: id → entry. Called on every page, so dev can swap in a fresh index. */
  pages: () => ReadonlyMap<string, PageEntry>
  /**
   * Source folder shown in error messages.
   * @default 'docs'
   */
  displayRoot?: string
}

export class WikilinkError extends Error {
  override name = 'WikilinkError'
}

type Token = ReturnType<MarkdownRenderer['parse']>[number]

export function wikilinkPlugin(md: MarkdownRenderer, options: WikilinkOptions): void {
  const displayRoot = options.displayRoot ?? 'docs'
  wikilinkSyntax(md)
  md.core.ruler.after('inline', 'wikilink_resolve', (state) => {
    const pages = options.pages()
    for (const block of state.tokens) {
      if (!block.children?.some(t => t.type === 'wikilink'))
        continue
      block.children = block.children.flatMap((token): Token[] => {
        if (token.type !== 'wikilink')
          return [token]
        const { target, anchor, label, raw } = token.meta as WikilinkTokenMeta
        const fail = (reason: string): never => {
          const env = state.env as { relativePath?: string, path?: string }
          const line = findLine(env.path, raw)
          throw new WikilinkError(`${displayRoot}/${env.relativePath ?? '(unknown file)'}${line
            ? `:${line}`
            : ''}: ${reason}`)
        }
        const page = resolveTarget(pages, target) ?? fail(`unknown wikilink target "[[${target}]]"`)
        const heading = anchor
          ? page.anchors.find(a => a.id === anchor)
          : undefined
        if (anchor && !heading)
          fail(`unknown anchor "#${anchor}" on ${page.route} (in "[[${target}#${anchor}]]")`)

        const open = new state.Token('link_open', 'a', 1)
        open.attrs = [
          ['href', `${page.route}${anchor
            ? `#${anchor}`
            : ''}`],
          ['class', 'wikilink'],
        ]
        open.markup = 'wikilink'
        // Raw HTML, escaped here: VitePress's text rule would keep entities and Vue would read `{{ }}`.
        const text = new state.Token('html_inline', '', 0)
        text.content = escapeTemplateText(label || heading?.text || page.title)
        const close = new state.Token('link_close', 'a', -1)
        close.markup = 'wikilink'
        return [open, text, close]
      })
    }
  })
}

/**
 * 1-based line of a wikilink in its file. VitePress renders the body without its frontmatter, so on
 * error (only) the link is looked up in the source file.
 */
function findLine(path: string | undefined, raw: string): number | undefined {
  if (!path)
    return undefined
  try {
    const index = readFileSync(path, 'utf8').split('\n').findIndex(l => l.includes(raw))
    return index === -1
      ? undefined
      : index + 1
  }
  catch {
    return undefined
  }
}
