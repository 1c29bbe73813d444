// Lays out the garden's link graph for the map on the home page, at build time in Node.
// Chapters are regions stacked in the book's order, each with its chapter page as the region's header
// and its notes inside, placed by ELK's stress layout (elkjs) on the links between them and snapped to
// a grid that fits the map's width (layoutRegion). The other pages (home,
// impressions, tags) form a row on top. Links across regions are not drawn at rest (they would cross
// the regions); they appear when one of their ends is hovered or focused (mapSvg.ts).
// Past `summaryAbove` notes the map summarises: each region shows its chapter and the number of its
// notes, and every note is listed, linked, in the map's text alternative.
// Labels are whole titles wrapped at BudouX phrase boundaries (mapLabels.ts). Deterministic: the same
// pages and links give the same picture, whatever the order of the input.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import type { LinkGraph } from '../shared/linkGraph'
import type { PageEntry, PageKind } from '../shared/pages'
import ELK from 'elkjs/lib/elk.bundled.js'
import { textWidthEm, wrapLabel } from './mapLabels'

export interface MapNode {
  id: string
  route: string
  title: string
  /** The whole title on lines (never shortened). */
  lines: string[]
  kind: PageKind
  maturity: PageEntry['maturity']
  chapter?: number
  x: number
  y: number
  width: number
  height: number
}

export interface MapRegion {
  /** The chapter page's id, or 'loose' for notes without a chapter. */
  id: string
  chapter?: number
  /** Notes in the region. */
  count: number
  x: number
  y: number
  width: number
  height: number
}

export interface MapEdge {
  from: string
  to: string
  /** SVG path 'd'. */
  d: string
  /** A link across regions (or to a page outside them): drawn only while one of its ends is highlighted. */
  cross: boolean
}

export interface GardenMapLayout {
  width: number
  height: number
  fontSize: number
  lineHeight: number
  /** True when the notes are summarised (counts per chapter instead of one node per note). */
  summary: boolean
  nodes: MapNode[]
  regions: MapRegion[]
  edges: MapEdge[]
  /** Node id → ids it links to or is linked from (on the map), sorted. */
  neighbours: Record<string, string[]>
}

export interface LayoutOptions {
  /** Width of the picture in px (the home page's column at 1280 px, less the frame). @default 600 */
  width?: number
  /** @default 13 */
  fontSize?: number
  /** Widest note box. @default 168 */
  maxNodeWidth?: number
  /** Past this many notes, regions show counts instead of notes. @default 150 */
  summaryAbove?: number
}

export const PAD_X = 10
export const PAD_Y = 7
const GAP = 12
const ROW_GAP = 18
const REGION_PAD = 10

const elk = new ELK()

