// What the search box shows, from the ranking (.vitepress/shared/searchRank.ts): the flat list of
// results (each page's best section, then its other sections marked `sub`), the highlight pattern
// (whole query words, plus the document words a Latin query matched by prefix or typo), and the
// suggestions when nothing matched (the tags, and the titles closest to the query).
import type { RankedPage, SearchPage } from '../../.vitepress/shared/searchRank'
import { normalizeName, queryWords } from '../../.vitepress/shared/searchRank'
import { TAG_LABELS } from '../../.vitepress/shared/tags'

export interface ShownResult {
  /** Index id: route with base, `#anchor` for sections below the title. */
  id: string
  title: string
  titles: string[]
  /** Excerpt HTML, filled in once the page module is loaded. */
  text?: string
  /** A further section of the page listed just above it. */
  sub: boolean
}

/** Pages shown, and sections shown per page. */
export const MAX_PAGES = 10
export const MAX_SECTIONS = 3

export function flattenResults(pages: RankedPage[], maxPages = MAX_PAGES, maxSections = MAX_SECTIONS): ShownResult[] {
  return pages.slice(0, maxPages).flatMap(p => p.sections.slice(0, maxSections).map((s, i) => ({
    id: s.id,
    title: s.title,
    titles: s.titles,
    sub: i > 0,
  })))
}

function escapeRegExp(s: string): string {
  return s.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replace(/-/g, '\\x2d')
}

const LATIN = /^[\p{sc=Latin}\p{N}]+$/u

/**
 * The pattern the excerpts and titles are marked with: each query word whole, and the Latin words
 * of the matched sections that differ from the query's (prefix completions and typo matches, e.g.
 * readinessprobe for readinesProbe); longest first. Undefined for an empty query.
 */
export function highlightPattern(query: string, pages: RankedPage[]): RegExp | undefined {
  const words = queryWords(query)
  const latin = pages.flatMap(p => p.sections.flatMap(s => s.terms)).filter(t => LATIN.test(t))
  const all = [
    ...new Set([
      ...words,
      ...latin,
    ]),
  ].sort((a, b) => b.length - a.length)
  if (!all.length)
    return undefined
  return new RegExp(all.map(escapeRegExp).join('|'), 'giu')
}

/** Looks up a page by an index route (with base). */
export function pageOfRoute(pages: Record<string, SearchPage>, base: () => string) {
  return (route: string): SearchPage | undefined => {
    const b = base()
    return pages[route.startsWith(b)
      ? `/${route.slice(b.length)}`
      : route]
  }
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < s.length - 1; i++)
    out.add(s.slice(i, i + 2))
  if (s.length === 1)
    out.add(s)
  return out
}

/** Dice coefficient of the character bigrams of two normalized strings (0…1). */
export function similarity(a: string, b: string): number {
  const x = bigrams(normalizeName(a))
  const y = bigrams(normalizeName(b))
  if (!x.size || !y.size)
    return 0
  let common = 0
  for (const g of x) {
    if (y.has(g))
      common++
  }
  return (2 * common) / (x.size + y.size)
}

export interface Suggestions {
  tags: { slug: string, label: string }[]
  /** Routes without base, closest first. */
  titles: { route: string, title: string }[]
}

/** When nothing matched: the tags in use, and up to `n` pages whose title or alias is closest to the query. */
export function noResultSuggestions(query: string, pages: Record<string, SearchPage>, n = 3): Suggestions {
  const titles = Object.entries(pages)
    .map(([route, p]) => ({
      route,
      title: p.title,
      score: Math.max(...[p.title, ...p.aliases].map(name => similarity(query, name))),
    }))
    .filter(t => t.score > 0)
    .sort((a, b) => b.score - a.score || a.route.localeCompare(b.route))
    .slice(0, n)
    .map(({ route, title }) => ({ route, title }))
  return {
    tags: Object.entries(TAG_LABELS)
      .filter(([slug]) => Object.values(pages).some(p => p.tags.includes(slug)))
      .map(([slug, label]) => ({ slug, label })),
    titles,
  }
}
