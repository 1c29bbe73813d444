// The search index in pieces, so that a query fetches only what it needs (issue #19, search at scale).
// VitePress builds one MiniSearch index for the site and the box loaded it whole: 115 KiB gzip for our
// 30 pages, ~500 KiB at 1,000 notes. At build (node/search/shardPlugin.ts) the serialised index is
// split into a base (document ids, field lengths, stored titles: what every query's scoring and
// result list need) and term shards, a term going to the shard of its first character. The box
// (components/search/shardedIndex.ts) fetches the base and the shards of the query's terms and loads
// exactly those into MiniSearch. A term's prefix matches start with the same character, so prefix
// search finds what the whole index would; a one-letter typo is found unless it is in the first letter.
import type { AsPlainObject } from 'minisearch'

export type SerializedIndex = AsPlainObject
export type IndexEntry = SerializedIndex['index'][number]
export type IndexBase = Omit<SerializedIndex, 'index'>

/** What the `@localSearchIndex<locale>` module exports in a production build. */
export interface ShardedIndexData {
  sharded: true
  /** The base as JSON text (parsed once, in the browser). */
  base: string
  /** Paths of the shard files under the site's base, one per shard number. */
  shards: string[]
}

/** Raw bytes of postings a shard aims at (≈ 8 KiB gzip): a query of 2–6 terms fetches a few of them. */
export const SHARD_TARGET_BYTES = 32 * 1024
export const MAX_SHARDS = 256

/** A power of two, so that every shard holds about SHARD_TARGET_BYTES of the index's term entries. */
export function shardCountFor(indexBytes: number): number {
  let count = 1
  while (count < MAX_SHARDS && indexBytes / count > SHARD_TARGET_BYTES)
    count *= 2
  return count
}

/** Shard of a term: FNV-1a of its first code point, modulo the shard count. */
export function shardOf(term: string, count: number): number {
  let h = 0x811C9DC5
  for (const byte of new TextEncoder().encode(String.fromCodePoint(term.codePointAt(0) ?? 0))) {
    h ^= byte
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % count
}

export function splitIndex(index: SerializedIndex, count = shardCountFor(JSON.stringify(index.index).length)): { base: IndexBase, shards: IndexEntry[][] } {
  const { index: entries, ...base } = index
  const shards: IndexEntry[][] = Array.from({ length: count }, () => [])
  for (const entry of entries)
    shards[shardOf(entry[0], count)]!.push(entry)
  return { base, shards }
}

export function joinIndex(base: IndexBase, shards: IndexEntry[][]): SerializedIndex {
  return {
    ...base,
    index: shards.flat(),
  }
}
