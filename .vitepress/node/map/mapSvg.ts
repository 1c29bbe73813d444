// The garden map as static HTML, written at build time: one SVG per layout (the wide one for the
// content column, the narrow one for phones; CSS shows one, theme/gardenMap.css), the maturity legend
// and a text alternative. Nodes are plain SVG links, so the map works without JavaScript.
// Highlighting is CSS only: every node and edge carries the classes `r<i>` of the nodes it belongs to,
// and one rule per node (`:has(.n<i>:hover) .r<i>`) lights up the node, its edges and its neighbours.
import type { LinkGraph } from '../../shared/linkGraph'
import type { PageEntry } from '../../shared/pages'
import type { GardenMapLayout, MapNode } from './mapShapes'
import { escapeTemplateText as esc } from '../../shared/html'
import { MATURITIES, MATURITY_LABELS } from '../../shared/maturity'
import { layoutGardenMap } from './gardenMap'
import { PAD_Y } from './mapShapes'

/** The home page's column at 1280 px is 624 px; the frame takes 22. */
export const WIDE_WIDTH = 600
/** A 360 px phone's column is 312 px; the frame takes 14. */
export const NARROW_WIDTH = 296

export interface MapHtmlOptions {
  /** VitePress base ('/' or '/garden/'). */
  base: string
}

/** Node ids → their short class index (stable: sorted ids). */
function indexOf(ids: Iterable<string>): Map<string, number> {
  return new Map([
    ...new Set(ids),
  ].sort().map((id, i) => [id, i]))
}

function href(base: string, route: string): string {
  return esc(`${base}${route.replace(/^\//, '')}`)
}

/** One node: a link with its box and its title on lines. */
export function nodeSvg(n: MapNode, base: string, lineHeight: number, classes: string, extra = ''): string {
  const cx = Math.round((n.x + n.width / 2) * 10) / 10
  const tspans = n.lines.map((line, i) => `<tspan x="${cx}" y="${Math.round((n.y + PAD_Y + lineHeight * (i + 0.5)) * 10) / 10}">${esc(line)}</tspan>`).join('')
  return `<a href="${href(base, n.route)}" class="gm-node gm-${n.kind} gm-${n.maturity}${classes === ''
    ? ''
    : ` ${classes}`}">${extra}<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="7"/><text text-anchor="middle" dominant-baseline="central">${tspans}</text></a>`
}

export function mapSvg(layout: GardenMapLayout, index: Map<string, number>, options: MapHtmlOptions & { variant: 'wide' | 'narrow' }): string {
  const cls = (id: string) => `r${index.get(id)}`
  const regions = layout.regions.map((r) => {
    const label = r.id === 'loose'
      ? `<text class="gm-region-label" x="${r.x + 10}" y="${r.y + 10 + layout.lineHeight / 2}" dominant-baseline="central">章のないノート（${r.count}本）</text>`
      : ''
    return `<rect class="gm-region" x="${r.x + 0.5}" y="${r.y + 0.5}" width="${r.width - 1}" height="${r.height - 1}" rx="12"/>${label}`
  }).join('')
  const counts = layout.summary
    ? layout.regions.filter(r => r.id !== 'loose').map((r) => {
        const header = layout.nodes.find(n => n.id === r.id)!
        return `<text class="gm-count" x="${r.x + 10}" y="${header.y + header.height + 12 + layout.lineHeight / 2}" dominant-baseline="central">ノート${r.count}本（章のページから読める）</text>`
      }).join('')
    : ''
  const edges = layout.edges.map(e => `<path class="gm-edge${e.cross
    ? ' gm-cross'
    : ''} ${cls(e.from)} ${cls(e.to)}" d="${e.d}"/>`).join('')
  const nodes = layout.nodes.map((n) => {
    const related = [
      n.id,
      ...(layout.neighbours[n.id] ?? []),
    ].map(cls).join(' ')
    return nodeSvg(n, options.base, layout.lineHeight, `n${index.get(n.id)} ${related}`)
  }).join('')
  const title = `gm-title-${options.variant}`
  return `<svg class="gm-svg gm-${options.variant}" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="${title}" style="--gm-font:${layout.fontSize}px">`
    + `<title id="${title}">ノートの地図</title>`
    + `<g aria-hidden="true">${regions}${counts}</g><g class="gm-edges" aria-hidden="true">${edges}</g>${nodes}</svg>`
}

