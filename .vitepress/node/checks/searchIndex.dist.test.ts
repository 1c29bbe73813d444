import type { BuiltIndex } from '../../../test/support/builtIndex'
// The built search index (the base chunk the search box loads, and the term shards it fetches per
// query): it holds the article text with the frontmatter aliases, not the labels of simulator
// controls; the ranking the box uses finds a note by its alias first; and ranking on the shards a
// query fetches gives the same first three pages, each with the same best section, as the whole
// index, for every query of the relevance set. (Scores can differ only through a typo match in a
// term's first letter, which the shards do not fetch: 「GRPCRoute」 also matches xroute on the whole
// index.)
import type { IndexEntry } from '../../shared/searchShards'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndexLoader } from '../../../components/search/shardedIndex'
import { searchRelevance } from '../../../e2e/data/search-relevance'
import { readBuiltIndex } from '../../../test/support/builtIndex'
import { siteBuild } from '../../../test/support/builtSite'
import { rankSearch } from '../../shared/searchRank'
import { tokenize } from '../../shared/searchTokenize'

const site = siteBuild()
const OPTIONS = {
  fields: ['title', 'titles', 'text'],
  storeFields: ['title', 'titles'],
  tokenize,
}
let built: BuiltIndex
let whole: MiniSearch

beforeAll(async () => {
  built = await readBuiltIndex(site.dir)
  whole = MiniSearch.loadJS(built.whole, OPTIONS)
})

describe('search index', () => {
  it('is built in shards: a base in the chunk, term shards as files', () => {
    expect(typeof built.data).toBe('object')
    expect(built.shardFiles.length).toBeGreaterThan(1)
    for (const f of built.shardFiles)
      expect(f).toMatch(/^assets\/search\/[\w-]{12}\.json$/)
  })

  it('indexes no simulator control labels (リセット is only a button)', () => {
    expect(whole.search('リセット', { combineWith: 'AND' })).toEqual([])
  })

  it('finds a note by its frontmatter alias first (ドレイン, PDB)', () => {
    const route = (r: string) => r.slice(site.base.length - 1)
    for (const alias of ['ドレイン', 'PDB'])
      expect(route(rankSearch(whole, alias, () => undefined)[0]!.route), alias).toBe('/notes/pod-disruption-budget')
  })

  it('ranks every relevance query on the fetched shards as on the whole index, fetching only some', async () => {
    if (typeof built.data === 'string')
      throw new TypeError('not sharded')
    for (const { query } of searchRelevance) {
      const fetched: string[] = []
      const loader = createIndexLoader(built.data, OPTIONS, async (path) => {
        fetched.push(path)
        return JSON.parse(readFileSync(join(site.dir, path), 'utf8')) as IndexEntry[]
      })
      const top3 = (index: MiniSearch) => rankSearch(index, query, () => undefined).slice(0, 3)
      const sharded = top3(await loader.forQuery(query))
      const full = top3(whole)
      expect(sharded.map(p => p.route), query).toEqual(full.map(p => p.route))
      // The best section is the same, unless on the whole index it won by a typo in a term's first
      // letter (the shards do not fetch those): then the shards pick the whole index's runner-up.
      const firstLetters = new Set(tokenize(query).map(t => t[0]))
      full.forEach((page, i) => {
        const best = page.sections[0]!
        const byFirstLetterTypo = best.terms.some(t => !firstLetters.has(t[0]))
        const expected = byFirstLetterTypo ? page.sections[1]?.id : best.id
        expect(sharded[i]!.sections[0]!.id, `${query}: ${page.route}`).toBe(expected)
      })
      expect(fetched.length, query).toBeLessThan(built.shardFiles.length)
    }
  })
})
