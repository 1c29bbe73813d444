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
import type { LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'
import type { Point } from './mapGeometry'
import type { GardenMapLayout, MapEdge, MapNode, MapRegion } from './mapShapes'
import { GAP, layoutRegion } from './gardenRegion'
import { createRouter } from './gardenRoutes'
import { roundedPath } from './mapGeometry'
import { wrapLabel } from './mapLabels'
import { nodeBox, PAD_X } from './mapShapes'

export interface LayoutOptions {
  /** Width of the picture in px (the home page's column at 1280 px, less the frame). @default 600 */
  width?: number
  /** @default 13 */
  fontSize?: number
  /** Widest note box. @default 168 */
  maxNodeWidth?: number
  /** Past this many notes, regions show counts instead of notes. @default 150 */
  summaryAbove?: number
  /** Route and draw the links (the phone's layout has none: too narrow to follow). @default true */
  links?: boolean
}

/** Room around the drawing for the thickest border (常緑, 3 px) and the focus border. */
export const MAP_MARGIN = 3
/** Between rows of notes: room for the links' lines, or less where none are drawn. */
const ROW_GAP = { links: 26, none: 18 }
const REGION_PAD = 10
const byTitle = (a: PageEntry, b: PageEntry) => a.title.localeCompare(b.title, 'ja') || a.id.localeCompare(b.id)
const chapterNumber = (c: PageEntry) => c.chapter ?? Number(/\/(\d+)-/.exec(c.route)?.[1] ?? 0)

/** The sizes every step shares, from the options. */
interface Frame {
  /** The picture's width; `width` is the drawing's, inside the margin. */
  outer: number
  width: number
  fontSize: number
  lineHeight: number
  maxNodeWidth: number
  /** A region's width less its padding. */
  innerWidth: number
  /** Route and draw the links (LayoutOptions.links). */
  drawLinks: boolean
  /** A page's box, its title wrapped to fit `maxWidth`. */
  box: (p: PageEntry, maxWidth: number) => MapNode
}

/** A region to be: its chapter page (none for the notes without a chapter) and its notes, in order. */
interface Group { header?: PageEntry, id: string, chapter?: number, notes: PageEntry[] }

/** A placed region and the links between its notes that its layout kept (drawn at rest). */
interface RegionLinks { region: MapRegion, links: { from: string, to: string }[] }

export async function layoutGardenMap(pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, options: LayoutOptions = {}): Promise<GardenMapLayout> {
  const frame = frameOf(options)
  const all = [
    ...pages.values(),
  ].sort((a, b) => a.id.localeCompare(b.id))
  const notes = all.filter(p => p.kind === 'note')
  const summary = notes.length > (options.summaryAbove ?? 150)

  const nodes: MapNode[] = []
  const belowTop = placeTopRow(all, frame, nodes)
  const { regions, inRegion, y } = await placeRegions(regionGroups(all, notes, graph), graph, frame, summary, belowTop, nodes)
  const at = new Map(nodes.map(n => [n.id, n]))
  const edges = frame.drawLinks
    ? regionEdges(inRegion, nodes, at)
    : []
  const neighbours = crossEdges(graph, nodes, at, edges, frame, y)
  moveInByMargin(nodes, regions, edges)
  return {
    width: frame.outer,
    height: Math.max(y - GAP, 0) + 2 * MAP_MARGIN,
    fontSize: frame.fontSize,
    lineHeight: frame.lineHeight,
    summary,
    nodes,
    regions,
    edges,
    neighbours,
  }
}

function frameOf(options: LayoutOptions): Frame {
  const outer = options.width ?? 600
  const width = outer - 2 * MAP_MARGIN
  const fontSize = options.fontSize ?? 13
  const lineHeight = Math.round(fontSize * 1.35)
  return {
    outer,
    width,
    fontSize,
    lineHeight,
    maxNodeWidth: Math.min(options.maxNodeWidth ?? 168, width - 2 * REGION_PAD),
    innerWidth: width - 2 * REGION_PAD,
    drawLinks: options.links ?? true,
    box: (p, maxWidth) =>
      nodeBox(p, wrapLabel(p.title, maxWidth - 2 * PAD_X, fontSize, width - 2 * REGION_PAD - 2 * PAD_X), fontSize, lineHeight),
  }
}

/** The other pages, in a row on top (wrapping when needed): home first, then by title. Gives the y below the row. */
function placeTopRow(all: readonly PageEntry[], frame: Frame, nodes: MapNode[]): number {
  const top = all.filter(p => p.kind === 'home' || p.kind === 'page').sort((a, b) => Number(b.kind === 'home') - Number(a.kind === 'home') || byTitle(a, b))
  let x = 0
  let y = 0
  let rowHeight = 0
  for (const p of top) {
    const n = frame.box(p, frame.maxNodeWidth)
    if (x > 0 && x + n.width > frame.width) {
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
  return y
}

/** Regions: chapters in the book's order (notes in the order their chapter page links them), then notes without a (known) chapter. */
function regionGroups(all: readonly PageEntry[], notes: readonly PageEntry[], graph: LinkGraph): Group[] {
  const chapters = all.filter(p => p.kind === 'chapter').sort((a, b) => chapterNumber(a) - chapterNumber(b) || a.id.localeCompare(b.id))
  const groups: Group[] = chapters.map((c) => {
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
  return groups
}

/** Stacks the regions from `y` down: each one's chapter page on top, then its notes (or, summarised, a count line). */
async function placeRegions(groups: readonly Group[], graph: LinkGraph, frame: Frame, summary: boolean, y: number, nodes: MapNode[]): Promise<{ regions: MapRegion[], inRegion: RegionLinks[], y: number }> {
  const regions: MapRegion[] = []
  const inRegion: RegionLinks[] = []
  for (const group of groups) {
    const region: MapRegion = {
      id: group.id,
      ...(group.chapter === undefined
        ? {}
        : { chapter: group.chapter }),
      count: group.notes.length,
      x: 0,
      y,
      width: frame.width,
      height: 0,
    }
    let inner = y + REGION_PAD
    if (group.header) {
      const h = frame.box(group.header, frame.innerWidth)
      h.x = REGION_PAD
      h.y = inner
      nodes.push(h)
      inner += h.height + GAP
    }
    if (!summary && group.notes.length > 0) {
      const placed = await layoutRegion(group.notes.map(p => frame.box(p, frame.maxNodeWidth)), graph, frame.innerWidth, frame.drawLinks
        ? ROW_GAP.links
        : ROW_GAP.none)
      for (const n of placed.nodes) {
        n.x += REGION_PAD
        n.y += inner
        nodes.push(n)
      }
      inRegion.push({ region, links: placed.links })
      inner += placed.height + GAP
    }
    else if (summary) {
      // The count line drawn under the header (mapSvg.ts).
      inner += frame.lineHeight + GAP
    }
    region.height = Math.max(inner - y, 2 * REGION_PAD) + REGION_PAD - GAP
    regions.push(region)
    y += region.height + GAP
  }
  return { regions, inRegion, y }
}

/** The links inside a region, routed in its gaps, drawn at rest. */
function regionEdges(inRegion: readonly RegionLinks[], nodes: readonly MapNode[], at: Map<string, MapNode>): MapEdge[] {
  const edges: MapEdge[] = []
  for (const { region, links } of inRegion) {
    const own = nodes.filter(n => n.y >= region.y && n.y + n.height <= region.y + region.height)
    const router = createRouter(own, {
      clearance: 5,
      midlines: true,
      bendCost: 40,
      shareCost: -0.4,
      bounds: {
        x: region.x + 2,
        y: region.y + 2,
        width: region.width - 4,
        height: region.height - 4,
      },
    })
    for (const l of links)
      edges.push(routed(l.from, l.to, false, router.route(at.get(l.from)!, at.get(l.to)!), at))
  }
  return edges
}

/**
 * Every other link between two nodes on the map, drawn only while highlighted, routed around every box
 * (added to `edges` when links are drawn). Gives each node's neighbours on the map, sorted.
 */
function crossEdges(graph: LinkGraph, nodes: readonly MapNode[], at: Map<string, MapNode>, edges: MapEdge[], frame: Frame, height: number): Record<string, string[]> {
  const everywhere = createRouter(nodes, {
    bounds: {
      x: -MAP_MARGIN,
      y: -MAP_MARGIN,
      width: frame.width + 2 * MAP_MARGIN,
      height: height + 2 * MAP_MARGIN,
    },
  })
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
    if (drawn.has(key) || !frame.drawLinks)
      continue
    drawn.add(key)
    edges.push(routed(from, to, true, everywhere.route(a, b), at))
  }
  return Object.fromEntries(Object.entries(neighbours).sort(([a], [b]) => a.localeCompare(b)).map(([id, set]) => [
    id,
    [...set].sort(),
  ]))
}

/** Everything moves in by the margin, so that no border is cut at the picture's edges. */
function moveInByMargin(nodes: readonly MapNode[], regions: readonly MapRegion[], edges: readonly MapEdge[]): void {
  const m = MAP_MARGIN
  for (const r of [
    ...nodes,
    ...regions,
  ]) {
    r.x += m
    r.y += m
  }
  for (const e of edges) {
    e.points = e.points.map(([px, py]) => [px + m, py + m])
    e.d = roundedPath(e.points)
  }
}

function pairKey(a: string, b: string): string {
  return a < b
    ? `${a}\u0000${b}`
    : `${b}\u0000${a}`
}

/** A routed link; without a route (boxes packed too tight), a straight line between the boxes' centres. */
function routed(from: string, to: string, cross: boolean, points: Point[] | undefined, at: Map<string, MapNode>): MapEdge {
  const a = at.get(from)!
  const b = at.get(to)!
  const centre = (n: MapNode): Point => [n.x + n.width / 2, n.y + n.height / 2]
  return {
    from,
    to,
    cross,
    points: points ?? [
      centre(a),
      centre(b),
    ],
    d: '',
  }
}
