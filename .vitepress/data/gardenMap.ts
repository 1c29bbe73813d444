// Lays out the garden's link graph for the map on the home page: one column per chapter (chapter
// node on top, its notes below), other pages in a row above. Deterministic: same pages and links,
// same picture. Pure, so the data loader stays a few lines and the layout is unit-tested.
import type { LinkGraph } from '../shared/linkGraph'
import type { PageEntry, PageKind } from '../shared/pages'

export interface MapNode {
  id: string
  route: string
  title: string
  /** Label shown in the node: the title, shortened when needed. */
  label: string
  kind: PageKind
  maturity: PageEntry['maturity']
  x: number
  y: number
  width: number
  height: number
}

export interface MapEdge {
  from: string
  to: string
  /** SVG path 'd' from the source's edge to the target's edge. */
  d: string
}

export interface GardenMapLayout {
  width: number
  height: number
  nodes: MapNode[]
  edges: MapEdge[]
}

export interface LayoutOptions {
  /** @default 196 */
  columnWidth?: number
  /** @default 34 */
  nodeHeight?: number
  /** @default 14 */
  gap?: number
  /** Maximum label length in characters (a full-width character counts 1). @default 11 */
  maxLabel?: number
}

export function layoutGardenMap(pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, options: LayoutOptions = {}): GardenMapLayout {
  const columnWidth = options.columnWidth ?? 196
  const nodeHeight = options.nodeHeight ?? 34
  const gap = options.gap ?? 14
  const maxLabel = options.maxLabel ?? 11
  const nodeWidth = columnWidth - 24
  const byTitle = (a: PageEntry, b: PageEntry) => a.title.localeCompare(b.title, 'ja') || a.id.localeCompare(b.id)

  const all = [
    ...pages.values(),
  ]
  const chapters = all.filter(p => p.kind === 'chapter').sort((a, b) => a.id.localeCompare(b.id))
  const chapterNumber = (c: PageEntry) => Number(/\/(\d+)-/.exec(c.route)?.[1] ?? 0)
  const columns = chapters.map(c => [
    c,
    ...all.filter(p => p.kind === 'note' && p.chapter === chapterNumber(c)).sort(byTitle),
  ])
  const placed = new Set(columns.flat().map(p => p.id))
  const loose = all.filter(p => p.kind === 'note' && !placed.has(p.id)).sort(byTitle)
  if (loose.length > 0)
    columns.push(loose)
  const top = all.filter(p => p.kind === 'home' || p.kind === 'page').sort((a, b) => (a.kind === 'home'
    ? -1
    : b.kind === 'home'
      ? 1
      : byTitle(a, b)))

  const width = Math.max(columns.length, 1) * columnWidth
  const nodes: MapNode[] = []
  const node = (p: PageEntry, x: number, y: number): MapNode => ({
    id: p.id,
    route: p.route,
    title: p.title,
    label: shorten(p.title, maxLabel),
    kind: p.kind,
    maturity: p.maturity,
    x,
    y,
    width: nodeWidth,
    height: nodeHeight,
  })
  const topStep = width / Math.max(top.length, 1)
  top.forEach((p, i) => nodes.push(node(p, Math.round(topStep * i + (topStep - nodeWidth) / 2), gap)))
  const firstRow = gap + nodeHeight + gap * 3
  let height = firstRow
  columns.forEach((col, ci) => {
    col.forEach((p, ri) => {
      const y = firstRow + ri * (nodeHeight + gap) + (ri > 0
        ? gap
        : 0)
      nodes.push(node(p, ci * columnWidth + 12, y))
      height = Math.max(height, y + nodeHeight + gap)
    })
  })

  const at = new Map(nodes.map(n => [n.id, n]))
  const edges = graph.edges.flatMap(({ from, to }) => {
    const a = at.get(from)
    const b = at.get(to)
    return a && b
      ? [
          {
            from,
            to,
            d: edgePath(a, b),
          },
        ]
      : []
  })
  return { width, height, nodes, edges }
}

/** A curve from the nearer side of a to the nearer side of b. */
function edgePath(a: MapNode, b: MapNode): string {
  const ax = a.x + a.width / 2
  const bx = b.x + b.width / 2
  if (Math.abs(ax - bx) < 1) {
    // Same column: bow out to the right.
    const x = a.x + a.width
    const y1 = a.y + a.height / 2
    const y2 = b.y + b.height / 2
    const bow = Math.min(40, 8 + Math.abs(y2 - y1) / 6)
    return `M${x} ${y1}C${x + bow} ${y1} ${x + bow} ${y2} ${x} ${y2}`
  }
  const rightward = bx > ax
  const x1 = rightward
    ? a.x + a.width
    : a.x
  const x2 = rightward
    ? b.x
    : b.x + b.width
  const y1 = a.y + a.height / 2
  const y2 = b.y + b.height / 2
  const mid = (x1 + x2) / 2
  return `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`
}

/** Shortens to at most `max` display units (full-width = 1, half-width = 0.5), adding '…'. */
export function shorten(text: string, max: number): string {
  let units = 0
  let out = ''
  for (const ch of text) {
    const w = /[\u0020-\u007E\uFF61-\uFF9F]/.test(ch)
      ? 0.5
      : 1
    if (units + w > max)
      return `${out.trimEnd()}…`
    units += w
    out += ch
  }
  return out
}
