import type { Frontmatter } from '../../shared/frontmatter'
import type { ImageRef } from './images'
import type { WikilinkTokenMeta } from './wikilink'
// Parses one Markdown page without rendering it, in one markdown-it pass: frontmatter (validated),
// h2/h3 headings with their explicit anchors, wikilinks, images and fenced code, each with its file
// line. The content index (scan.ts) is built from these, and the data loaders, the Mermaid pre-render,
// the link checks and the wikilink plugin all read that index, so every bad input is reported with
// file:line before VitePress renders.
import MarkdownIt from 'markdown-it'
import { isMap, LineCounter, parseDocument } from 'yaml'
import { frontmatterSchema } from '../../shared/frontmatter'
import { decodeMarkdownUrl, findImages } from './images'
import { excerpt, plainText } from './plainText'
import { ANCHOR_RE, wikilinkSyntax } from './wikilink'

export interface ContentError {
  /** Path as shown to the author, e.g. 'docs/notes/gitops.md'. */
  file: string
  line?: number
  message: string
}

export interface Heading {
  level: 2 | 3
  text: string
  /** Explicit `{#id}`, or null when the heading has none. */
  id: string | null
  line: number
  /** The section's first ~80 characters of plain text (up to the next h2/h3), for link previews. */
  excerpt?: string
}

export interface WikiRef {
  target: string
  anchor?: string
  label?: string
  line: number
}

/** A fenced code block: its info string (`mermaid`, `yaml`…), content and opening line. */
export interface Fence {
  info: string
  code: string
  line: number
}

export interface ParsedPage {
  /** Relative to srcDir: 'notes/gitops.md'. */
  relativePath: string
  /** Page id: the path without '.md', e.g. 'notes/gitops'. */
  id: string
  frontmatter?: Frontmatter
  /** File line of each frontmatter alias (same order as `frontmatter.aliases`). */
  aliasLines: number[]
  headings: Heading[]
  links: WikiRef[]
  images: ImageRef[]
  fences: Fence[]
  /** Plain body (frontmatter removed). */
  body: string
  /** 1-based file line of the body's first line. */
  bodyLine: number
  errors: ContentError[]
}

