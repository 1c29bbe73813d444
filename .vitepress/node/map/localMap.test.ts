import type { PageEntry } from '../../shared/pages'
import type { LocalMap, LocalVariant } from './localMap'
import type { Box } from './mapGeometry'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildLinkGraph } from '../../shared/linkGraph'
import { buildContentIndex } from '../content/index'
import { BAND_FONT, BAND_LIMIT, FONT, layoutLocalMap, LOCAL_WIDTHS, neighbourhood } from './localMap'
import { localMapHtml } from './localMapHtml'
import { pathPolylines, segmentEntersBox, segments } from './mapGeometry'
import { textWidthEm } from './mapLabels'
import { PAD_X } from './mapShapes'

function note(slug: string, title: string, maturity: PageEntry['maturity'] = 'budding'): PageEntry {
  return {
    id: `notes/${slug}`,
    route: `/notes/${slug}`,
    kind: 'note',
    title,
    description: `${title}の説明`,
    maturity,
    tags: ['t'],
    date: '2026-11-30',
    chapter: 2,
    anchors: [],
  }
}

const chapter4: PageEntry = {
  ...note('x', ''),
  id: 'chapters/4-operations',
  route: '/chapters/4-operations',
  kind: 'chapter',
  title: '第4章 Kubernetesにおけるアプリケーション運用',
  maturity: 'seedling',
}
const list = [
  note('probes', 'Probe（liveness / readiness / startup）'),
  note('pdb', 'PodDisruptionBudget', 'evergreen'),
  note('jobs', 'Jobのライフサイクル（一時停止・追跡・自動削除）'),
  note('ingress', 'IngressによるL7負荷分散'),
  note('grpc', 'gRPCの負荷分散', 'seedling'),
  note('alone', 'どこともつながらないノート'),
  chapter4,
]
const pages = new Map(list.map(p => [p.id, p]))
const graph = buildLinkGraph(list.map(p => p.id), [
  { from: 'notes/probes', to: 'notes/pdb' },
  { from: 'notes/pdb', to: 'notes/probes' },
  { from: 'notes/jobs', to: 'notes/probes' },
  { from: 'chapters/4-operations', to: 'notes/probes' },
  { from: 'notes/ingress', to: 'notes/probes' },
  { from: 'notes/probes', to: 'notes/grpc' },
  { from: 'notes/probes', to: 'chapters/4-operations' },
])

/** The widest border a box can get (常緑 3 px, the page's own 2.5, keyboard focus 3), half outside the rect. */
const STROKE = 3

/** Everything a drawn local map must satisfy, whatever the page. */
function expectSound(map: LocalMap, label: string) {
  const boxes = [map.self, ...map.nodes]
  for (const n of boxes) {
    // Inside the picture with its whole border: nothing is cut at the edges of the SVG.
    expect(n.x - STROKE / 2, `${label}: ${n.id} left`).toBeGreaterThanOrEqual(0)
    expect(n.y - STROKE / 2, `${label}: ${n.id} top`).toBeGreaterThanOrEqual(0)
    expect(n.x + n.width + STROKE / 2, `${label}: ${n.id} right`).toBeLessThanOrEqual(map.width)
    expect(n.y + n.height + STROKE / 2, `${label}: ${n.id} bottom`).toBeLessThanOrEqual(map.height)
    expect(n.lines.join('')).toBe(n.title)
    for (const line of n.lines)
      expect(textWidthEm(line) * FONT, `${label}: ${line}`).toBeLessThanOrEqual(n.width - 2 * PAD_X + 0.5)
  }
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1))
      expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y, `${label}: ${a.id} × ${b.id}`).toBe(true)
  }
  const labelBoxes: Box[] = map.labels.map(l => ({
    x: l.x,
    y: l.y - BAND_FONT * 0.7,
    width: textWidthEm(l.text) * BAND_FONT,
    height: BAND_FONT * 1.4,
  }))
  for (const l of labelBoxes)
    expect(l.x + l.width, label).toBeLessThanOrEqual(map.width)
  // No line through a box (a stub may only touch its own) or a band label.
  const lines = [
    ...map.bus.map(d => ({ d, own: undefined as string | undefined })),
    ...map.nodes.map(n => ({ d: n.stub!, own: n.id })),
  ]
  for (const { d, own } of lines) {
    for (const [a, b] of pathPolylines(d).flatMap(segments)) {
      for (const n of boxes.filter(n => n.id !== own))
        expect(segmentEntersBox(a, b, n), `${label}: ${d} through ${n.id}`).toBe(false)
      for (const l of labelBoxes)
        expect(segmentEntersBox(a, b, l), `${label}: ${d} through a band label`).toBe(false)
    }
  }
}