export async function layoutGardenMap(pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, options: LayoutOptions = {}): Promise<GardenMapLayout> {
  const width = options.width ?? 600
  const fontSize = options.fontSize ?? 13
  const lineHeight = Math.round(fontSize * 1.35)
  const maxNodeWidth = Math.min(options.maxNodeWidth ?? 168, width - 2 * REGION_PAD)
  const byTitle = (a: PageEntry, b: PageEntry) => a.title.localeCompare(b.title, 'ja') || a.id.localeCompare(b.id)
  const all = [
    ...pages.values(),
  ].sort((a, b) => a.id.localeCompare(b.id))
  const notes = all.filter(p => p.kind === 'note')
  const summary = notes.length > (options.summaryAbove ?? 150)

  const box = (p: PageEntry, maxWidth: number): MapNode => {
    const lines = wrapLabel(p.title, maxWidth - 2 * PAD_X, fontSize, width - 2 * REGION_PAD - 2 * PAD_X)
    const textWidth = Math.max(...lines.map(l => textWidthEm(l))) * fontSize
    return {
      id: p.id,
      route: p.route,
      title: p.title,
      lines,
      kind: p.kind,
      maturity: p.maturity,
      ...(p.chapter === undefined
        ? {}
        : { chapter: p.chapter }),
      x: 0,
      y: 0,
      width: Math.ceil(textWidth + 2 * PAD_X),
      height: lines.length * lineHeight + 2 * PAD_Y,
    }
  }

  const nodes: MapNode[] = []
  const regions: MapRegion[] = []
  const edges: MapEdge[] = []
  let y = 0

  // The other pages, in a row on top (wrapping when needed): home first, then by title.
  const top = all.filter(p => p.kind === 'home' || p.kind === 'page').sort((a, b) => Number(b.kind === 'home') - Number(a.kind === 'home') || byTitle(a, b))
  let x = 0
  let rowHeight = 0
  for (const p of top) {
    const n = box(p, maxNodeWidth)
    if (x > 0 && x + n.width > width) {
      y += rowHeight + GAP
      x = 0
      rowHeight = 0
    }
    n.x = x
    n.y = y
    x += n.width + GAP
    rowHeight = Math.max(rowHeight, n.height)
    nodes.push(n)
  }
  if (top.length > 0)
    y += rowHeight + GAP * 2

  // Regions: chapters in the book's order, then notes without a (known) chapter.
  const chapterNumber = (c: PageEntry) => c.chapter ?? Number(/\/(\d+)-/.exec(c.route)?.[1] ?? 0)
  const chapters = all.filter(p => p.kind === 'chapter').sort((a, b) => chapterNumber(a) - chapterNumber(b) || a.id.localeCompare(b.id))
  const groups: { header?: PageEntry, id: string, chapter?: number, notes: PageEntry[] }[] = chapters.map((c) => {
    const order = new Map((graph.outlinks.get(c.id) ?? []).map((id, i) => [id, i]))
    const own = notes.filter(p => p.chapter === chapterNumber(c)).sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || byTitle(a, b))
    return {
      header: c,
      id: c.id,
      chapter: chapterNumber(c),
      notes: own,
    }
  })
  const grouped = new Set(groups.flatMap(g => g.notes.map(n => n.id)))
  const loose = notes.filter(p => !grouped.has(p.id)).sort(byTitle)
  if (loose.length > 0)
    groups.push({ id: 'loose', notes: loose })

  const innerWidth = width - 2 * REGION_PAD
  for (const group of groups) {
    const region: MapRegion = {
      id: group.id,
      ...(group.chapter === undefined
        ? {}
        : { chapter: group.chapter }),
      count: group.notes.length,
      x: 0,
      y,
      width,
      height: 0,
    }
    let inner = y + REGION_PAD
    if (group.header) {
      const h = box(group.header, innerWidth)
      h.x = REGION_PAD
      h.y = inner
      nodes.push(h)
      inner += h.height + GAP
    }
    if (!summary && group.notes.length > 0) {
      const placed = await layoutRegion(group.notes.map(p => box(p, maxNodeWidth)), graph, innerWidth)
      for (const n of placed.nodes) {
        n.x += REGION_PAD
        n.y += inner
        nodes.push(n)
      }
      for (const e of placed.edges) {
        edges.push({
          ...e,
          d: translatePath(e.d, REGION_PAD, inner),
        })
      }
      inner += placed.height + GAP
    }
    else if (summary) {
      // The count line drawn under the header (mapSvg.ts).
      inner += lineHeight + GAP
    }
    region.height = Math.max(inner - y, 2 * REGION_PAD) + REGION_PAD - GAP
    regions.push(region)
    y += region.height + GAP
  }

  // Every other link between two nodes on the map, drawn only while highlighted.
  const at = new Map(nodes.map(n => [n.id, n]))
  const drawn = new Set(edges.map(e => pairKey(e.from, e.to)))
  const neighbours: Record<string, Set<string>> = {}
  for (const { from, to } of graph.edges) {
    const a = at.get(from)
    const b = at.get(to)
    if (!a || !b)
      continue
    neighbours[from] ??= new Set()
    neighbours[to] ??= new Set()
    neighbours[from].add(to)
    neighbours[to].add(from)
    const key = pairKey(from, to)
    if (drawn.has(key))
      continue
    drawn.add(key)
    edges.push({
      from,
      to,
      d: crossPath(a, b),
      cross: true,
    })
  }
  return {
    width,
    height: Math.max(y - GAP, 0),
    fontSize,
    lineHeight,
    summary,
    nodes,
    regions,
    edges,
    neighbours: Object.fromEntries(Object.entries(neighbours).sort(([a], [b]) => a.localeCompare(b)).map(([id, set]) => [
      id,
      [...set].sort(),
    ])),
  }
}

function pairKey(a: string, b: string): string {
  return a < b
    ? `${a}\u0000${b}`
    : `${b}\u0000${a}`
}

/**
 * Notes of one region, at most `width` wide. ELK's stress layout places linked notes near each other
 * (it minimises the difference between drawn and graph distances, which also keeps crossings few);
 * the boxes are then packed into rows in that layout's top-to-bottom order (each row left to right by
 * its x), so that the region fits the width and boxes never overlap whatever the titles. (ELK layered was tried first: on a chapter with 19 notes and 38
 * links its dummy nodes made it 1,000+ px wide at any layer bound.)
 */
