// Geometry shared by the hand-drawn diagrams and the simulators: an estimate of how wide a label
// renders, boxes, and the checks their unit tests use ("every label lies inside its box", "no
// line crosses a label"). The browser test (e2e/diagram-legibility.spec.ts) measures the real
// rendering; these estimates let a layout be checked without a browser and are deliberately wide.

/** Smallest font size (SVG units) in the layouts. Drawn at ≥ 286 px for a 280-unit-wide (or ≥ 312 px for a 300-unit-wide) viewBox, so ≥ 12 CSS px on a 360-px phone. */
export const MIN_FONT = 12.5

export interface Box { x: number, y: number, w: number, h: number }
export interface Point { x: number, y: number }

/** A label drawn with `text-anchor` start (default), middle or end at (x, y = baseline). */
export interface Label {
  text: string
  x: number
  y: number
  size: number
  anchor?: 'start' | 'middle' | 'end'
  mono?: boolean
  bold?: boolean
  /** Drawn right after `text` in the monospace font (an address). */
  tail?: string
}

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!
  return c >= 0x2E80 || (c >= 0x2460 && c <= 0x24FF) || ch === '→' || ch === '←' || ch === '○' || ch === '×' || ch === '・'
}

/** Estimated advance width: full-width characters 1 em, monospace 0.62 em, other Latin 0.62 em (0.3 for spaces and dots). */
export function textWidth(text: string, size: number, opts: { mono?: boolean, bold?: boolean } = {}): number {
  let em = 0
  for (const ch of text) {
    if (isWide(ch))
      em += 1
    else if (opts.mono)
      em += 0.62
    else if (ch === ' ' || ch === '.' || ch === ':' || ch === ',' || ch === 'i' || ch === 'l' || ch === '1')
      em += 0.32
    else
      em += 0.62
  }
  return em * size * (opts.bold ? 1.05 : 1)
}

/** Estimated box of a label as the browser reports it (measured in Chromium with the site fonts: ascent 1.17 em, height 1.49 em). */
export function labelBox(l: Label): Box {
  const w = textWidth(l.text, l.size, l) + (l.tail
    ? textWidth(l.tail, l.size, { mono: true })
    : 0)
  const x = l.anchor === 'middle'
    ? l.x - w / 2
    : l.anchor === 'end'
      ? l.x - w
      : l.x
  return {
    x,
    y: l.y - l.size * 1.17,
    w,
    h: l.size * 1.5,
  }
}

export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** Whether the segment p→q passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(p: Point, q: Point, b: Box): boolean {
  const dx = q.x - p.x
  const dy = q.y - p.y
  let t0 = 0
  let t1 = 1
  const clip = (num: number, den: number) => {
    if (den === 0)
      return num >= 0
    const t = num / den
    if (den > 0) {
      if (t < t0)
        return false
      if (t < t1)
        t1 = t
    }
    else {
      if (t > t1)
        return false
      if (t > t0)
        t0 = t
    }
    return true
  }
  return clip(p.x - b.x, -dx) && clip(b.x + b.w - p.x, dx) && clip(p.y - b.y, -dy) && clip(b.y + b.h - p.y, dy) && t0 <= t1
}

/** Segments of an SVG path made of M, L, H and V commands (absolute), as drawn by the layouts. */
export function pathSegments(d: string): [Point, Point][] {
  const out: [Point, Point][] = []
  let at: Point = { x: 0, y: 0 }
  for (const [, cmd, args] of d.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const n = args!.trim().split(/[\s,]+/).filter(Boolean).map(Number)
    let next: Point
    if (cmd === 'M') {
      at = { x: n[0]!, y: n[1]! }
      continue
    }
    if (cmd === 'L')
      next = { x: n[0]!, y: n[1]! }
    else if (cmd === 'H')
      next = { x: n[0]!, y: at.y }
    else
      next = { x: at.x, y: n[0]! }
    out.push([at, next])
    at = next
  }
  return out
}

/** Problems with a layout: labels outside their box or the canvas, labels crossed by a segment, fonts below MIN_FONT. */
export function layoutProblems(
  canvas: { w: number, h: number },
  labels: { label: Label, box?: Box }[],
  segments: [Point, Point][],
): string[] {
  const problems: string[] = []
  const all: Box = { x: 0, y: 0, w: canvas.w, h: canvas.h }
  for (const { label, box } of labels) {
    const lb = labelBox(label)
    if (label.size < MIN_FONT)
      problems.push(`「${label.text}${label.tail ?? ''}」 font ${label.size} < ${MIN_FONT}`)
    if (!boxInside(lb, all))
      problems.push(`「${label.text}」 outside the canvas`)
    if (box && !boxInside(lb, box))
      problems.push(`「${label.text}」 outside its box`)
    // Shrink to the glyphs' core, as the browser test does.
    const core = {
      x: lb.x + 1,
      y: lb.y + lb.h * 0.2,
      w: lb.w - 2,
      h: lb.h * 0.6,
    }
    if (segments.some(([p, q]) => segmentCrossesBox(p, q, core)))
      problems.push(`「${label.text}」 crossed by a line`)
  }
  return problems
}