describe('layoutLocalMap', () => {
  const map = layoutLocalMap('notes/probes', pages, graph)!

  it('sorts the neighbours into pages linking here, both ways, and linked from here', () => {
    expect(neighbourhood('notes/probes', graph)).toEqual({
      in: ['notes/jobs', 'notes/ingress'],
      both: ['notes/pdb', 'chapters/4-operations'],
      out: ['notes/grpc'],
    })
    expect(map.nodes.map(n => `${n.band}:${n.id}`)).toEqual([
      'in:notes/jobs',
      'in:notes/ingress',
      'both:notes/pdb',
      'both:chapters/4-operations',
      'out:notes/grpc',
    ])
  })

  it.each(Object.keys(LOCAL_WIDTHS) as LocalVariant[])('%s: boxes whole inside the picture, apart, no line through a box or a label', (variant) => {
    const m = layoutLocalMap('notes/probes', pages, graph, variant)!
    expect(m.width).toBe(LOCAL_WIDTHS[variant])
    expectSound(m, variant)
  })

  it('steps the bus around a box too wide for a column instead of running behind it', () => {
    const wide = map.nodes.find(n => n.id === 'chapters/4-operations')!
    expect(wide.width).toBeGreaterThan(LOCAL_WIDTHS.narrow / 2)
    expect(map.bus.join('')).toMatch(/H\d/)
  })

  it('uses the desktop column: labels on fewer lines than on a phone', () => {
    const wide = layoutLocalMap('notes/probes', pages, graph, 'wide')!
    const lines = (m: LocalMap) => m.nodes.reduce((n, b) => n + b.lines.length, 0)
    expect(lines(wide)).toBeLessThan(lines(map))
    expect(wide.nodes.find(n => n.id === 'chapters/4-operations')!.lines.length).toBeLessThanOrEqual(2)
  })

  it('writes one section: both maps, each neighbour as a link, and the list with descriptions', () => {
    const html = localMapHtml({
      wide: layoutLocalMap('notes/probes', pages, graph, 'wide')!,
      narrow: map,
      id: 'notes/probes',
      pages,
      graph,
      base: '/garden/',
    })
    const svgs = [
      ...html.matchAll(/<svg[\s\S]*?<\/svg>/g),
    ].map(m => m[0])
    expect(svgs).toHaveLength(2)
    for (const svg of svgs) {
      expect([
        ...svg.matchAll(/<a href="([^"]+)"/g),
      ].map(m => m[1])).toEqual([
        '/garden/notes/jobs',
        '/garden/notes/ingress',
        '/garden/notes/pdb',
        '/garden/chapters/4-operations',
        '/garden/notes/grpc',
      ])
    }
    expect(html).toContain('class="gm-node gm-self')
    const listHtml = /<details class="lm-list">([\s\S]*?)<\/details>/.exec(html)![1]!
    expect(listHtml).toContain('<a href="/garden/notes/jobs">Jobのライフサイクル（一時停止・追跡・自動削除）</a><span class="lm-desc">Jobのライフサイクル（一時停止・追跡・自動削除）の説明</span>')
    expect(listHtml).not.toContain('このページへのリンクはまだない')
    expect(html).not.toContain('…')
    // No heading id: a generated block is not a section of the article (outline, share).
    expect(html).not.toMatch(/<h2[^>]* id=/)
  })

  it('says so when no page links here', () => {
    const g = buildLinkGraph(list.map(p => p.id), [
      { from: 'notes/grpc', to: 'notes/pdb' },
    ])
    const html = localMapHtml({
      wide: layoutLocalMap('notes/grpc', pages, g, 'wide')!,
      narrow: layoutLocalMap('notes/grpc', pages, g)!,
      id: 'notes/grpc',
      pages,
      graph: g,
      base: '/',
    })
    expect(html).toContain('このページへのリンクはまだない。')
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

describe('layoutLocalMap on every page of the garden', () => {
  const scan = buildContentIndex(fileURLToPath(new URL('../../../docs', import.meta.url)), 'docs')
  const ids = [
    ...scan.pages.values(),
  ].filter(p => p.kind !== 'home').map(p => p.id)

  it.each(ids)('%s: sound at both widths', (id) => {
    for (const variant of Object.keys(LOCAL_WIDTHS) as LocalVariant[]) {
      const m = layoutLocalMap(id, scan.pages, scan.graph, variant)
      if (m)
        expectSound(m, `${id} ${variant}`)
    }
  })
})
