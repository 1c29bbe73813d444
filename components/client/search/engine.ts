// The search dialog's engine: the index (VitePress's local-search index; sharded in a build, see
// shared/searchShards.ts), our ranking (shared/searchRank.ts) and each listed page's section texts
// for the excerpts (.vitepress/node/search/sectionTexts.ts). No DOM.
import type { RankedPage } from '../../../.vitepress/shared/searchRank'
import type { ShownResult } from '../../search/searchResults'
import type { IndexData } from '../../search/shardedIndex'
import localSearchIndex from '@localSearchIndex'
import searchTexts from 'virtual:search-texts'
import { data as searchPages } from '../../../.vitepress/data/searchPages.data'
import { rankSearch } from '../../../.vitepress/shared/searchRank'
import { tokenize } from '../../../.vitepress/shared/searchTokenize'
import { flattenResults, highlightPattern, noResultSuggestions, pageOfRoute } from '../../search/searchResults'
import { createIndexLoader } from '../../search/shardedIndex'

const base = import.meta.env.BASE_URL

/** A path under the site's base. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(withBase(path))
  if (!res.ok)
    throw new Error(`${path}: HTTP ${res.status}`)
  return res.json() as Promise<T>
}

let loader: Promise<ReturnType<typeof createIndexLoader>> | undefined

/** Loads the index's base (once); shards come per query. */
export function loadIndex() {
  loader ??= localSearchIndex.root!().then(m => createIndexLoader(m.default as IndexData, {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    tokenize,
  }, getJson))
  return loader
}

/** Starts fetching what `query` needs (the shards of its terms) without waiting for it. */
export function prefetchQuery(query: string): void {
  void loadIndex().then(index => index.forQuery(query)).catch(() => {})
}

export interface SearchOutcome {
  query: string
  results: ShownResult[]
  ranked: RankedPage[]
  pattern: RegExp | undefined
}

const pageOf = pageOfRoute(searchPages, () => base)

export async function search(query: string): Promise<SearchOutcome> {
  const index = await (await loadIndex()).forQuery(query)
  const ranked = rankSearch(index, query, pageOf)
  const results = flattenResults(ranked)
  return {
    query,
    results,
    ranked,
    pattern: results.length
      ? highlightPattern(query, ranked)
      : undefined,
  }
}

export function suggestions(query: string) {
  return noResultSuggestions(query, searchPages)
}

const texts = new Map<string, Promise<Record<string, string>>>()

/** The section texts of the page a result id (`/garden/notes/probes#startup`) belongs to. */
export function sectionText(id: string): Promise<string> {
  const [path, anchor = ''] = id.split('#') as [string, string?]
  const route = path.startsWith(base)
    ? `/${path.slice(base.length)}`
    : path
  const file = (searchTexts as Record<string, string>)[route]
  if (!file)
    return Promise.resolve('')
  let pending = texts.get(file)
  if (!pending) {
    pending = getJson<Record<string, string>>(file)
    pending.catch(() => texts.delete(file))
    texts.set(file, pending)
  }
  return pending.then(t => t[anchor] ?? '', () => '')
}
