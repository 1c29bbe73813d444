import type { PageEntry } from '../../shared/pages'
import type { GardenMapLayout, MapNode } from './mapShapes'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildLinkGraph } from '../../shared/linkGraph'
import { buildContentIndex } from '../content/index'
import { layoutGardenMap } from './gardenMap'
import { segmentEntersBox, segments } from './mapGeometry'
import { textWidthEm, wrapLabel } from './mapLabels'
import { PAD_X, PAD_Y } from './mapShapes'
import { NARROW_WIDTH, WIDE_WIDTH } from './mapSvg'

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
  entry('index', '「Kubernetesの知識地図」読書ノート'),
  entry('impressions', '全体の感想'),
  entry('chapters/2-running-apps', '第2章 Kubernetesにおけるアプリケーションの起動'),
  entry('chapters/3-iac', '第3章 KubernetesにおけるInfrastructure as Code'),
  entry('notes/probes', 'Probe（liveness / readiness / startup）', 2),
  entry('notes/pod-disruption-budget', 'PodDisruptionBudget', 2),
  entry('notes/job-lifecycle', 'Jobのライフサイクル（一時停止・追跡・自動削除）', 2),
  entry('notes/topology', 'topologySpreadConstraints', 2),
  entry('notes/ingress', 'IngressによるL7負荷分散', 2),
  entry('notes/gitops', 'GitOps', 3),
  entry('notes/helm', 'Helm', 3),
  entry('notes/stray', '章のないノート'),
]
const pages = new Map(list.map(p => [p.id, p]))
const graph = buildLinkGraph(list.map(p => p.id), [
  { from: 'index', to: 'chapters/2-running-apps' },
  { from: 'chapters/2-running-apps', to: 'notes/probes' },
  { from: 'notes/probes', to: 'notes/pod-disruption-budget' },
  { from: 'notes/pod-disruption-budget', to: 'notes/probes' },
  { from: 'notes/job-lifecycle', to: 'notes/probes' },
  { from: 'notes/topology', to: 'notes/ingress' },
  { from: 'notes/ingress', to: 'notes/probes' },
  { from: 'notes/gitops', to: 'chapters/3-iac' },
  { from: 'notes/gitops', to: 'notes/helm' },
  { from: 'notes/helm', to: 'notes/ingress' },
])

const overlap = (a: MapNode, b: MapNode) => !(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y)

/** Every check a drawn map must pass, whatever the graph. */
function expectSound(layout: GardenMapLayout, input: ReadonlyMap<string, PageEntry>) {
  expect(layout.nodes.map(n => n.id).sort()).toEqual([
    ...input.keys(),
  ].filter(id => !layout.summary || input.get(id)!.kind !== 'note').sort())
  for (const n of layout.nodes) {
    // The whole box with its thickest border (常緑, 3 px, half outside the rect): nothing cut at the edges.
    expect(n.x - 1.5, n.id).toBeGreaterThanOrEqual(0)
    expect(n.y - 1.5, n.id).toBeGreaterThanOrEqual(0)
    expect(n.x + n.width + 1.5, n.id).toBeLessThanOrEqual(layout.width)
    expect(n.y + n.height + 1.5, n.id).toBeLessThanOrEqual(layout.height)
    // The whole title, on lines that fit the box.
    expect(n.lines.join('')).toBe(n.title)
    expect(n.lines.join('')).not.toContain('…')
    for (const line of n.lines)
      expect(textWidthEm(line) * layout.fontSize).toBeLessThanOrEqual(n.width - 2 * PAD_X + 0.5)
    expect(n.lines.length * layout.lineHeight).toBeLessThanOrEqual(n.height - 2 * PAD_Y)
  }
  for (const [i, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(i + 1))
      expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false)
  }
  for (const r of layout.regions) {
    const inside = layout.nodes.filter(n => (r.id === 'loose'
      ? n.kind === 'note' && !layout.regions.some(g => g.chapter !== undefined && g.chapter === n.chapter)
      : n.id === r.id || (n.kind === 'note' && n.chapter === r.chapter)))
    for (const n of inside) {
      expect(n.x).toBeGreaterThanOrEqual(r.x)
      expect(n.y).toBeGreaterThanOrEqual(r.y)
      expect(n.x + n.width).toBeLessThanOrEqual(r.x + r.width)
      expect(n.y + n.height, n.id).toBeLessThanOrEqual(r.y + r.height)
    }
  }
  for (const [i, a] of layout.regions.entries()) {
    for (const b of layout.regions.slice(i + 1))
      expect(a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true)
  }
  // No line runs under a box: every segment keeps out of every box but its two ends, which it touches.
  const at = new Map(layout.nodes.map(n => [n.id, n]))
  for (const e of layout.edges) {
    const ends = [
      at.get(e.from)!,
      at.get(e.to)!,
    ]
    expect(e.points.length, `${e.from} → ${e.to}`).toBeGreaterThanOrEqual(2)
    const onSide = (p: readonly number[], n: MapNode) => (Math.abs(p[0]! - n.x) < 0.01 || Math.abs(p[0]! - n.x - n.width) < 0.01 || Math.abs(p[1]! - n.y) < 0.01 || Math.abs(p[1]! - n.y - n.height) < 0.01)
    expect(onSide(e.points[0]!, ends[0]!) && onSide(e.points.at(-1)!, ends[1]!), `${e.from} → ${e.to} starts and ends on its boxes`).toBe(true)
    for (const [a, b] of segments(e.points)) {
      for (const n of layout.nodes)
        expect(segmentEntersBox(a, b, n), `${e.from} → ${e.to} runs under ${n.id}`).toBe(false)
      expect(Math.min(a[0], b[0])).toBeGreaterThanOrEqual(0)
      expect(Math.max(a[0], b[0])).toBeLessThanOrEqual(layout.width)
    }
    if (!e.cross) {
      // A link inside a chapter stays inside its region's frame.
      const r = layout.regions.find(g => ends[0]!.y >= g.y && ends[0]!.y <= g.y + g.height)!
      for (const [x, y] of e.points)
        expect(x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height, `${e.from} → ${e.to} leaves its region`).toBe(true)
    }
  }
}