async function layoutRegion(boxes: MapNode[], graph: LinkGraph, width: number): Promise<{ nodes: MapNode[], edges: MapEdge[], height: number }> {
  const ids = new Set(boxes.map(b => b.id))
  const seen = new Set<string>()
  const links: { from: string, to: string }[] = []
  for (const b of boxes) {
    for (const to of graph.outlinks.get(b.id) ?? []) {
      const key = pairKey(b.id, to)
      if (ids.has(to) && !seen.has(key)) {
        seen.add(key)
        links.push({ from: b.id, to })
      }
    }
  }
  let order = boxes
  const fitsOneRow = boxes.reduce((sum, b) => sum + b.width + GAP, -GAP) <= width
  if (!fitsOneRow && links.length > 0) {
    const graphIn: ElkNode = {
      id: 'region',
      layoutOptions: {
        'elk.algorithm': 'stress',
        'elk.stress.desiredEdgeLength': '160',
        'elk.randomSeed': '1',
      },
      children: boxes.map(b => ({ id: b.id, width: b.width, height: b.height })),
      edges: links.map((l, i): ElkExtendedEdge => ({
        id: `e${i}`,
        sources: [l.from],
        targets: [l.to],
      })),
    }
    const result: ElkNode = await elk.layout(graphIn)
    const at = new Map((result.children ?? []).map((c, i) => [
      c.id,
      { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2, i },
    ]))
    order = [...boxes].sort((a, b) => at.get(a.id)!.y - at.get(b.id)!.y || at.get(a.id)!.i - at.get(b.id)!.i)
    const rank = (b: MapNode) => at.get(b.id)!
    // Rows filled in the stress layout's top-to-bottom order, each row left to right by its x.
    const rows = packRows(order, width)
    order = rows.flatMap(row => row.sort((a, b) => rank(a).x - rank(b).x || rank(a).i - rank(b).i))
  }
  const nodes: MapNode[] = []
  let y = 0
  for (const row of packRows(order, width)) {
    const rowHeight = Math.max(...row.map(b => b.height))
    // Spread the row over the width: equal space around each box.
    const free = (width - row.reduce((sum, b) => sum + b.width, 0)) / row.length
    let x = free / 2
    for (const b of row) {
      nodes.push({
        ...b,
        x: Math.round(x),
        y: y + Math.round((rowHeight - b.height) / 2),
      })
      x += b.width + free
    }
    y += rowHeight + ROW_GAP
  }
  const placed = new Map(nodes.map(n => [n.id, n]))
  const edges = links.map(l => ({
    ...l,
    d: crossPath(placed.get(l.from)!, placed.get(l.to)!),
    cross: false,
  }))
  return { nodes, edges, height: y - ROW_GAP }
}

/** Consecutive boxes into rows that fit the width (a box wider than the width gets a row of its own). */
function packRows(boxes: MapNode[], width: number): MapNode[][] {
  const rows: MapNode[][] = []
  let row: MapNode[] = []
  let used = 0
  for (const b of boxes) {
    if (row.length > 0 && used + GAP + b.width > width) {
      rows.push(row)
      row = []
      used = 0
    }
    used += (row.length > 0
      ? GAP
      : 0) + b.width
    row.push(b)
  }
  if (row.length > 0)
    rows.push(row)
  return rows
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

function translatePath(d: string, dx: number, dy: number): string {
  let i = 0
  return d.replace(/-?\d+(?:\.\d+)?/g, (m) => {
    const v = Number(m) + (i++ % 2 === 0
      ? dx
      : dy)
    return String(round(v))
  })
}

/** A curve between two boxes, from the facing sides. */
function crossPath(a: MapNode, b: MapNode): string {
  const acx = a.x + a.width / 2
  const bcx = b.x + b.width / 2
  const down = b.y > a.y + a.height
  const up = a.y > b.y + b.height
  if (down || up) {
    const y1 = down
      ? a.y + a.height
      : a.y
    const y2 = down
      ? b.y
      : b.y + b.height
    const mid = (y1 + y2) / 2
    return `M${round(acx)} ${round(y1)}C${round(acx)} ${round(mid)} ${round(bcx)} ${round(mid)} ${round(bcx)} ${round(y2)}`
  }
  const right = bcx > acx
  const x1 = right
    ? a.x + a.width
    : a.x
  const x2 = right
    ? b.x
    : b.x + b.width
  const y1 = a.y + a.height / 2
  const y2 = b.y + b.height / 2
  const mid = (x1 + x2) / 2
  return `M${round(x1)} ${round(y1)}C${round(mid)} ${round(y1)} ${round(mid)} ${round(y2)} ${round(x2)} ${round(y2)}`
}
