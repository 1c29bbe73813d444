// What a laid-out garden map is (gardenMap.ts lays it out; gardenRegion.ts places a region's notes;
// mapSvg.ts, localMap.ts and localMapHtml.ts draw it): its nodes, regions and edges, and the padding of
// a node's box. A leaf, so that the layout's parts can share it without importing each other.
import type { PageEntry, PageKind } from '../../shared/pages'
import type { Point } from './mapGeometry'
import { textWidthEm } from './mapLabels'

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
  /** The route's corners, from one box's side to the other's (gardenRoutes.ts). */
  points: Point[]
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

/** Padding inside a node's box, around its label. */
export const PAD_X = 10
export const PAD_Y = 7

/** A page's box, not yet placed: its title on `lines` at `fontSize`, with the node padding. */
export function nodeBox(p: PageEntry, lines: string[], fontSize: number, lineHeight: number): MapNode {
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