describe('layoutGardenMap', async () => {
  const layout = await layoutGardenMap(pages, graph)
  const narrow = await layoutGardenMap(pages, graph, { width: 312, maxNodeWidth: 142 })

  it.each([
    ['688 px', layout],
    ['312 px', narrow],
  ])('at %s: every page once, whole titles inside their boxes, no overlap, notes inside their chapter', (_, l) => {
    expect(l.width).toBeLessThanOrEqual(l === layout
      ? 600
      : 312)
    expectSound(l, pages)
  })

  it('has one region per chapter in the book\'s order, and one for notes without a chapter', () => {
    expect(layout.regions.map(r => r.id)).toEqual(['chapters/2-running-apps', 'chapters/3-iac', 'loose'])
  })

  it('draws the links inside a region at rest and the others only on highlight', () => {
    const drawn = layout.edges.filter(e => !e.cross).map(e => [e.from, e.to].sort().join('>')).sort()
    expect(drawn).toEqual([
      'notes/ingress>notes/probes',
      'notes/ingress>notes/topology',
      'notes/job-lifecycle>notes/probes',
      'notes/gitops>notes/helm',
      'notes/pod-disruption-budget>notes/probes',
    ].sort())
    const cross = layout.edges.filter(e => e.cross).map(e => `${e.from}>${e.to}`)
    expect(cross).toEqual(expect.arrayContaining(['notes/helm>notes/ingress', 'index>chapters/2-running-apps']))
    expect(layout.edges.every(e => /^M[\d.-]+ [\d.-]+[LQ]/.test(e.d))).toBe(true)
    expect(layout.neighbours['notes/probes']).toEqual([
      'chapters/2-running-apps',
      'notes/ingress',
      'notes/job-lifecycle',
      'notes/pod-disruption-budget',
    ])
  })

  it('leaves the links out of the phone\'s layout, keeping the neighbours for the highlight', async () => {
    const phone = await layoutGardenMap(pages, graph, { width: 296, maxNodeWidth: 142, links: false })
    expect(phone.edges).toEqual([])
    expect(phone.neighbours).toEqual(layout.neighbours)
    expectSound(phone, pages)
  })

  it('is deterministic whatever the input order', async () => {
    const shuffled = new Map([
      ...pages.entries(),
    ].reverse())
    expect(await layoutGardenMap(shuffled, graph)).toEqual(layout)
  })

  it('summarises past the limit: chapters with counts, no note nodes', async () => {
    const summary = await layoutGardenMap(pages, graph, { summaryAbove: 3 })
    expect(summary.summary).toBe(true)
    expect(summary.regions.find(r => r.id === 'chapters/2-running-apps')!.count).toBe(5)
    expectSound(summary, pages)
  })
})

describe('layoutGardenMap on the garden', async () => {
  const scan = buildContentIndex(fileURLToPath(new URL('../../../docs', import.meta.url)), 'docs')
  it.each([
    ['wide', WIDE_WIDTH, 168],
    ['narrow', NARROW_WIDTH, 142],
  ])('%s: sound, and no line runs under a box', async (_, width, maxNodeWidth) => {
    const l = await layoutGardenMap(scan.pages, scan.graph, { width, maxNodeWidth })
    expect(l.width).toBe(width)
    expect(l.edges.filter(e => !e.cross).length).toBeGreaterThan(20)
    expectSound(l, scan.pages)
  })
})

describe('wrapLabel', () => {
  it.each([
    [
      'GitOps',
      ['GitOps'],
    ],
    [
      'Jobのライフサイクル（一時停止・追跡・自動削除）',
      ['Jobのライフサイクル', '（一時停止・追跡・', '自動削除）'],
    ],
    [
      'Probe（liveness / readiness / startup）',
      ['Probe（liveness / ', 'readiness / ', 'startup）'],
    ],
  ])('%s → %j (at BudouX phrases and spaces)', (title, lines) => {
    expect(wrapLabel(title, 130, 13)).toEqual(lines)
  })

  it('breaks a word wider than the box between characters, keeping every character', () => {
    const lines = wrapLabel('topologySpreadConstraints', 100, 13)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('topologySpreadConstraints')
    expect(lines.every(l => textWidthEm(l) * 13 <= 100)).toBe(true)
  })
})
