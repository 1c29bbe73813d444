import type { PageEntry } from '../shared/pages'
import { describe, expect, it } from 'vitest'
import { buildLinkGraph } from '../shared/linkGraph'
import { PAD_X } from './gardenMap'
import { BAND_LIMIT, layoutLocalMap, LOCAL_WIDTH, localMapHtml, neighbourhood } from './localMap'
import { textWidthEm } from './mapLabels'

function note(slug: string, title: string): PageEntry {
  return {
    id: `notes/${slug}`,
    route: `/notes/${slug}`,
    kind: 'note',
    title,
    description: '',
    maturity: 'budding',
    tags: ['t'],
    date: '2026-11-30',
    chapter: 2,
    anchors: [],
  }
}

const list = [
  note('probes', 'Probe（liveness / readiness / startup）'),
  note('pdb', 'PodDisruptionBudget'),
  note('jobs', 'Jobのライフサイクル（一時停止・追跡・自動削除）'),
  note('ingress', 'IngressによるL7負荷分散'),
  note('grpc', 'gRPCの負荷分散'),
  note('alone', 'どこともつながらないノート'),
]
const pages = new Map(list.map(p => [p.id, p]))
const graph = buildLinkGraph(list.map(p => p.id), [
  { from: 'notes/probes', to: 'notes/pdb' },
  { from: 'notes/pdb', to: 'notes/probes' },
  { from: 'notes/jobs', to: 'notes/probes' },
  { from: 'notes/ingress', to: 'notes/probes' },
  { from: 'notes/probes', to: 'notes/grpc' },
])

describe('layoutLocalMap', () => {
  const map = layoutLocalMap('notes/probes', pages, graph)!

  it('sorts the neighbours into pages linking here, both ways, and linked from here', () => {
    expect(neighbourhood('notes/probes', graph)).toEqual({
      in: ['notes/jobs', 'notes/ingress'],
      both: ['notes/pdb'],
      out: ['notes/grpc'],
    })
    expect(map.nodes.map(n => `${n.band}:${n.id}`)).toEqual([
      'in:notes/jobs',
      'in:notes/ingress',
      'both:notes/pdb',
      'out:notes/grpc',
    ])
  })

  it('keeps every box inside the picture, apart from the others, with its whole title inside', () => {
    const all = [map.self, ...map.nodes]
    for (const n of all) {
      expect(n.x).toBeGreaterThanOrEqual(0)
      expect(n.x + n.width).toBeLessThanOrEqual(LOCAL_WIDTH)
      expect(n.y + n.height).toBeLessThanOrEqual(map.height)
      expect(n.lines.join('')).toBe(n.title)
      for (const line of n.lines)
        expect(textWidthEm(line) * 13).toBeLessThanOrEqual(n.width - 2 * PAD_X + 0.5)
    }
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1))
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} × ${b.id}`).toBe(true)
    }
    // Boxes stay out of the bus in the middle, unless wider than a column (then alone in their row).
    for (const n of map.nodes) {
      const rowMates = map.nodes.filter(m => m !== n && m.y < n.y + n.height && n.y < m.y + m.height)
      expect(n.x + n.width <= LOCAL_WIDTH / 2 || n.x >= LOCAL_WIDTH / 2 || rowMates.length === 0, n.id).toBe(true)
    }
  })

  it('writes each neighbour as a link and the page itself as plain text', () => {
    const html = localMapHtml(map, '/garden/')
    expect([
      ...html.matchAll(/<a href="([^"]+)"/g),
    ].map(m => m[1])).toEqual([
      '/garden/notes/jobs',
      '/garden/notes/ingress',
      '/garden/notes/pdb',
      '/garden/notes/grpc',
    ])
    expect(html).toContain('class="gm-node gm-self')
    expect(html).not.toContain('…')
  })

  it('draws nothing for a page without links, and counts what a crowded band leaves out', () => {
    expect(layoutLocalMap('notes/alone', pages, graph)).toBeUndefined()
    const many = Array.from({ length: BAND_LIMIT + 3 }, (_, i) => note(`n${i}`, `ノート${i}`))
    const hub = note('hub', 'ハブ')
    const big = new Map([hub, ...many].map(p => [p.id, p]))
    const g = buildLinkGraph([
      ...big.keys(),
    ], many.map(p => ({ from: hub.id, to: p.id })))
    const m = layoutLocalMap(hub.id, big, g)!
    expect(m.nodes).toHaveLength(BAND_LIMIT)
    expect(m.omitted).toBe(3)
  })
})
