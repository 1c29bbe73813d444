// The local map's HTML (layout in localMap.ts; styles in theme/gardenMap.css), one section closing
// the article: on a desktop the 600 px map under its heading; on a phone the heading is the summary of
// a closed <details> holding the 296 px map, so the page ends with one line instead of a screenful.
// Below both, the same neighbours as a list with their descriptions (closed), which is also the map's
// text alternative: the pages linking here are listed once, here, and nowhere else on the page.
import type { LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'
import type { Band, LocalMap } from './localMap'
import { escapeTemplateText as esc } from '../../shared/html'
import { BAND_LABELS, LINE, neighbourhood } from './localMap'
import { PAD_Y } from './mapShapes'
import { nodeSvg } from './mapSvg'

export const LOCAL_MAP_TITLE = 'このページのまわり'

function href(base: string, route: string): string {
  return esc(`${base}${route.replace(/^\//, '')}`)
}

export function localMapSvg(map: LocalMap, base: string): string {
  const labels = map.labels.map(l => `<text class="gm-label gm-band" x="${l.x}" y="${l.y}" dominant-baseline="central">${esc(l.text)}</text>`).join('')
  const bus = map.bus.map(d => `<path class="gm-edge" d="${d}"/>`).join('')
  const nodes = map.nodes.map(n => nodeSvg(n, base, LINE, '', `<path class="gm-stub" d="${n.stub}"/>`)).join('')
  const s = map.self
  const cx = s.x + s.width / 2
  const self = `<g class="gm-node gm-self gm-${s.kind} gm-${s.maturity}"><rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="7"/><text text-anchor="middle" dominant-baseline="central">${s.lines.map((line, i) => `<tspan x="${cx}" y="${s.y + PAD_Y + LINE * (i + 0.5)}">${esc(line)}</tspan>`).join('')}</text></g>`
  return `<svg class="gm-svg gm-local gm-local-${map.variant}" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="group" aria-label="このページとリンクでつながるページの地図">`
    + `<g aria-hidden="true">${bus}${labels}</g>${self}${nodes}</svg>`
}

/** The neighbours by band, each linked with its description. */
export function neighbourList(id: string, pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, base: string): { html: string, count: number } {
  const bands = neighbourhood(id, graph)
  const order: Band[] = ['in', 'both', 'out']
  const count = order.reduce((n, b) => n + bands[b].length, 0)
  const groups = order.filter(b => bands[b].length > 0).map((b) => {
    const items = bands[b].map((n) => {
      const p = pages.get(n)!
      return `<li><a href="${href(base, p.route)}">${esc(p.title)}</a><span class="lm-desc">${esc(p.description)}</span></li>`
    }).join('')
    return `<p class="lm-band">${BAND_LABELS[b]}（${bands[b].length}）</p><ul>${items}</ul>`
  }).join('')
  const none = bands.in.length + bands.both.length === 0
    ? '<p class="lm-none">このページへのリンクはまだない。</p>'
    : ''
  return { html: `${none}${groups}`, count }
}

export interface LocalMapSection {
  wide: LocalMap
  narrow: LocalMap
  id: string
  pages: ReadonlyMap<string, PageEntry>
  graph: LinkGraph
  base: string
}

export function localMapHtml({ wide, narrow, id, pages, graph, base }: LocalMapSection): string {
  const list = neighbourList(id, pages, graph, base)
  const omitted = Math.max(wide.omitted, narrow.omitted)
  const more = omitted > 0
    ? `<p class="local-map-more">ほか${omitted}件は下の一覧にある。</p>`
    : ''
  const heading = `<h2 class="local-map-title">${LOCAL_MAP_TITLE}</h2>`
  return `<section class="local-map" aria-label="${LOCAL_MAP_TITLE}">`
    + `<div class="lm-wide">${heading}<div class="gm-frame">${localMapSvg(wide, base)}</div>${more}</div>`
    + `<details class="lm-fold"><summary>${heading}<span class="lm-count">${list.count}件</span></summary><div class="gm-frame">${localMapSvg(narrow, base)}</div>${more}</details>`
    + `<details class="lm-list"><summary>つながるページと説明（${list.count}件）</summary>${list.html}</details>`
    + `</section>`
}
