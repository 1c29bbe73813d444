import type { RankedPage, SearchPage } from '../../.vitepress/shared/searchRank'
import { describe, expect, it } from 'vitest'
import { flattenResults, highlightPattern, noResultSuggestions, pageOfRoute, similarity } from './searchResults'

const ranked: RankedPage[] = [
  {
    route: '/notes/probes',
    score: 10,
    sections: [
      {
        id: '/notes/probes#top',
        title: 'Probe',
        titles: [],
        score: 5,
        terms: ['readinessprobe'],
      },
      {
        id: '/notes/probes#a',
        title: 'A',
        titles: ['Probe'],
        score: 3,
        terms: ['readinessprobe'],
      },
      {
        id: '/notes/probes#b',
        title: 'B',
        titles: ['Probe'],
        score: 2,
        terms: ['プロ'],
      },
      {
        id: '/notes/probes#c',
        title: 'C',
        titles: ['Probe'],
        score: 1,
        terms: [],
      },
    ],
  },
  {
    route: '/notes/x',
    score: 1,
    sections: [
      {
        id: '/notes/x#top',
        title: 'X',
        titles: [],
        score: 1,
        terms: [],
      },
    ],
  },
]

const pages: Record<string, SearchPage> = {
  '/notes/pod-disruption-budget': {
    title: 'PodDisruptionBudget',
    aliases: ['PDB', 'ドレイン'],
    tags: ['availability', '可用性'],
    sections: 9,
  },
  '/notes/probes': {
    title: 'Probe（liveness / readiness / startup）',
    aliases: ['プローブ'],
    tags: ['basics', '基本'],
    sections: 8,
  },
}

describe('flattenResults', () => {
  it('lists each page\'s best section, then up to 2 more marked sub, page by page', () => {
    expect(flattenResults(ranked).map(r => `${r.id}${r.sub
      ? ' (sub)'
      : ''}`)).toEqual([
      '/notes/probes#top',
      '/notes/probes#a (sub)',
      '/notes/probes#b (sub)',
      '/notes/x#top',
    ])
  })

  it('keeps at most maxPages pages', () => {
    expect(flattenResults(ranked, 1, 1).map(r => r.id)).toEqual(['/notes/probes#top'])
  })
})

describe('highlightPattern', () => {
  it('marks whole query words and the Latin words a typo or prefix matched, not bigrams', () => {
    const re = highlightPattern('readinesProbe ドレイン', ranked)!
    expect('readinessProbe と ドレイン と イン'.match(re)).toEqual(['readinessProbe', 'ドレイン'])
  })

  it('escapes regular-expression characters and is undefined for nothing to mark', () => {
    expect('a.b axb'.match(highlightPattern('a.b', [])!)).toEqual(['a.b'])
    expect(highlightPattern('', [])).toBeUndefined()
  })
})

describe('noResultSuggestions', () => {
  it('offers the tags in use with their labels and the closest titles or aliases', () => {
    const s = noResultSuggestions('ドレインの仕方', pages)
    expect(s.titles.map(t => t.route)).toEqual(['/notes/pod-disruption-budget'])
    expect(s.tags).toEqual([
      { slug: 'availability', label: '可用性' },
      { slug: 'basics', label: '基本' },
    ])
  })

  it('similarity is 1 for the same name, 0 for nothing in common', () => {
    expect(similarity('ＰＤＢ', 'pdb')).toBe(1)
    expect(similarity('退避', 'kubectl')).toBe(0)
  })
})

describe('pageOfRoute', () => {
  it('finds a page by its route with the base', () => {
    const of = pageOfRoute(pages, () => '/garden/')
    expect(of('/garden/notes/probes')?.title).toMatch(/^Probe/)
    expect(of('/garden/notes/none')).toBeUndefined()
  })
})