/** The per-node highlight rules, shared by both SVGs. */
export function highlightCss(index: Map<string, number>): string {
  return [
    ...index.values(),
  ].map(i => `.gm-svg.gm-svg:has(.n${i}:hover,.n${i}:focus-visible) .r${i}{opacity:1;--gm-on:1}`).join('')
}

/** The border styles and their names on one line; what each stage means is told under 「ガーデンの読み方」. */
export function legendHtml(): string {
  const items = MATURITIES.map(m => `<li title="${esc(MATURITY_LABELS[m].explanation)}"><svg class="gm-swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true"><rect class="gm-${m}" x="2" y="2" width="24" height="12" rx="4"/></svg>${esc(MATURITY_LABELS[m].label)}</li>`).join('')
  // A visible caption rather than aria-label: a list's aria-label is not reliably announced.
  return `<p class="gm-legend-title">枠線はノートの育ち具合を表す</p><ul class="gm-legend">${items}</ul>`
}

/** The same structure as text: chapter → notes, each with the pages it links to and from. */
export function textAlternative(layout: GardenMapLayout, pages: { id: string, route: string, title: string, chapter?: number, kind: string }[], outlinks: Map<string, string[]>, backlinks: Map<string, string[]>, base: string): string {
  const byId = new Map(pages.map(p => [p.id, p]))
  const link = (id: string) => {
    const p = byId.get(id)!
    return `<a href="${href(base, p.route)}">${esc(p.title)}</a>`
  }
  const list = (label: string, ids: string[]) => ids.length > 0
    ? `<span class="gm-rel">${label}: ${ids.filter(id => byId.has(id)).map(link).join('、')}</span>`
    : ''
  const item = (id: string) => `<li>${link(id)}${layout.summary
    ? ''
    : `${list('リンク先', outlinks.get(id) ?? [])}${list('リンク元', backlinks.get(id) ?? [])}`}`
  const groups = layout.regions.map((r) => {
    const notes = pages.filter(p => p.kind === 'note' && (r.id === 'loose'
      ? !layout.regions.some(g => g.id !== 'loose' && g.chapter === p.chapter)
      : p.chapter === r.chapter)).map(p => p.id)
    const head = r.id === 'loose'
      ? '<li>章のないノート'
      : item(r.id)
    return `${head}${notes.length > 0
      ? `<ul>${notes.map(id => `${item(id)}</li>`).join('')}</ul>`
      : ''}</li>`
  }).join('')
  const others = pages.filter(p => p.kind === 'home' || p.kind === 'page').map(p => `${item(p.id)}</li>`).join('')
  return `<details class="gm-text"><summary>地図の内容を文字で読む</summary><ul>${others}${groups}</ul></details>`
}

export function gardenMapHtml(wide: GardenMapLayout, narrow: GardenMapLayout, text: string, options: MapHtmlOptions): string {
  const index = indexOf(wide.nodes.map(n => n.id))
  // The highlight rules live in the first SVG: a <style> is permitted there, not in the page's <div>s.
  const first = mapSvg(wide, index, { ...options, variant: 'wide' }).replace(/<title /, `<style>${highlightCss(index)}</style><title `)
  return `<div class="gm-frame">${first}${mapSvg(narrow, index, { ...options, variant: 'narrow' })}</div>${
    legendHtml()
  }${text}`
}

/** The home page map's HTML: both layouts, the legend and the text alternative. */
export async function renderGardenMap(pages: ReadonlyMap<string, PageEntry>, graph: LinkGraph, base: string): Promise<string> {
  const wide = await layoutGardenMap(pages, graph, { width: WIDE_WIDTH })
  const narrow = await layoutGardenMap(pages, graph, { width: NARROW_WIDTH, maxNodeWidth: 142, links: false })
  const list = [
    ...pages.values(),
  ].sort((a, b) => a.id.localeCompare(b.id))
  return gardenMapHtml(wide, narrow, textAlternative(wide, list, graph.outlinks, graph.backlinks, base), { base })
}
