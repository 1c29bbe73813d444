// The local map at the end of a page: the page and its one-hop neighbourhood (the pages linking to
// it, the pages it links to, and those doing both), drawn in the big map's visual language (mapSvg.ts,
// theme/gardenMap.css) as static SVG at build time (localMapHtml.ts) — no component, no hydration.
// Two widths, one shown by CSS: 296 px fits a phone's column unscaled, 600 px the desktop column.
// Layout: bands of two columns with a bus in the middle; each neighbour's stub joins the bus, which
// joins the page's own box. A box too wide for a column sits alone in its row and the bus steps
// around it on the right, so no line ever runs behind a box or a label.
import type { LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'
import type { MapNode } from './mapShapes'
import { wrapLabel } from './mapLabels'
import { nodeBox, PAD_X } from './mapShapes'

/** Picture widths: a 360 px phone's column less the frame, and the desktop column's. */
export const LOCAL_WIDTHS = { narrow: 296, wide: 600 } as const
export type LocalVariant = keyof typeof LOCAL_WIDTHS
export const FONT = 13
export const LINE = Math.round(FONT * 1.35)
export const BAND_FONT = 12
/** Room around the drawing for the thickest border (常緑, 3 px) and the focus border (3 px). */
export const MARGIN = 4
const BUS = 20
/** How far the bus keeps from a box it steps around. */
const JOG = 10
const ROW_GAP = 10
const BAND_GAP = 14
/** A chapter page lists many notes: past this many neighbours in a band, the rest are counted. */
export const BAND_LIMIT = 40

export type Band = 'in' | 'both' | 'out'
export const BAND_LABELS: Record<Band, string> = {
  in: 'リンク元',
  both: '相互リンク',
  out: 'リンク先',
}

export interface LocalMapNode extends MapNode {
  band?: Band
  /** Path of the stub from the box to the bus. */
  stub?: string
}

export interface LocalMap {
  variant: LocalVariant
  width: number
  height: number
  self: LocalMapNode
  nodes: LocalMapNode[]
  /** The bus: one path above the page's box, one below. */
  bus: string[]
  labels: { text: string, x: number, y: number }[]
  /** Neighbours not drawn (only past BAND_LIMIT in a band). */
  omitted: number
}

interface Row {
  y: number
  height: number
  /** The x of the bus beside this row: the middle, or right of a box that spans it. */
  busX: number
  /** The box alone in this row, too wide for a column. */
  solo?: LocalMapNode
}

/**
 * Consecutive rows of lone boxes share one bus line, right of the widest of them, so that the bus
 * runs straight down beside them instead of stepping at every row; then each lone box's stub.
 */
function straightenRuns(rows: Row[]): void {
  for (let i = 0; i < rows.length;) {
    let j = i
    while (j < rows.length && rows[j]!.solo)
      j++
    if (j > i) {
      const x = Math.max(...rows.slice(i, j).map(r => r.busX))
      for (const r of rows.slice(i, j)) {
        r.busX = x
        r.solo!.stub = `M${r.solo!.x + r.solo!.width} ${r.y + r.height / 2}H${x}`
      }
    }
    i = Math.max(j, i + 1)
  }
}

/** The neighbours of a page by band, in the graph's order. */
export function neighbourhood(id: string, graph: LinkGraph): Record<Band, string[]> {
  const out = graph.outlinks.get(id) ?? []
  const back = graph.backlinks.get(id) ?? []
  const outSet = new Set(out)
  const backSet = new Set(back)
  return {
    in: back.filter(b => !outSet.has(b)),
    both: out.filter(o => backSet.has(o)),
    out: out.filter(o => !backSet.has(o)),
  }
}

/**
 * The bus from the row farthest from the page's box to the box's edge at `selfY`: straight down the
 * middle, and around the right of every row whose box spans the middle (in the gaps between rows).
 */
function busPath(rows: Row[], start: number, selfY: number, mid: number): string {
  let x = rows[0]!.busX
  let d = `M${x} ${start}`
  rows.forEach((row, i) => {
    const next = rows[i + 1]
    const nextX = next?.busX ?? mid
    if (nextX === x)
      return
    const gapY = next
      ? (row.y < next.y
          ? (row.y + row.height + next.y) / 2
          : (next.y + next.height + row.y) / 2)
      : (row.y < selfY
          ? (row.y + row.height + selfY) / 2
          : (selfY + row.y) / 2)
    d += `V${gapY}H${nextX}`
    x = nextX
  })
  return `${d}V${selfY}`
}

/** The drawing's columns at one width. */
interface Columns {
  /** The bus's x between the two columns. */
  mid: number
  /** A column's width, either side of the bus. */
  col: number
  /** The widest box, alone in its row. */
  soloMax: number
}

function columns(width: number): Columns {
  return {
    mid: width / 2,
    col: (width - 2 * MARGIN - BUS) / 2,
    // A box alone in its row leaves room on its right for the bus to step around it.
    soloMax: width - 2 * MARGIN - 2 * JOG - 4,
  }
}

/** A page's box, its title wrapped to `maxWidth`. */
function pageBox(p: PageEntry, maxWidth: number, cols: Columns): LocalMapNode {
  // A phrase or word wider than a column widens the box (it then takes a row of its own).
  return nodeBox(p, wrapLabel(p.title, maxWidth - 2 * PAD_X, FONT, cols.soloMax - 2 * PAD_X), FONT, LINE)
}

/** A box that cannot fit a column, or only on four lines or more. */
function tooWide(b: LocalMapNode | undefined, cols: Columns): boolean {
  return !!b && (b.width > cols.col || b.lines.length > 3)
}

/** The layout so far, top down: the y of what comes next, and what is placed. */
interface Progress {
  y: number
  omitted: number
  nodes: LocalMapNode[]
  labels: LocalMap['labels']
  rows: Record<'above' | 'below', Row[]>
}

/** Places one row's boxes at `y`: two, one each side of the bus, or one alone in the middle. */
function placeRow(pair: LocalMapNode[], name: Band, y: number, cols: Columns, nodes: LocalMapNode[]): Row {
  const { mid } = cols
  const height = Math.max(...pair.map(n => n.height))
  const solo = pair.length === 1 && tooWide(pair[0], cols)
  const cy = y + height / 2
  pair.forEach((n, j) => {
    n.band = name
    n.x = solo
      ? Math.round(mid - n.width / 2)
      : j === 0
        ? Math.round(mid - BUS / 2 - n.width)
        : Math.round(mid + BUS / 2)
    n.y = y + Math.round((height - n.height) / 2)
    // A lone box's stub is drawn once the bus beside its run of lone rows is known (straightenRuns).
    n.stub = solo
      ? ''
      : j === 0
        ? `M${n.x + n.width} ${cy}H${mid}`
        : `M${n.x} ${cy}H${mid}`
    nodes.push(n)
  })
  return {
    y,
    height,
    busX: solo
      ? pair[0]!.x + pair[0]!.width + JOG
      : mid,
    ...(solo
      ? { solo: pair[0]! }
      : {}),
  }
}

/** A band: its label, then its neighbours' rows (up to BAND_LIMIT; the rest are counted). */
function layoutBand(at: Progress, name: Band, ids: string[], side: 'above' | 'below', pages: ReadonlyMap<string, PageEntry>, cols: Columns): void {
  const shown = ids.slice(0, BAND_LIMIT)
  at.omitted += ids.length - shown.length
  at.labels.push({ text: `${BAND_LABELS[name]}（${ids.length}）`, x: MARGIN, y: at.y + LINE / 2 })
  at.y += LINE + 4
  // Rows of two boxes, one each side of the bus; a box wider than a column gets a row of its own.
  // A box that cannot fit a column, or only on four lines or more, gets a row of its own, and its
  // title the row's width.
  const boxes = shown.map((n) => {
    const b = pageBox(pages.get(n)!, cols.col, cols)
    return tooWide(b, cols)
      ? pageBox(pages.get(n)!, cols.soloMax, cols)
      : b
  })
  for (let i = 0; i < boxes.length;) {
    const pair = tooWide(boxes[i], cols) || tooWide(boxes[i + 1], cols) || i + 1 >= boxes.length
      ? [boxes[i]!]
      : [boxes[i]!, boxes[i + 1]!]
    i += pair.length
    const row = placeRow(pair, name, at.y, cols, at.nodes)
    at.rows[side].push(row)
    at.y += row.height + ROW_GAP
  }
  at.y += BAND_GAP - ROW_GAP
}

/** The bus: from the farthest row above down to the page's box, and from the farthest below up to it. */
function busPaths(rows: Progress['rows'], self: LocalMapNode, mid: number): string[] {
  const bus: string[] = []
  const centre = (r: Row) => r.y + r.height / 2
  if (rows.above.length > 0)
    bus.push(busPath(rows.above, centre(rows.above[0]!), self.y, mid))
  if (rows.below.length > 0) {
    const far = [...rows.below].reverse()
    bus.push(busPath(far, centre(far[0]!), self.y + self.height, mid))
  }
  return bus
}

export function layoutLocalMap(id: string, pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, variant: LocalVariant = 'narrow'): LocalMap | undefined {
  const page = pages.get(id)
  if (!page)
    return undefined
  const bands = neighbourhood(id, graph)
  if (bands.in.length + bands.both.length + bands.out.length === 0)
    return undefined
  const width = LOCAL_WIDTHS[variant]
  const cols = columns(width)
  const at: Progress = {
    y: MARGIN,
    omitted: 0,
    nodes: [],
    labels: [],
    rows: { above: [], below: [] },
  }
  const self: LocalMapNode = pageBox(page, Math.min(cols.soloMax, width - 2 * MARGIN - 40), cols)
  self.x = Math.round(cols.mid - self.width / 2)
  if (bands.in.length > 0)
    layoutBand(at, 'in', bands.in, 'above', pages, cols)
  self.y = at.y
  at.y += self.height + BAND_GAP
  if (bands.both.length > 0)
    layoutBand(at, 'both', bands.both, 'below', pages, cols)
  if (bands.out.length > 0)
    layoutBand(at, 'out', bands.out, 'below', pages, cols)

  straightenRuns(at.rows.above)
  straightenRuns(at.rows.below)
  return {
    variant,
    width,
    height: at.y - BAND_GAP + MARGIN,
    self,
    nodes: at.nodes,
    bus: busPaths(at.rows, self, cols.mid),
    labels: at.labels,
    omitted: at.omitted,
  }
}
