import type { IndexEntry, ShardedIndexData } from '../../.vitepress/shared/searchShards'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { rankSearch, WORD_SEARCH } from '../../.vitepress/shared/searchRank'
import { shardCountFor, shardOf, splitIndex } from '../../.vitepress/shared/searchShards'
import { tokenize } from '../../.vitepress/shared/searchTokenize'
import { createIndexLoader } from './shardedIndex'

const OPTIONS = {
  fields: ['title', 'titles', 'text'],
  storeFields: ['title', 'titles'],
  tokenize,
}
const DOCS = [
  {
    id: '/notes/probes#top',
    title: 'Probe の使い分け',
    titles: [],
    text: 'readinessProbe と livenessProbe、起動が遅いアプリには startupProbe。再起動の条件。',
  },
  {
    id: '/notes/probes#liveness',
    title: 'livenessProbe',
    titles: ['Probe の使い分け'],
    text: '失敗が続くとコンテナを再起動する。',
  },
  {
    id: '/notes/pdb#top',
    title: 'PodDisruptionBudget',
    titles: [],
    text: 'ドレインのときに同時に止めてよいPodの数。退避の上限。',
  },
  {
    id: '/notes/grpc#top',
    title: 'gRPCの負荷分散',
    titles: [],
    text: 'HTTP/2の長い接続はL4では偏る。L7プロキシでリクエスト単位に振り分ける。',
  },
  {
    id: '/notes/job#top',
    title: 'Jobの再試行',
    titles: [],
    text: 'backoffLimit と podFailurePolicy。再起動と再試行の違い。',
  },
]

function whole(): MiniSearch {
  const ms = new MiniSearch(OPTIONS)
  ms.addAll(DOCS)
  return ms
}

function sharded(count: number) {
  const { base, shards } = splitIndex(whole().toJSON(), count)
  const data: ShardedIndexData = {
    sharded: true,
    base: JSON.stringify(base),
    shards: shards.map((_, i) => `s/${i}.json`),
  }
  const fetched: string[] = []
  const loader = createIndexLoader(data, OPTIONS, async (path) => {
    fetched.push(path)
    return shards[Number(/(\d+)\.json$/.exec(path)![1])] as IndexEntry[]
  })
  return { loader, fetched }
}

describe('shardOf and shardCountFor', () => {
  it('puts a term in the shard of its first character', () => {
    expect(shardOf('再起', 16)).toBe(shardOf('再試', 16))
    expect(shardOf('readinessprobe', 64)).toBe(shardOf('r', 64))
    const spread = new Set('あいうえおかきくけこさしすせそ再起動退避優先度abcdefg'.split('').map(c => shardOf(c, 8)))
    expect(spread.size).toBeGreaterThan(4)
  })

  it('is a power of two aiming at 32 KiB a shard, at most 256', () => {
    expect(shardCountFor(1000)).toBe(1)
    expect(shardCountFor(600_000)).toBe(32)
    expect(shardCountFor(1e9)).toBe(256)
  })
})

describe('createIndexLoader', () => {
  it.each([
    '再起動',
    '退避',
    'readinessProbe',
    'readinesProbe',
    'Pro',
    'L7 プロキシ',
    'ドレイン',
    'probe 再起動',
  ])('ranks %s on the fetched shards as on the whole index', async (query) => {
    const { loader } = sharded(8)
    expect(rankSearch(await loader.forQuery(query), query, () => undefined)).toEqual(rankSearch(whole(), query, () => undefined))
    // Same hits and scores (the order of a hit's matched terms follows the index's insertion order).
    const hits = (ms: MiniSearch) => ms.search(query, WORD_SEARCH).map(r => ({
      id: r.id,
      score: r.score,
      terms: [...r.terms].sort(),
    }))
    expect(hits(await loader.forQuery(query))).toEqual(hits(whole()))
  })

  it('fetches only the shards of the query terms, each once', async () => {
    const { loader, fetched } = sharded(16)
    await loader.forQuery('再起動')
    const wanted = [
      ...new Set(tokenize('再起動').map(t => shardOf(t, 16))),
    ].sort((a, b) => a - b)
    expect(loader.loaded()).toEqual(wanted)
    expect(fetched).toHaveLength(wanted.length)
    await loader.forQuery('再起動')
    expect(fetched).toHaveLength(wanted.length)
  })

  it('retries a shard whose fetch failed', async () => {
    const { base, shards } = splitIndex(whole().toJSON(), 4)
    const data: ShardedIndexData = {
      sharded: true,
      base: JSON.stringify(base),
      shards: shards.map((_, i) => `${i}`),
    }
    let fail = true
    const loader = createIndexLoader(data, OPTIONS, async (path) => {
      if (fail)
        throw new Error('offline')
      return shards[Number(path)]!
    })
    await expect(loader.forQuery('退避')).rejects.toThrow('offline')
    fail = false
    expect((await loader.forQuery('退避')).search('退避').map(r => r.id)).toEqual(['/notes/pdb#top'])
  })

  it('uses a whole index (the dev server) as it is', async () => {
    const loader = createIndexLoader(JSON.stringify(whole()), OPTIONS, async () => {
      throw new Error('no fetch expected')
    })
    expect((await loader.forQuery('退避')).search('退避').map(r => r.id)).toEqual(['/notes/pdb#top'])
    expect(loader.loaded()).toEqual([])
  })
})
