// Ranking of the site search, shared by the search box (components/search/LocalSearchBox.vue) and
// scripts/search-eval.ts, so the figures measured in node are those of the list a reader sees.
// VitePress's index holds one document per page section (title = its heading, titles = the
// headings above it, text); the ranking on top of MiniSearch:
// - each query word is searched on its own, its terms combined with AND (so 「ドレイン」 needs ドレ,
//   レイ and イン in the same section, not any one of them); a word with no such section falls back
//   to OR of its terms at a low weight (a phrase the notes word differently still finds something);
// - a page's title section (its h1 and intro, where the index also holds the frontmatter
//   description, aliases and tag labels) counts twice;
// - sections are grouped by page: a page scores by its best section, times 1 + 2 × the share of
//   its sections that match (a note about the term beats a long chapter that mentions it in one
//   section), times the share of query words it matched (squared), times a bonus when the query is the
//   page's title or one of its aliases (×4) or the words occur in them, and when a word is one of
//   its tags;
// - fuzzy matching only for Latin words of 5 letters or more (one typo: readinesProbe), never for
//   kanji/kana bigrams.
import type MiniSearch from 'minisearch'
import type { SearchOptions, SearchResult } from 'minisearch'
import { tokenize } from './searchTokenize'

/** What the search box knows of a page besides the index: title, aliases, tag slugs and labels. */
export interface SearchPage {
  title: string
  aliases: string[]
  tags: string[]
  /** Number of sections the index holds for the page (its h1 part and each h2/h3). */
  sections: number
}

export interface RankedSection {
  /** Index id: route (with base) and `#anchor`, none for the part above the first h2. */
  id: string
  title: string
  titles: string[]
  score: number
  /** Document terms that matched (for highlighting). */
  terms: string[]
}

export interface RankedPage {
  /** Page route as in the index ids (with base, without anchor). */
  route: string
  score: number
  /** Matched sections, best first. */
  sections: RankedSection[]
}

const LATIN_TERM = /^[\p{sc=Latin}\p{N}]+$/u

/** MiniSearch options for one query word (combineWith is set per call). */
export const WORD_SEARCH: SearchOptions = {
  boost: { title: 4, text: 2, titles: 1 },
  prefix: true,
  // One edit for Latin terms of 5+ letters; kanji/kana bigrams match exactly.
  fuzzy: (term: string) => LATIN_TERM.test(term) && term.length >= 5
    ? 1
    : false,
}

/** Weight of a word matched only by some of its terms (OR fallback). */
export const LOOSE_WEIGHT = 0.25
/** Weight of the share of a page's sections that match (a page about the term, not one mention). */
const DENSITY_WEIGHT = 2
/** The title section (h1 and the text above the first h2, with description, aliases and tags). */
const TITLE_SECTION_BOOST = 2
const EXACT_NAME_BONUS = 4
const TAG_BONUS = 1.3

/** NFKC, lower case, without spaces: the form titles, aliases and queries are compared in. */
export function normalizeName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
}

/**
 * Splits a query into words at spaces and Japanese punctuation; words without any search term
 * (only symbols) are dropped.
 * @example queryWords('Ingress NGINX、退役') // ['Ingress', 'NGINX', '退役']
 */
export function queryWords(query: string): string[] {
  return [
    ...new Set(query.normalize('NFKC').split(/[\s、。，．・「」『』（）]+/u)),
  ].filter(w => tokenize(w).length > 0)
}

interface SectionHit {
  result: SearchResult
  score: number
  words: Set<number>
  terms: Set<string>
}

/** Matching sections for one word: AND of its terms, else OR at LOOSE_WEIGHT. */
function searchWord(index: MiniSearch, word: string): { hits: SearchResult[], weight: number } {
  const strict = index.search(word, { ...WORD_SEARCH, combineWith: 'AND' })
  if (strict.length || tokenize(word).length < 2)
    return { hits: strict, weight: 1 }
  return {
    hits: index.search(word, { ...WORD_SEARCH, combineWith: 'OR' }),
    weight: LOOSE_WEIGHT,
  }
}

/** Bonus of a page whose title or aliases are the query, or contain its words; or whose tags are. */
function nameBonus(page: SearchPage | undefined, query: string, words: string[]): number {
  if (!page)
    return 1
  const names = [page.title, ...page.aliases].map(normalizeName)
  if (names.includes(normalizeName(query)))
    return EXACT_NAME_BONUS
  const normWords = words.map(normalizeName)
  const inName = normWords.filter(w => names.some(n => n.includes(w))).length / normWords.length
  const tags = page.tags.map(normalizeName)
  const tagged = normWords.some(w => tags.includes(w))
  return (1 + inName) * (tagged
    ? TAG_BONUS
    : 1)
}

/**
 * Searches `index` (VitePress's section index) and returns matching pages, best first, each with
 * its matching sections, best first.
 * @param index VitePress's section index, loaded with our tokenizer
 * @param query what the reader typed
 * @param pageOf the page data for a route as found in the index ids (undefined: no bonus)
 */
export function rankSearch(index: MiniSearch, query: string, pageOf: (route: string) => SearchPage | undefined): RankedPage[] {
  const words = queryWords(query)
  if (!words.length)
    return []
  const sections = new Map<string, SectionHit>()
  words.forEach((word, wi) => {
    const { hits, weight } = searchWord(index, word)
    for (const result of hits) {
      const id = String(result.id)
      let hit = sections.get(id)
      if (!hit) {
        hit = {
          result,
          score: 0,
          words: new Set(),
          terms: new Set(),
        }
        sections.set(id, hit)
      }
      const titleSection = (result.titles as string[]).length === 0
      hit.score += result.score * weight * (titleSection
        ? TITLE_SECTION_BOOST
        : 1)
      hit.words.add(wi)
      for (const t of result.terms)
        hit.terms.add(t)
    }
  })
  const byPage = new Map<string, SectionHit[]>()
  for (const [id, hit] of sections) {
    const route = id.split('#')[0]
    byPage.set(route, [
      ...(byPage.get(route) ?? []),
      hit,
    ])
  }
  const pages: RankedPage[] = []
  for (const [route, hits] of byPage) {
    hits.sort((a, b) => b.score - a.score)
    const page = pageOf(route)
    const density = Math.min(1, hits.length / Math.max(1, page?.sections ?? hits.length))
    const matched = new Set(hits.flatMap(h => [...h.words])).size / words.length
    const score = hits[0].score * (1 + DENSITY_WEIGHT * density) * matched ** 2 * nameBonus(page, query, words)
    pages.push({
      route,
      score,
      sections: hits.map(h => ({
        id: String(h.result.id),
        title: h.result.title as string,
        titles: h.result.titles as string[],
        score: h.score,
        terms: [...h.terms],
      })),
    })
  }
  return pages.sort((a, b) => b.score - a.score || a.route.localeCompare(b.route))
}
