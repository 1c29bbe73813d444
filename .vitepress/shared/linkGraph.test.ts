import { describe, expect, it } from 'vitest'
import { buildLinkGraph, findOrphans } from './linkGraph'

describe('buildLinkGraph', () => {
  const nodes = [
    'index',
    'chapters/2-running-apps',
    'notes/pod-disruption-budget',
    'notes/probes',
    'notes/lonely',
  ]
  const graph = buildLinkGraph(nodes, [
    { from: 'index', to: 'chapters/2-running-apps' },
    { from: 'chapters/2-running-apps', to: 'notes/pod-disruption-budget' },
    { from: 'notes/probes', to: 'notes/pod-disruption-budget' },
    { from: 'notes/probes', to: 'notes/pod-disruption-budget' },
    { from: 'notes/pod-disruption-budget', to: 'notes/pod-disruption-budget' },
    { from: 'notes/pod-disruption-budget', to: 'chapters/2-running-apps' },
    { from: 'notes/probes', to: 'notes/unknown' },
  ])

  it('lists backlinks in page order, without duplicates or self-links', () => {
    expect(graph.backlinks.get('notes/pod-disruption-budget')).toEqual(['chapters/2-running-apps', 'notes/probes'])
    expect(graph.backlinks.get('chapters/2-running-apps')).toEqual(['index', 'notes/pod-disruption-budget'])
  })

  it('drops edges to pages that do not exist', () => {
    expect(graph.outlinks.get('notes/probes')).toEqual(['notes/pod-disruption-budget'])
    expect(graph.edges).toHaveLength(4)
  })

  it('finds orphans but never the home page', () => {
    expect(findOrphans(graph)).toEqual(['notes/probes', 'notes/lonely'])
  })
})

describe('buildLinkGraph scaling', () => {
  function garden(n: number) {
    const nodes = Array.from({ length: n }, (_, i) => `notes/n${i}`)
    const edges = nodes.flatMap((from, i) => [1, 7, 31, 97].map(k => ({ from, to: nodes[(i + k) % n]! })))
    return { nodes, edges }
  }

  it('handles 1,000 generated notes with 4,000 links', () => {
    const { nodes, edges } = garden(1000)
    const graph = buildLinkGraph(nodes, edges)
    expect(graph.edges).toHaveLength(4000)
    expect(findOrphans(graph, [])).toEqual([])
  })
})
