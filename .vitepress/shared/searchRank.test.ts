// The ranking on top of VitePress's section index: AND within a query word, per-page grouping,
// title/alias bonus, the share of a page's sections that match, typo tolerance for Latin only.
import type { SearchPage } from './searchRank'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { normalizeName, queryWords, rankSearch } from './searchRank'
import { tokenize } from './searchTokenize'

interface Section { id: string, title: string, titles: string[], text: string }

function indexOf(sections: Section[]): MiniSearch {
  const index = new MiniSearch({
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    tokenize,
  })
  index.addAll(sections)
  return index
}

const page = (title: string, sections: number, aliases: string[] = [], tags: string[] = []): SearchPage => ({ title, aliases, tags, sections })

/** A long chapter with one section about a term, and a note about it in every section. */
const sections: Section[] = [
  {
    id: '/chapters/2#intro',
    title: '第2章',
    titles: [],
    text: 'アプリを動かす章',
  },
  {
    id: '/chapters/2#pdb',
    title: 'PDBとdrain',
    titles: ['第2章'],
    text: 'ノードのdrainでPodを退避させる',
  },
  {
    id: '/chapters/2#eviction',
    title: 'Eviction',
    titles: ['第2章'],
    text: 'APIの名前だけ触れる',
  },
  ...Array.from({ length: 17 }, (_, i) => ({
    id: `/chapters/2#s${i}`,
    title: `節${i}`,
    titles: ['第2章'],
    text: 'インデックスとラインの話',
  })),
  {
    id: '/notes/pdb#top',
    title: 'PodDisruptionBudget',
    titles: [],
    text: 'drainやEvictionの最中も同時に止めてよいPodの数 PDB ドレイン',
  },
  {
    id: '/notes/pdb#drain',
    title: '仕組み',
    titles: ['PodDisruptionBudget'],
    text: 'kubectl drainはEviction APIで退避させる',
  },
  {
    id: '/notes/pdb#example',
    title: '例',
    titles: ['PodDisruptionBudget'],
    text: 'drain中のEvictionもminAvailableを守る',
  },
  {
    id: '/notes/probes#top',
    title: 'Probe',
    titles: [],
    text: 'readinessProbeとlivenessProbe',
  },
]
const pages: Record<string, SearchPage> = {
  '/chapters/2': page('第2章', 20),
  '/notes/pdb': page('PodDisruptionBudget', 3, ['PDB', 'ドレイン'], ['availability', '可用性']),
  '/notes/probes': page('Probe', 1),
}
const index = indexOf(sections)
const rank = (q: string) => rankSearch(index, q, r => pages[r])

describe('rankSearch', () => {
  it('needs all bigrams of a word in one section: ドレイン does not match イン or ライン', () => {
    expect(rank('ドレイン').map(p => p.route)).toEqual(['/notes/pdb'])
  })

  it('falls back to any term of a word, when no section has them all', () => {
    const result = rank('ドレインの手順')
    expect(result.length).toBeGreaterThan(0)
  })

  it('puts a note that is about a term (every section) before a chapter with one section on it', () => {
    expect(rank('Eviction').map(p => p.route)).toEqual(['/notes/pdb', '/chapters/2'])
  })

  it('groups sections per page, the best section first', () => {
    const result = rank('Eviction')
    expect(result[0].sections).toHaveLength(3)
    expect(result[0].sections.map(s => s.score)).toEqual(result[0].sections.map(s => s.score).sort((a, b) => b - a))
    expect(new Set(result.map(p => p.route)).size).toBe(result.length)
  })

  it('ranks a page whose title is the query before a chapter whose section heading has it', () => {
    expect(rank('PodDisruptionBudget')[0].route).toBe('/notes/pdb')
  })

  it('ranks a page whose alias is the query first, in any width or case', () => {
    expect(rank('ｐｄｂ')[0].route).toBe('/notes/pdb')
  })

  it('tolerates one typo in a Latin word of 5+ letters, none in kanji/kana', () => {
    expect(rank('readinesProbe')[0]?.route).toBe('/notes/probes')
    expect(rank('退場')).toEqual([])
  })

  it('ranks pages matching every query word before pages matching some', () => {
    expect(rank('kubectl 退避')[0].route).toBe('/notes/pdb')
  })

  it('returns nothing for an empty or symbol-only query', () => {
    expect(rank('')).toEqual([])
    expect(rank('  ・ ')).toEqual([])
  })
})

describe('queryWords', () => {
  it.each([
    [
      'Ingress NGINX、退役',
      ['Ingress', 'NGINX', '退役'],
    ],
    [
      'ｋｕｓｔｏｍｉｚｅ\u3000パッチ',
      ['kustomize', 'パッチ'],
    ],
    [
      '退避 退避',
      ['退避'],
    ],
    ['「 」', []],
  ])('%s → %j', (query, words) => {
    expect(queryWords(query)).toEqual(words)
  })

  it('normalizes names for comparison', () => {
    expect(normalizeName('ＰＤＢ  Budget')).toBe('pdbbudget')
  })
})
