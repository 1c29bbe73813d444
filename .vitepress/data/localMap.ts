// The local map at the end of a note or chapter page: the page and its one-hop neighbourhood (the
// pages linking to it, the pages it links to, and those doing both), drawn in the big map's visual
// language (mapSvg.ts, theme/gardenMap.css) as static SVG at build time — no component, no hydration.
// Layout, 296 px wide so that it fits a phone's column unscaled: bands of two columns with a bus in
// the middle; each neighbour's stub joins the bus, which joins the page's own box. Nothing crosses a box.
import type { LinkGraph } from '../shared/linkGraph'
import type { PageEntry } from '../shared/pages'
import type { MapNode } from './gardenMap'
import { escapeTemplateText as esc } from '../shared/html'
import { PAD_X, PAD_Y } from './gardenMap'
import { textWidthEm, wrapLabel } from './mapLabels'
import { nodeSvg } from './mapSvg'

export const LOCAL_WIDTH = 296
const FONT = 13
const LINE = Math.round(FONT * 1.35)
const BUS = 20
const COL = (LOCAL_WIDTH - BUS) / 2
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
  width: number
  height: number
  self: LocalMapNode
  nodes: LocalMapNode[]
  /** The bus: vertical segments in the middle. */
  bus: string[]
  labels: { text: string, y: number }[]
  /** Neighbours not drawn (only past BAND_LIMIT in a band). */
  omitted: number
}

function box(p: PageEntry, maxWidth: number): LocalMapNode {
  // A phrase or word wider than a column widens the box (it then takes a row of its own).
  const lines = wrapLabel(p.title, maxWidth - 2 * PAD_X, FONT, LOCAL_WIDTH - 2 * PAD_X)
  const textWidth = Math.max(...lines.map(l => textWidthEm(l))) * FONT
  return {
    id: p.id,
    route: p.route,
    title: p.title,
    lines,
    kind: p.kind,
    maturity: p.maturity,
    x: 0,
    y: 0,
    width: Math.ceil(textWidth + 2 * PAD_X),
    height: lines.length * LINE + 2 * PAD_Y,
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

export function layoutLocalMap(id: string, pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph): LocalMap | undefined {
  const page = pages.get(id)
  if (!page)
    return undefined
  const bands = neighbourhood(id, graph)
  if (bands.in.length + bands.both.length + bands.out.length === 0)
    return undefined
  const nodes: LocalMapNode[] = []
  const labels: LocalMap['labels'] = []
  const mid = LOCAL_WIDTH / 2
  let omitted = 0
  let y = 0
  const self: LocalMapNode = {
    ...box(page, LOCAL_WIDTH - 40),
    kind: page.kind,
  }
  self.x = Math.round(mid - self.width / 2)

  const stubs: Record<Band, number[]> = { in: [], both: [], out: [] }
  const band = (name: Band, ids: string[]): void => {
    const shown = ids.slice(0, BAND_LIMIT)
    omitted += ids.length - shown.length
    labels.push({ text: `${BAND_LABELS[name]}（${ids.length}）`, y: y + LINE / 2 })
    y += LINE + 4
    // Rows of two boxes, one each side of the bus; a box wider than a column gets a row of its own,
    // centred over the bus (which then runs behind it).
    const boxes = shown.map(n => box(pages.get(n)!, COL))
    for (let i = 0; i < boxes.length;) {
      const pair = boxes[i]!.width > COL || (boxes[i + 1]?.width ?? 0) > COL || i + 1 >= boxes.length
        ? [boxes[i]!]
        : [boxes[i]!, boxes[i + 1]!]
      i += pair.length
      const rowHeight = Math.max(...pair.map(n => n.height))
      pair.forEach((n, j) => {
        n.band = name
        const solo = pair.length === 1 && n.width > COL
        n.x = solo
          ? Math.round(mid - n.width / 2)
          : j === 0
            ? Math.round(COL - n.width)
            : Math.round(COL + BUS)
        n.y = y + Math.round((rowHeight - n.height) / 2)
        const sy = n.y + n.height / 2
        n.stub = solo
          ? `M${mid} ${n.y}V${n.y + n.height}`
          : j === 0
            ? `M${n.x + n.width} ${sy}H${mid}`
            : `M${n.x} ${sy}H${mid}`
        stubs[name].push(sy)
        nodes.push(n)
      })
      y += rowHeight + ROW_GAP
    }
    y += BAND_GAP - ROW_GAP
  }
  if (bands.in.length > 0)
    band('in', bands.in)
  self.y = y
  y += self.height + BAND_GAP
  if (bands.both.length > 0)
    band('both', bands.both)
  if (bands.out.length > 0)
    band('out', bands.out)
  // The bus: from the first neighbour above down to the page's box, and from it down to the last one below.
  const bus: string[] = []
  if (stubs.in.length > 0)
    bus.push(`M${mid} ${stubs.in[0]}V${self.y}`)
  const below = [
    ...stubs.both,
    ...stubs.out,
  ]
  if (below.length > 0)
    bus.push(`M${mid} ${self.y + self.height}V${below.at(-1)}`)
  return {
    width: LOCAL_WIDTH,
    height: y - BAND_GAP,
    self,
    nodes,
    bus,
    labels,
    omitted,
  }
}

export function localMapHtml(map: LocalMap, base: string): string {
  const labels = map.labels.map(l => `<text class="gm-label gm-band" x="0" y="${l.y}" dominant-baseline="central">${esc(l.text)}</text>`).join('')
  const bus = map.bus.map(d => `<path class="gm-edge" d="${d}"/>`).join('')
  const nodes = map.nodes.map(n => nodeSvg(n, base, LINE, '', `<path class="gm-stub" d="${n.stub}"/>`)).join('')
  const s = map.self
  const cx = s.x + s.width / 2
  const self = `<g class="gm-node gm-self gm-${s.kind} gm-${s.maturity}"><rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="7"/><text text-anchor="middle" dominant-baseline="central">${s.lines.map((line, i) => `<tspan x="${cx}" y="${s.y + PAD_Y + LINE * (i + 0.5)}">${esc(line)}</tspan>`).join('')}</text></g>`
  const more = map.omitted > 0
    ? `<p class="local-map-more">ほか${map.omitted}件は本文と下のリンク一覧にある。</p>`
    : ''
  return `<section class="local-map" aria-labelledby="local-map-title"><h2 id="local-map-title" class="local-map-title">このページのまわり</h2>`
    + `<div class="gm-frame"><svg class="gm-svg gm-local" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="group" aria-label="このページとリンクでつながるページの地図">`
    + `<g aria-hidden="true">${bus}${labels}</g>${self}${nodes}</svg></div>${more}</section>`
}
