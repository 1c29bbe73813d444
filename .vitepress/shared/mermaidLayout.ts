// How a pre-rendered Mermaid diagram sits in its column, decided at build time so the server HTML is
// already right (no measuring in the browser, no shift). A diagram never shrinks below the size at
// which its smallest label is MIN_LABEL_PX; a wider one scrolls sideways in its own box, with a
// 「横にスクロール」 hint. A wide flowchart also gets a top-to-bottom twin (a sequence diagram a compact
// one), shown instead by a container query wherever the original would have to scroll:
//   flowchart LR  →  <svg data-variant="wide">  (column ≥ its min width)
//                    <svg data-variant="narrow"> flowchart TB (narrower columns, e.g. a phone)

/** The smallest label size, in CSS px, a diagram is shown at in the page. */
export const MIN_LABEL_PX = 12
/** The smallest label size the zoom view opens at (components/layout/panZoom.ts initialView). */
export const ZOOM_LABEL_PX = 14
/** The diagram box's side padding (mermaid.css .mermaid-svg): the figure is this much wider than its SVG's room. */
export const BOX_PADDING_PX = 24
/** The room an SVG has on a 360-px phone: the 312-px column, less the figure's border and padding. */
export const PHONE_COLUMN_PX = 286
/** A twin is kept only when it needs at most this share of the original's width. */
const NARROW_GAIN = 0.85

export interface DiagramSize {
  /** The SVG's own width and height (its viewBox, rounded up). */
  width: number
  height: number
  /** Its smallest label font size in SVG units (px at scale 1). */
  labelPx: number
}

/** The smallest scale at which every label is MIN_LABEL_PX or more (never above 1). */
export function minScale(d: DiagramSize): number {
  return d.labelPx > 0
    ? Math.min(1, MIN_LABEL_PX / d.labelPx)
    : 1
}

/** The width below which the diagram stops shrinking and scrolls instead. */
export function minWidth(d: DiagramSize): number {
  return Math.ceil(d.width * minScale(d))
}

/** The width a diagram is drawn at in a column `column` px wide (the CSS: width W, max 100%, min). */
export function shownWidth(d: DiagramSize, column: number): number {
  return Math.max(minWidth(d), Math.min(d.width, column))
}

/** Its smallest label in CSS px in that column. */
export function labelPxIn(d: DiagramSize, column: number): number {
  return d.labelPx * shownWidth(d, column) / d.width
}

/** Whether the twin is worth shipping: the original scrolls on a phone and the twin is much narrower. */
export function keepNarrow(wide: DiagramSize, narrow: DiagramSize): boolean {
  return minWidth(wide) > PHONE_COLUMN_PX && minWidth(narrow) <= minWidth(wide) * NARROW_GAIN
}

/** Which variant the CSS shows in a column `column` px wide (the twin below the original's min width). */
export function variantIn(column: number, wide: DiagramSize, narrow?: DiagramSize): 'wide' | 'narrow' {
  return narrow && column < minWidth(wide)
    ? 'narrow'
    : 'wide'
}

export interface FigureLayout {
  /** Classes of the <figure>: the switch and hint thresholds. */
  classes: string[]
  /** The container-query rules those classes need (global CSS, de-duplicated across the site). */
  css: string[]
}

/**
 * The classes and rules that pick the variant and show the hint, by the figure's own width (its
 * container, .mermaid-diagram in mermaid.css: the SVG's room plus BOX_PADDING_PX):
 *   mmd-switch-752: below 752 px the twin replaces the original;
 *   mmd-scroll-298: below 298 px the shown variant scrolls, so the hint shows.
 */
export function figureLayout(wide: DiagramSize, narrow?: DiagramSize): FigureLayout {
  const classes: string[] = []
  const css: string[] = []
  if (narrow) {
    const at = minWidth(wide) + BOX_PADDING_PX
    classes.push(`mmd-switch-${at}`)
    css.push(`@container mermaid (width < ${at}px){.mmd-switch-${at} svg[data-variant=wide]{display:none}.mmd-switch-${at} svg[data-variant=narrow]{display:block}}`)
  }
  const scroll = minWidth(narrow ?? wide) + BOX_PADDING_PX
  classes.push(`mmd-scroll-${scroll}`)
  css.push(`@container mermaid (width < ${scroll}px){.mmd-scroll-${scroll} .mermaid-hint{display:block}}`)
  return { classes, css }
}

// Mermaid's defaults: actor boxes 150 wide, 50 apart, 50 px empty on either side of the diagram.
const COMPACT_SEQUENCE = Object.entries({
  width: 40,
  actorMargin: 12,
  boxMargin: 4,
  boxTextMargin: 4,
  noteMargin: 4,
  diagramMarginX: 8,
  diagramMarginY: 8,
}).map(([k, v]) => `    ${k}: ${v}\n`).join('')

/**
 * The source of a diagram's narrow twin, or undefined when it has none: a flowchart drawn
 * left-to-right is drawn top-to-bottom (subgraphs too); a sequence diagram gets compact margins.
 * A diagram with its own frontmatter keeps only its own layout.
 */
export function narrowSource(code: string): string | undefined {
  if (/^\s*---/.test(code))
    return undefined
  const kind = /^\s*(?:%%.*\n\s*)*(\w+)/.exec(code)?.[1]
  if (kind === 'flowchart' || kind === 'graph') {
    const flipped = code.replace(/^([ \t]*(?:flowchart|graph|direction)[ \t]+)(?:LR|RL)\b/gm, '$1TB')
    return flipped === code
      ? undefined
      : flipped
  }
  if (kind === 'sequenceDiagram')
    return `---\nconfig:\n  sequence:\n${COMPACT_SEQUENCE}---\n${code}`
  return undefined
}
