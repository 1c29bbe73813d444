import type { Plugin } from 'vite'
import type { SerializedIndex, ShardedIndexData } from '../../shared/searchShards'
// Production build: VitePress's `@localSearchIndex<locale>` module (the whole MiniSearch index as one
// JSON string) becomes { base, shards }: the base stays in the module, each term shard is written to
// assets/search/<hash>.json and fetched by the search box only when a query needs it
// (shared/searchShards.ts says how terms are split). The dev server keeps the whole index (HMR).
import { createHash } from 'node:crypto'
import { splitIndex } from '../../shared/searchShards'

/** VitePress's resolved id of a locale's index module (not the `@localSearchIndex` list itself). */
const INDEX_MODULE = /^\/@localSearchIndex.+$/
const PREFIX = 'export default '

export function shardSearchModule(code: string, emit: (fileName: string, source: string) => void): string {
  if (!code.startsWith(PREFIX))
    throw new Error(`shardPlugin: VitePress's search index module changed: expected it to start with ${JSON.stringify(PREFIX)}`)
  const index = JSON.parse(JSON.parse(code.slice(PREFIX.length).replace(/;?\s*$/, ''))) as SerializedIndex
  const { base, shards } = splitIndex(index)
  const data: ShardedIndexData = {
    sharded: true,
    base: JSON.stringify(base),
    shards: shards.map((entries) => {
      const source = JSON.stringify(entries)
      const fileName = `assets/search/${createHash('sha256').update(source).digest('base64url').slice(0, 12)}.json`
      emit(fileName, source)
      return fileName
    }),
  }
  return `${PREFIX}${JSON.stringify(data)}`
}

export function searchShardPlugin(): Plugin {
  return {
    name: 'garden:search-shards',
    apply: 'build',
    transform(code, id, options) {
      if (options?.ssr || !INDEX_MODULE.test(id))
        return null
      return {
        code: shardSearchModule(code, (fileName, source) => this.emitFile({ type: 'asset', fileName, source })),
        map: null,
      }
    },
  }
}
