// The search box's index: whole (dev server: VitePress's JSON string) or sharded (a build:
// shared/searchShards.ts). `forQuery` fetches what a query needs — the base once, then the shards of
// its terms not yet fetched — and returns a MiniSearch holding every term the query can match, so
// ranking (shared/searchRank.ts) runs as on the whole index. Kept free of Vue so it is tested in node.
import type { Options } from 'minisearch'
import type { IndexBase, IndexEntry, ShardedIndexData } from '../../.vitepress/shared/searchShards'
import MiniSearch from 'minisearch'
import { shardOf } from '../../.vitepress/shared/searchShards'
import { tokenize } from '../../.vitepress/shared/searchTokenize'

export type IndexData = string | ShardedIndexData

export interface IndexLoader {
  forQuery: (query: string) => Promise<MiniSearch>
  /** Shard numbers fetched so far (for tests and the bench). */
  loaded: () => number[]
}

export function isSharded(data: unknown): data is ShardedIndexData {
  return typeof data === 'object' && data !== null && (data as ShardedIndexData).sharded === true
}

/**
 * @param data the index module's default export
 * @param options MiniSearch options (fields, stored fields, our tokenizer)
 * @param fetchShard fetches a shard file by its path under the site's base
 */
export function createIndexLoader(data: IndexData, options: Options, fetchShard: (path: string) => Promise<IndexEntry[]>): IndexLoader {
  if (!isSharded(data)) {
    const whole = MiniSearch.loadJSON(data, options)
    return {
      forQuery: async () => whole,
      loaded: () => [],
    }
  }
  const base = JSON.parse(data.base) as IndexBase
  const shards = new Map<number, Promise<IndexEntry[]>>()
  let built: { key: string, index: MiniSearch } | undefined

  return {
    async forQuery(query) {
      const needed = [
        ...new Set(tokenize(query).map(t => shardOf(t, data.shards.length))),
      ]
      for (const n of needed) {
        if (!shards.has(n)) {
          const pending = fetchShard(data.shards[n]!)
          // A failed fetch is retried by the next query.
          pending.catch(() => shards.delete(n))
          shards.set(n, pending)
        }
      }
      const loaded = await Promise.all([...shards].map(async ([n, p]) => [n, await p] as const))
      const key = loaded.map(([n]) => n).sort((a, b) => a - b).join(',')
      if (built?.key !== key) {
        const index = MiniSearch.loadJS({
          ...base,
          index: loaded.flatMap(([, entries]) => entries),
        }, options)
        built = { key, index }
      }
      return built.index
    },
    loaded: () => [
      ...shards.keys(),
    ].sort((a, b) => a - b),
  }
}
