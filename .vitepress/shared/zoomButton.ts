// The 「拡大」 button of a zoomable figure. Pre-rendered Mermaid figures carry it in their HTML
// (node/markdown/mermaid.ts), so the figure has a focusable control before the page hydrates (a figure
// that scrolls sideways on a phone must offer one: axe scrollable-region-focusable); useZoom adds
// the same markup to any other zoomable element once the page runs.
import { escapeHtml } from './html'

/** Accessible name of a zoom control for a target named `name` (plain text). */
export function zoomName(name: string): string {
  return `拡大して表示: ${name.trim()}`
}

/** Shown: 「拡大」; read: the whole name (one text run, so no pause inside 「拡大して表示」). */
export function zoomButtonHtml(name: string): string {
  return `<button type="button" class="zoom-open" aria-haspopup="dialog"><span aria-hidden="true">拡大</span><span class="visually-hidden">${escapeHtml(zoomName(name))}</span></button>`
}