const EXPLICIT_ID_RE = /\s*\{#([^}]*)\}\s*$/
// The block structure VitePress sees (raw HTML on, linkify on), plus the shared wikilink syntax.
// Only parsed, never rendered: rendering is VitePress's, with the same wikilink tokens.
const parser = new MarkdownIt({ html: true, linkify: true }).use(wikilinkSyntax)
type Token = ReturnType<typeof parser.parse>[number]

export function parsePage(source: string, relativePath: string, displayRoot = 'docs'): ParsedPage {
  const file = `${displayRoot}/${relativePath}`
  const errors: ContentError[] = []
  const { yamlText, bodyStart } = splitFrontmatter(source)
  const frontmatter = yamlText === null
    ? (errors.push({ file, line: 1, message: 'missing frontmatter (a --- block with title, description, date, tags, maturity)' }), undefined)
    : parseFrontmatter(yamlText, file, errors)

  const lines = source.split('\n')
  const body = lines.slice(bodyStart).join('\n')
  const { headings, links, images, fences } = collectBlocks(lines, body, bodyStart, file, errors)
  addSectionExcerpts(headings, lines)
  checkImageAlts(images, file, errors)
  checkHeadingAnchors(headings, file, errors)

  return {
    relativePath,
    id: relativePath.replace(/\.md$/, ''),
    ...(frontmatter
      ? { frontmatter }
      : {}),
    aliasLines: aliasLines(lines.slice(0, bodyStart), frontmatter?.aliases ?? []),
    headings,
    links,
    images,
    fences,
    body,
    bodyLine: bodyStart + 1,
    errors,
  }
}

/** Headings, wikilinks, images and fences of the body, each with its file line; unclosed fences are errors. */
function collectBlocks(lines: string[], body: string, bodyStart: number, file: string, errors: ContentError[]): Pick<ParsedPage, 'headings' | 'links' | 'images' | 'fences'> {
  const headings: Heading[] = []
  const links: WikiRef[] = []
  const images: ImageRef[] = []
  const fences: Fence[] = []
  // Token maps count from the body's first line; `+ bodyStart + 1` makes them 1-based file lines.
  const tokens = parser.parse(body, {})
  tokens.forEach((token, i) => {
    const line = (token.map?.[0] ?? 0) + bodyStart + 1
    if (token.type === 'heading_open' && (token.tag === 'h2' || token.tag === 'h3')) {
      headings.push(headingOf(token.tag, tokens[i + 1], line))
    }
    else if (token.type === 'fence') {
      fences.push({
        info: token.info.trim(),
        code: token.content,
        line,
      })
      const closing = lines[(token.map?.[1] ?? 0) + bodyStart - 1]?.trim() ?? ''
      if (!closing.startsWith(token.markup) || closing.replace(/[`~]/g, '') !== '')
        errors.push({ file, line, message: 'a code fence is never closed' })
    }
    else if (token.type === 'html_block') {
      images.push(...findImages(token.content, line))
    }
    else if (token.type === 'inline') {
      const blockLines = lines.slice(line - 1, (token.map?.[1] ?? 0) + bodyStart)
      collectInline(token, blockLines, line, links, images)
    }
  })
  return { headings, links, images, fences }
}

function headingOf(tag: 'h2' | 'h3', inline: Token | undefined, line: number): Heading {
  const idMatch = EXPLICIT_ID_RE.exec(inline?.content ?? '')
  // The text a reader sees: entities and backslash escapes decoded, markup dropped.
  const text = (inline?.children ?? []).map(c => c.type === 'text' || c.type === 'code_inline'
    ? c.content
    : '').join('')
  return {
    level: tag === 'h2'
      ? 2
      : 3,
    text: text.replace(EXPLICIT_ID_RE, '').trim(),
    id: idMatch ? idMatch[1]! : null,
    line,
  }
}

/** Wikilinks and images of one inline block, whose source lines start at file line `line`. */
function collectInline(token: Token, blockLines: string[], line: number, links: WikiRef[], images: ImageRef[]): void {
  const lineOf = (needle: string) => line + Math.max(0, blockLines.findIndex(l => l.includes(needle)))
  // markdown-it normalises link targets (percent-encoding); report the target as the author wrote it.
  const written = blockLines.flatMap((l, i) => findImages(l, line + i))
  for (const child of token.children ?? []) {
    if (child.type === 'wikilink') {
      const { raw: _raw, lineOffset, ...parts } = child.meta as WikilinkTokenMeta
      links.push({ ...parts, line: line + lineOffset })
    }
    else if (child.type === 'image') {
      const src = child.attrGet('src') ?? ''
      const raw = written.find(w => parser.normalizeLink(w.src) === src)
      images.push(raw
        ? { ...raw, alt: child.content }
        : {
            src: decodeMarkdownUrl(src),
            alt: child.content,
            line: lineOf(decodeMarkdownUrl(src)),
          })
    }
    else if (child.type === 'html_inline') {
      images.push(...findImages(child.content, lineOf(child.content)))
    }
  }
}

/** Each heading's excerpt: the plain text of its section, up to the next h2/h3. */
function addSectionExcerpts(headings: Heading[], lines: string[]): void {
  headings.forEach((h, i) => {
    const text = plainText(lines.slice(h.line, i + 1 < headings.length
      ? headings[i + 1]!.line - 1
      : lines.length).join('\n'))
    if (text)
      h.excerpt = excerpt(text)
  })
}

function checkImageAlts(images: ImageRef[], file: string, errors: ContentError[]): void {
  for (const img of images) {
    if (img.alt.trim() === '')
      errors.push({ file, line: img.line, message: `image "${img.src}" has no alt text: describe it (![説明](${img.src}) or alt="…")` })
  }
}

function checkHeadingAnchors(headings: Heading[], file: string, errors: ContentError[]): void {
  const seen = new Map<string, number>()
  for (const h of headings) {
    if (h.id === null) {
      errors.push({ file, line: h.line, message: `h${h.level} "${h.text}" has no explicit anchor: add {#short-ascii-id}` })
      continue
    }
    if (!ANCHOR_RE.test(h.id))
      errors.push({ file, line: h.line, message: `anchor "{#${h.id}}" must be short lowercase ASCII (a-z, 0-9, -)` })
    const first = seen.get(h.id)
    if (first !== undefined)
      errors.push({ file, line: h.line, message: `duplicate anchor "#${h.id}" (first used on line ${first})` })
    else
      seen.set(h.id, h.line)
  }
}

/** 1-based line of each alias in the frontmatter lines (from the `aliases:` key on), for messages. */
function aliasLines(frontLines: string[], aliases: string[]): number[] {
  const start = Math.max(0, frontLines.findIndex(l => /^aliases\s*:/.test(l)))
  return aliases.map((alias) => {
    const i = frontLines.findIndex((l, n) => n >= start && l.includes(alias))
    return (i === -1
      ? start
      : i) + 1
  })
}

function splitFrontmatter(source: string): { yamlText: string | null, bodyStart: number } {
  const lines = source.split('\n')
  if (lines[0]?.trimEnd() !== '---')
    return { yamlText: null, bodyStart: 0 }
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---')
  if (end === -1) {
    return {
      yamlText: lines.slice(1).join('\n'),
      bodyStart: lines.length,
    }
  }
  return {
    yamlText: lines.slice(1, end).join('\n'),
    bodyStart: end + 1,
  }
}

/** Frontmatter starts on line 2 of the file (line 1 is '---'). */
const FRONTMATTER_OFFSET = 1

function parseFrontmatter(yamlText: string, file: string, errors: ContentError[]): Frontmatter | undefined {
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: true })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line
      errors.push({
        file,
        ...(line
          ? { line: line + FRONTMATTER_OFFSET }
          : {}),
        message: `malformed frontmatter YAML: ${e.message.split('\n')[0]}`,
      })
    }
    return undefined
  }
  if (!isMap(doc.contents)) {
    errors.push({ file, line: 1 + FRONTMATTER_OFFSET, message: 'frontmatter must be a YAML mapping' })
    return undefined
  }
  const result = frontmatterSchema.safeParse(doc.toJS())
  if (result.success)
    return result.data
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0
      ? issue.path.map(String).join('.')
      : (issue.code === 'unrecognized_keys'
          ? issue.keys.join(', ')
          : '(root)')
    const node = issue.path.length > 0
      ? doc.getIn(issue.path, true)
      : undefined
    const parentNode = issue.path.length > 0
      ? doc.getIn(issue.path.slice(0, 1), true)
      : undefined
    const range = (node as { range?: [number, number] } | undefined)?.range ?? (parentNode as { range?: [number, number] } | undefined)?.range
    const line = range
      ? lineCounter.linePos(range[0]).line + FRONTMATTER_OFFSET
      : FRONTMATTER_OFFSET + 1
    const reason = issue.code === 'invalid_type' && issue.input === undefined
      ? 'is required'
      : issue.message
    errors.push({ file, line, message: `frontmatter field "${key}" ${reason}` })
  }
  return undefined
}

export function formatError(e: ContentError): string {
  return `${e.file}${e.line
    ? `:${e.line}`
    : ''}: ${e.message}`
}
