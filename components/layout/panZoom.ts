// The arithmetic of the zoom view (ZoomViewer.vue): fit, clamp, zoom around a focal point, pinch,
// pan, wheel and keys. Pure functions over plain numbers, no DOM, so every rule is unit-tested.
//
// A view places the content in the viewport: the content's top-left corner sits at (x, y) viewport
// pixels and every content pixel is `scale` viewport pixels wide.

export interface Size { width: number, height: number }
export interface Point { x: number, y: number }
export interface View { scale: number, x: number, y: number }
export interface Frame { content: Size, viewport: Size }

/** How far in a reader may zoom: this many times the content's own size (or the fit, when larger). */
export const MAX_ZOOM = 4
/** One step of the ＋ / − buttons and keys. */
export const ZOOM_STEP = 1.5
/** One step of the arrow keys, as a share of the viewport. */
export const PAN_STEP = 0.1

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi)
const usable = (s: Size) => s.width > 0 && s.height > 0

/** The scale at which the whole content fits the viewport (1 when either size is unknown). */
export function fitScale({ content, viewport }: Frame): number {
  if (!usable(content) || !usable(viewport))
    return 1
  return Math.min(viewport.width / content.width, viewport.height / content.height)
}

/** The scales a reader can reach: from the whole content on screen to MAX_ZOOM× its own size. */
export function scaleLimits(frame: Frame): { min: number, max: number } {
  const fit = fitScale(frame)
  return { min: fit, max: Math.max(fit, 1) * MAX_ZOOM }
}

/** One axis: centred when the content is narrower than the viewport, else no gap at either edge. */
function clampAxis(offset: number, content: number, viewport: number): number {
  return content <= viewport
    ? (viewport - content) / 2
    : clamp(offset, viewport - content, 0)
}

/** The view with its scale within the limits and the content kept on screen. */
export function clampView(view: View, frame: Frame): View {
  const { min, max } = scaleLimits(frame)
  const scale = clamp(view.scale, min, max)
  return {
    scale,
    x: clampAxis(view.x, frame.content.width * scale, frame.viewport.width),
    y: clampAxis(view.y, frame.content.height * scale, frame.viewport.height),
  }
}

/** The whole content, centred, as large as the viewport allows. */
export function fitView(frame: Frame): View {
  return clampView({
    scale: fitScale(frame),
    x: 0,
    y: 0,
  }, frame)
}

/** The scale at which labels `labelPx` px tall at scale 1 read as `targetPx` (0 when unknown). */
export function readableScale(labelPx: number, targetPx: number): number {
  return labelPx > 0
    ? targetPx / labelPx
    : 0
}

/**
 * The view the viewer opens at: the fit, unless that would draw the labels smaller than readable
 * (`readable`, from readableScale); then at the readable scale from the top-left corner, where a
 * diagram starts, for the reader to pan from.
 */
export function initialView(frame: Frame, readable = 0): View {
  return clampView({
    scale: Math.max(fitScale(frame), readable),
    x: 0,
    y: 0,
  }, frame)
}

/** Whether a view shows the content at its fit (used to re-fit when the viewport changes). */
export function isFit(view: View, frame: Frame): boolean {
  return Math.abs(view.scale - fitScale(frame)) < 1e-6
}

/** Zooms to `scale` keeping the content point under `focal` (viewport pixels) where it is. */
export function zoomTo(view: View, scale: number, focal: Point, frame: Frame): View {
  const { min, max } = scaleLimits(frame)
  const next = clamp(scale, min, max)
  const ratio = next / view.scale
  return clampView({
    scale: next,
    x: focal.x - (focal.x - view.x) * ratio,
    y: focal.y - (focal.y - view.y) * ratio,
  }, frame)
}

/** Zooms by a factor around a focal point (the viewport's centre when none is given). */
export function zoomBy(view: View, factor: number, frame: Frame, focal?: Point): View {
  const at = focal ?? { x: frame.viewport.width / 2, y: frame.viewport.height / 2 }
  return zoomTo(view, view.scale * factor, at, frame)
}

/** Moves the content by (dx, dy) viewport pixels, as far as it can go. */
export function panBy(view: View, dx: number, dy: number, frame: Frame): View {
  return clampView({ scale: view.scale, x: view.x + dx, y: view.y + dy }, frame)
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y)
const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })

/**
 * Two-finger pinch: the view when the second finger went down and both fingers then and now.
 * The scale follows the fingers' distance; the content point that was under their midpoint
 * stays under it, so a pinch zooms and pans at once.
 */
export function pinchView(start: View, from: [Point, Point], to: [Point, Point], frame: Frame): View {
  const d0 = distance(from[0], from[1])
  if (d0 === 0)
    return start
  const { min, max } = scaleLimits(frame)
  const scale = clamp(start.scale * distance(to[0], to[1]) / d0, min, max)
  const m0 = midpoint(from[0], from[1])
  const m1 = midpoint(to[0], to[1])
  return clampView({
    scale,
    x: m1.x - (m0.x - start.x) * scale / start.scale,
    y: m1.y - (m0.y - start.y) * scale / start.scale,
  }, frame)
}

/**
 * The zoom factor of one wheel event. Up (negative deltaY) zooms in. A trackpad pinch arrives as
 * ctrl+wheel with small deltas, so it is steeper; lines and pages are converted to pixels first.
 */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const pixels = deltaY * (deltaMode === 1
    ? 16
    : deltaMode === 2
      ? 400
      : 1)
  const rate = ctrlKey ? 0.01 : 0.002
  return Math.exp(-clamp(pixels, -200, 200) * rate)
}

export type KeyAction
  = | { kind: 'zoom', factor: number }
    | { kind: 'fit' }
    | { kind: 'pan', dx: number, dy: number }

/** What a key does in the zoom view (undefined: not ours, let it through). */
export function keyAction(key: string, viewport: Size): KeyAction | undefined {
  const step = { x: viewport.width * PAN_STEP, y: viewport.height * PAN_STEP }
  switch (key) {
    case '+':
    case '=':
    case ';':
      return { kind: 'zoom', factor: ZOOM_STEP }
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP }
    case '0':
      return { kind: 'fit' }
    // An arrow moves the view that way over the content: the content moves the other way.
    case 'ArrowLeft':
      return { kind: 'pan', dx: step.x, dy: 0 }
    case 'ArrowRight':
      return { kind: 'pan', dx: -step.x, dy: 0 }
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy: step.y }
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -step.y }
    default:
      return undefined
  }
}

/** Applies a key's action to a view. */
export function applyKey(view: View, action: KeyAction, frame: Frame): View {
  switch (action.kind) {
    case 'zoom':
      return zoomBy(view, action.factor, frame)
    case 'fit':
      return fitView(frame)
    case 'pan':
      return panBy(view, action.dx, action.dy, frame)
  }
}
