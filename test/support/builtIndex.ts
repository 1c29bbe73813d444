// Reads a built site's search index back whole: the `@localSearchIndexroot` chunk (the base, sharded
// build) plus the shard files it names, or the whole index (an unsharded chunk). For dist tests and
// the bench.
import type { IndexEntry, SerializedIndex, ShardedIndexData } from '../../.vitepress/shared/searchShards'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { joinIndex } from '../../.vitepress/shared/searchShards'

export interface BuiltIndex {
  /** The chunk file, relative to the site folder. */
  chunk: string
  /** The module's default export as built. */
  data: string | ShardedIndexData
  /** The whole index, shards joined. */
  whole: SerializedIndex
  /** Shard files relative to the site folder (empty when not sharded). */
  shardFiles: string[]
}

export function findIndexChunk(dist: string): string | undefined {
  const f = readdirSync(join(dist, 'assets', 'chunks')).find(f => /^@localSearchIndexroot\.[\w-]+\.js$/.test(f))
  return f && `assets/chunks/${f}`
}

export async function readBuiltIndex(dist: string): Promise<BuiltIndex> {
  const chunk = findIndexChunk(dist)
  if (!chunk)
    throw new Error(`${dist}: no @localSearchIndexroot chunk in assets/chunks`)
  const { default: data } = await import(pathToFileURL(join(dist, chunk)).href) as { default: string | ShardedIndexData }
  if (typeof data === 'string') {
    return {
      chunk,
      data,
      whole: JSON.parse(data) as SerializedIndex,
      shardFiles: [],
    }
  }
  const shards = data.shards.map(f => JSON.parse(readFileSync(join(dist, f), 'utf8')) as IndexEntry[])
  return {
    chunk,
    data,
    whole: joinIndex(JSON.parse(data.base), shards),
    shardFiles: data.shards,
  }
}
