// Marks where an article's first screen surely ends, so that the blocks below it are laid out only
// when the reader comes near them (`content-visibility: auto` in theme/fold.css). Chapter 2's style
// and layout at load took 750 ms of main thread at 4× CPU in Lighthouse, most of it for text that no
// screen shows yet; 527 ms with the fold (DECISIONS.md).
//
// A block that is in view when it is first laid out must not be deferred: Chromium lays it out at
// its placeholder height, then at its real one a frame later, and what follows it moves. So the mark
// goes on the first h2/h3 whose top is past FOLD_PX even by a lower bound: every block above it is
// counted at no more than the height it can possibly have in the widest column, with the narrowest
// glyphs. Real pages are taller, so the real fold is further down still, on every screen up to
// FOLD_PX tall.
//   ## 本番環境で使うには  →  <h2 id="…" class="garden-fold">…   (and theme/fold.css takes the rest)
import type { MarkdownRenderer } from 'vitepress'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

export const FOLD_CLASS = 'garden-fold'

/** Taller than any reader's first screen (a 1440 px-high desktop window), in CSS px. */
export const FOLD_PX = 1800

/**
 * The page as the lower bound sees it: the widest the article column ever gets (VPDoc's content is
 * at most 784 px wide), the line heights of theme/typography.css and VitePress's `.vp-doc`, and the
 * navbar above the article.
 */
export const FOLD_LAYOUT = {
  column: 800,
  top: 64,
  lineHeight: {
    p: 28,
    h1: 40,
    h2: 32,
    h3: 28,
    code: 20,
  },
  /** The least a block adds beside its lines: a paragraph's margin, a heading's margins and rule. */
  gap: { p: 16, h2: 56, h3: 32 },
  /** A Mermaid figure: the least it can be. */
  diagram: 60,
  /**
   * An island (a simulator or a diagram with controls): its controls and its drawing. The shortest
   * is 641 px in the widest column (JobRetrySimulator); e2e/budgets.spec.ts fails if one is below this.
   */
  island: 400,
} as const

/** The island components' names: the same folders as components/islands/components.ts (a test compares them). */
export function islandNames(components = fileURLToPath(new URL('../../../components', import.meta.url))): Set<string> {
  const names = new Set<string>()
  for (const folder of ['diagrams', 'simulators']) {
    for (const file of readdirSync(join(components, folder))) {
      const name = /^([A-Z]\w*)\.vue$/.exec(file)?.[1]
      if (name && name !== 'MermaidDiagram')
        names.add(name)
    }
  }
  return names
}

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]/u
/** Punctuation a Japanese line may set at half width (text-spacing-trim). */
const HALF = /[\u3000-\u3003\u3008-\u3011\u3014-\u301F\u30FB\uFF08\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF3B\uFF3D\uFF5B\uFF5D]/u

/** The narrowest a run of text can be set at 16 px: full-width glyphs 16 px, half-width punctuation 8, anything else 4. */
export function minTextWidth(text: string): number {
  let width = 0
  for (const ch of text) {
    width += HALF.test(ch)
      ? 8
      : WIDE.test(ch)
        ? 16
        : 4
  }
  return width
}

/** The fewest lines a text can take in the column (at least one when it has any text). */
export function minLines(text: string, column: number = FOLD_LAYOUT.column): number {
  const width = minTextWidth(text)
  return width === 0
    ? 0
    : Math.ceil(width / column)
}

/** What the reader sees of an inline token: its text and code, not link targets or markup. */
function shownText(inline: Token): string {
  return (inline.children ?? [])
    .filter(t => t.type === 'text' || t.type === 'code_inline')
    .map(t => t.content)
    .join('')
}

/** The index of the token that closes the block opened at `open` (the token itself when it opens nothing). */
function closeOf(tokens: Token[], open: number): number {
  if (tokens[open]!.nesting !== 1)
    return open
  const level = tokens[open]!.level
  let i = open + 1
  while (i < tokens.length && !(tokens[i]!.nesting === -1 && tokens[i]!.level === level))
    i++
  return i
}

/** The least height, in px, a top-level block (tokens[open..close]) takes in the widest column. */
export function minBlockHeight(tokens: Token[], open: number, close: number, islands: ReadonlySet<string> = new Set()): number {
  const first = tokens[open]!
  const L = FOLD_LAYOUT
  if (first.type === 'heading_open') {
    const lines = Math.max(1, minLines(shownText(tokens[open + 1]!)))
    if (first.tag === 'h1')
      return lines * L.lineHeight.h1
    if (first.tag === 'h2')
      return lines * L.lineHeight.h2 + L.gap.h2
    return lines * L.lineHeight.h3 + (first.tag === 'h3'
      ? L.gap.h3
      : 0)
  }
  if (first.type === 'fence' || first.type === 'code_block') {
    if (first.info.trim().split(/\s/)[0] === 'mermaid')
      return L.diagram
    return first.content.replace(/\n$/, '').split('\n').length * L.lineHeight.code
  }
  // A component on its own line: VitePress makes it an html_inline at the top level, then an empty inline.
  if (first.type === 'inline')
    return minLines(shownText(first)) * L.lineHeight.p
  if (first.type === 'html_block' || first.type === 'html_inline') {
    const tag = /^\s*<([A-Z]\w*)[\s/>]/.exec(first.content)?.[1]
    return tag && islands.has(tag)
      ? L.island
      : 0
  }
  if (first.type === 'hr')
    return 0
  // Paragraphs, lists, quotes, containers, tables: every line of text they show, and a margin.
  let height = 0
  for (let i = open; i <= close; i++) {
    const t = tokens[i]!
    if (t.type === 'tr_open')
      height += L.lineHeight.p
    else if (t.type === 'inline' && !inTable(tokens, open, i))
      height += minLines(shownText(t)) * L.lineHeight.p
    else if (t.type === 'fence' || t.type === 'code_block')
      height += minBlockHeight(tokens, i, i)
  }
  return height + L.gap.p
}

function inTable(tokens: Token[], open: number, at: number): boolean {
  let depth = 0
  for (let i = open; i < at; i++) {
    if (tokens[i]!.type === 'table_open')
      depth++
    else if (tokens[i]!.type === 'table_close')
      depth--
  }
  return depth > 0
}

/**
 * The index of the first top-level h2/h3 opening token whose top is past `foldPx` by the lower
 * bound, or -1 when the article is shorter than that or has no such heading.
 */
export function foldHeading(tokens: Token[], foldPx: number = FOLD_PX, islands: ReadonlySet<string> = new Set()): number {
  let top: number = FOLD_LAYOUT.top
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.level !== 0 || t.nesting === -1)
      continue
    if (t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3') && top >= foldPx)
      return i
    const close = closeOf(tokens, i)
    top += minBlockHeight(tokens, i, close, islands)
    i = close
  }
  return -1
}

export function foldPlugin(md: MarkdownRenderer, options: { foldPx?: number, islands?: ReadonlySet<string> } = {}): void {
  const islands = options.islands ?? islandNames()
  md.core.ruler.push('garden_fold', (state) => {
    if (state.inlineMode)
      return
    const at = foldHeading(state.tokens, options.foldPx, islands)
    if (at !== -1)
      state.tokens[at]!.attrJoin('class', FOLD_CLASS)
  })
}
