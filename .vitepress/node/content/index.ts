import type { GraphEdge, LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'
import type { ContentError, ParsedPage } from './parse'
// Reads every page under srcDir once, validates it and builds the page index and link graph.
// All problems (frontmatter, headings, wikilink targets and anchors, duplicate routes) are collected
// and reported together, so one build shows every error with file:line.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { buildLinkGraph, findOrphans } from '../../shared/linkGraph'
import { aliasKey, kindOf, resolveTarget, routeOfId } from '../../shared/pages'
import { readingMinutes } from '../../shared/readingTime'
import { formatError, parsePage } from './parse'
import { plainText } from './plainText'

export interface ContentIndex {
  srcDir: string
  /** How files are named in messages, e.g. 'docs'. */
  displayRoot: string
  parsed: ParsedPage[]
  /** The parsed pages by id ('notes/gitops'). */
  byId: Map<string, ParsedPage>
  pages: Map<string, PageEntry>
  graph: LinkGraph
  errors: ContentError[]
}

/** Folders under srcDir that hold no pages. */
export const NON_PAGE_DIRS = ['public', 'node_modules']

export function listMarkdown(srcDir: string): string[] {
  return (readdirSync(srcDir, { recursive: true, encoding: 'utf8' }))
    .map(p => p.split('\\').join('/'))
    .filter(p => p.endsWith('.md') && !NON_PAGE_DIRS.some(d => p === d || p.startsWith(`${d}/`)) && !p.split('/').includes('examples'))
    .sort()
}

export function buildContentIndex(srcDir: string, displayRoot = relative(process.cwd(), srcDir) || '.'): ContentIndex {
  const parsed = listMarkdown(srcDir).map(rel => parsePage(readFileSync(join(srcDir, rel), 'utf8'), rel, displayRoot))
  return indexContent(srcDir, parsed, displayRoot)
}

export function indexContent(srcDir: string, parsed: ParsedPage[], displayRoot = 'docs'): ContentIndex {
  const errors: ContentError[] = parsed.flatMap(p => p.errors)
  const pages = new Map<string, PageEntry>()
  const byRoute = new Map<string, string>()
  for (const p of parsed) {
    const route = routeOfId(p.id)
    // '/notes/gitops' and '/notes/gitops/' are the same page to a reader.
    const key = route.replace(/(.)\/$/, '$1')
    const clash = byRoute.get(key)
    if (clash)
      errors.push({ file: `${displayRoot}/${p.relativePath}`, line: 1, message: `duplicate slug: route ${route} is also produced by ${displayRoot}/${clash}` })
    byRoute.set(key, p.relativePath)
    if (!p.frontmatter)
      continue
    pages.set(p.id, pageEntry(p, p.frontmatter, route))
  }

  // An alias names one page: a second page declaring it (in any width or case) fails the build.
  const aliasOwner = new Map<string, string>()
  for (const p of parsed) {
    for (const [i, alias] of (p.frontmatter?.aliases ?? []).entries()) {
      const key = aliasKey(alias)
      const owner = aliasOwner.get(key)
      if (owner && owner !== p.relativePath)
        errors.push({ file: `${displayRoot}/${p.relativePath}`, line: p.aliasLines[i] ?? 1, message: `duplicate alias "${alias}": ${displayRoot}/${owner} declares it too` })
      else
        aliasOwner.set(key, p.relativePath)
    }
  }

  const edges: GraphEdge[] = []
  for (const p of parsed) {
    const file = `${displayRoot}/${p.relativePath}`
    for (const link of p.links) {
      const target = resolveTarget(pages, link.target)
      if (!target) {
        // A page whose frontmatter failed still exists: don't report links to it twice.
        if (!parsed.some(q => q.id === link.target || q.id === `notes/${link.target}`))
          errors.push({ file, line: link.line, message: `unknown wikilink target "[[${link.target}]]"` })
        continue
      }
      if (link.anchor && !target.anchors.some(a => a.id === link.anchor))
        errors.push({ file, line: link.line, message: `unknown anchor "#${link.anchor}" on ${target.route} (in "[[${link.target}#${link.anchor}]]")` })
      edges.push({ from: p.id, to: target.id })
    }
  }
  for (const p of parsed) {
    for (const img of p.images) {
      if (!imageExists(srcDir, p.relativePath, img.src))
        errors.push({ file: `${displayRoot}/${p.relativePath}`, line: img.line, message: `missing image "${img.src}": no such file under ${displayRoot}/ or ${displayRoot}/public/` })
    }
  }
  const graph = buildLinkGraph([
    ...pages.keys(),
  ], edges)
  return {
    srcDir,
    displayRoot,
    parsed,
    byId: new Map(parsed.map(p => [p.id, p])),
    pages,
    graph,
    errors,
  }
}

/** The page's entry in the index, from its valid frontmatter and its headings. */
function pageEntry(p: ParsedPage, fm: NonNullable<ParsedPage['frontmatter']>, route: string): PageEntry {
  return {
    id: p.id,
    route,
    kind: kindOf(p.id),
    title: fm.title,
    ...(fm.aliases?.length
      ? { aliases: fm.aliases }
      : {}),
    description: fm.description,
    maturity: fm.maturity,
    tags: fm.tags,
    date: fm.updated ?? fm.date,
    ...(fm.chapter
      ? { chapter: fm.chapter }
      : {}),
    anchors: p.headings.filter(h => h.id !== null).map(h => ({
      id: h.id!,
      text: h.text,
      level: h.level,
      ...(h.excerpt
        ? { excerpt: h.excerpt }
        : {}),
    })),
    readingMinutes: readingMinutes(plainText(p.body)),
  }
}

/**
 * Whether an image reference points to a file VitePress will serve: '/x.png' from srcDir/public (or
 * srcDir), 'x.png' and './x.png' beside the page. Remote and data: URLs are not checked here.
 */
export function imageExists(srcDir: string, pagePath: string, src: string): boolean {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src))
    return true
  let path = src.replace(/[?#].*$/, '')
  try {
    path = decodeURIComponent(path)
  }
  catch {}
  if (path === '')
    return false
  if (path.startsWith('/')) {
    return [
      join(srcDir, 'public', path),
      join(srcDir, path),
    ].some(f => existsSync(f))
  }
  return existsSync(join(srcDir, dirname(pagePath), path))
}

export { findOrphans }

export class ContentCheckError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} content error${errors.length === 1
      ? ''
      : 's'}:\n${errors.map(e => `  ${formatError(e)}`).join('\n')}`)
    this.name = 'ContentCheckError'
  }
}
