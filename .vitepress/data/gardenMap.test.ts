import type { PageEntry } from '../shared/pages'
import { describe, expect, it } from 'vitest'
import { buildLinkGraph } from '../shared/linkGraph'
import { layoutGardenMap, shorten } from './gardenMap'

function entry(id: string, title: string, chapter?: number): PageEntry {
  const kind = id === 'index'
    ? 'home'
    : id.startsWith('chapters/')
      ? 'chapter'
      : id.startsWith('notes/')
        ? 'note'
        : 'page'
  return {
    id,
    route: id === 'index'
      ? '/'
      : `/${id}`,
    kind,
    title,
    description: '',
    maturity: 'budding',
    tags: ['t'],
    date: '2026-11-29',
    anchors: [],
    ...(chapter
      ? { chapter }
      : {}),
  }
}

const list = [
  entry('index', 'ホーム'),
  entry('impressions', '全体の感想'),
  entry('chapters/2-running-apps', '第2章'),
  entry('chapters/3-iac', '第3章'),
  entry('notes/probes', 'Probe', 2),
  entry('notes/pod-disruption-budget', 'PodDisruptionBudget', 2),
  entry('notes/gitops', 'GitOps', 3),
  entry('notes/stray', '章のないノート'),
]
const pages = new Map(list.map(p => [p.id, p]))
const graph = buildLinkGraph(list.map(p => p.id), [
  { from: 'index', to: 'chapters/2-running-apps' },
  { from: 'notes/probes', to: 'notes/pod-disruption-budget' },
  { from: 'notes/gitops', to: 'chapters/3-iac' },
])

describe('layoutGardenMap', () => {
  const layout = layoutGardenMap(pages, graph)
  const at = (id: string) => layout.nodes.find(n => n.id === id)!

  it('places every page once', () => {
    expect(layout.nodes.map(n => n.id).sort()).toEqual(list.map(p => p.id).sort())
  })

  it('puts each chapter on top of its column with its notes below', () => {
    expect(at('notes/probes').x).toBe(at('chapters/2-running-apps').x)
    expect(at('notes/probes').y).toBeGreaterThan(at('chapters/2-running-apps').y)
    expect(at('notes/gitops').x).toBe(at('chapters/3-iac').x)
    expect(at('notes/stray').x).toBeGreaterThan(at('chapters/3-iac').x)
  })

  it('keeps nodes inside the picture and apart from each other', () => {
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0)
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width)
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height)
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a !== b)
          expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true)
      }
    }
  })

  it('draws one path per link', () => {
    expect(layout.edges.map(e => `${e.from}>${e.to}`)).toEqual(['index>chapters/2-running-apps', 'notes/probes>notes/pod-disruption-budget', 'notes/gitops>chapters/3-iac'])
    expect(layout.edges.every(e => /^M[\d.-]+ [\d.-]+C/.test(e.d))).toBe(true)
  })

  it('is deterministic whatever the input order', () => {
    const shuffled = new Map([
      ...pages.entries(),
    ].reverse())
    expect(layoutGardenMap(shuffled, graph)).toEqual(layout)
  })
})

describe('shorten', () => {
  it.each([
    ['GitOps', 11, 'GitOps'],
    ['topologySpreadConstraints', 11, 'topologySpreadConstrai…'],
    ['送信元IPアドレスの保持と負荷分散', 8, '送信元IPアドレス…'],
    ['ちょうど十一文字のタイトル', 11, 'ちょうど十一文字のタイ…'],
  ])('%s at %i units → %s', (text, max, out) => {
    expect(shorten(text, max)).toBe(out)
  })
})
