// The notes of one chapter's region on the garden map (gardenMap.ts), placed at build time: ELK's
// stress layout orders them, rows pack them into the region's width.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import type { LinkGraph } from '../../shared/linkGraph'
import type { MapNode } from './mapShapes'
import ELK from 'elkjs/lib/elk.bundled.js'

/** Least space between two boxes of a row. */
export const GAP = 12
const elk = new ELK()

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
export async function layoutRegion(boxes: MapNode[], graph: LinkGraph, width: number, rowGap: number): Promise<{ nodes: MapNode[], links: { from: string, to: string }[], height: number }> {
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
    y += rowHeight + rowGap
  }
  return { nodes, links, height: y - rowGap }
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
