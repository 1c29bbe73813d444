import type { Frame, Point, View } from './panZoom'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyKey,
  clampView,
  fitScale,
  fitView,
  initialView,
  isFit,
  keyAction,
  MAX_ZOOM,
  panBy,
  pinchView,
  readableScale,
  scaleLimits,
  wheelFactor,
  zoomBy,
  zoomTo,
} from './panZoom'

// A wide Mermaid diagram on a 360 px phone (the stage below the bar), and on a desktop.
const phone: Frame = {
  content: { width: 1029, height: 192 },
  viewport: { width: 360, height: 600 },
}
const desktop: Frame = {
  content: { width: 971, height: 891 },
  viewport: { width: 1280, height: 780 },
}

/** The content point under a viewport point. */
const under = (v: View, p: Point): Point => ({ x: (p.x - v.x) / v.scale, y: (p.y - v.y) / v.scale })

const frames = fc.record({
  content: fc.record({
    width: fc.integer({ min: 20, max: 3000 }),
    height: fc.integer({ min: 20, max: 3000 }),
  }),
  viewport: fc.record({
    width: fc.integer({ min: 200, max: 2000 }),
    height: fc.integer({ min: 200, max: 1400 }),
  }),
})
const views = fc.record({
  scale: fc.double({ min: 0.05, max: 10, noNaN: true }),
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.double({ min: -5000, max: 5000, noNaN: true }),
})

/** The content stays on screen: no gap at an edge it overflows, centred on an axis it does not. */
function onScreen(v: View, f: Frame) {
  const w = f.content.width * v.scale
  const h = f.content.height * v.scale
  const eps = 1e-6
  if (w <= f.viewport.width)
    expect(v.x).toBeCloseTo((f.viewport.width - w) / 2, 6)
  else
    expect(v.x <= eps && v.x + w >= f.viewport.width - eps).toBe(true)
  if (h <= f.viewport.height)
    expect(v.y).toBeCloseTo((f.viewport.height - h) / 2, 6)
  else
    expect(v.y <= eps && v.y + h >= f.viewport.height - eps).toBe(true)
}

describe('initialView', () => {
  // Chapter 2's sequence diagram (16-px labels) on the phone's stage, and the labels wanted at 14 px.
  const readable = readableScale(16, 14)

  it('opens a diagram too wide for the phone at readable labels, from its top-left corner', () => {
    const v = initialView(phone, readable)
    expect(v).toEqual({ scale: 0.875, x: 0, y: (600 - 192 * 0.875) / 2 })
    // Its labels: 16 × 0.875 = 14 px, where the fit would give 16 × 360 / 1029 = 5.6 px.
    expect(16 * v.scale).toBe(14)
    expect(16 * fitScale(phone)).toBeCloseTo(5.6, 1)
  })

  it('opens at the fit when that already reads well, or when the label size is unknown', () => {
    expect(initialView(desktop, readable)).toEqual(fitView(desktop))
    expect(initialView(phone)).toEqual(fitView(phone))
    expect(initialView(phone, readableScale(0, 14))).toEqual(fitView(phone))
  })

  it('opens within the limits, with the content on screen and labels at the readable size or more', () => {
    fc.assert(fc.property(frames, fc.integer({ min: 8, max: 24 }), (f, labelPx) => {
      const scale = readableScale(labelPx, 14)
      const v = initialView(f, scale)
      const { min, max } = scaleLimits(f)
      expect(v.scale).toBeGreaterThanOrEqual(min - 1e-9)
      expect(v.scale).toBeLessThanOrEqual(max + 1e-9)
      expect(v.scale).toBeGreaterThanOrEqual(Math.min(scale, max) - 1e-9)
      onScreen(v, f)
    }))
  })
})

describe('fit', () => {
  it('fills the phone\'s width with a wide diagram, centred vertically', () => {
    const v = fitView(phone)
    expect(v.scale).toBeCloseTo(360 / 1029, 9)
    expect(v.x).toBe(0)
    expect(phone.content.width * v.scale).toBeCloseTo(360, 9)
    expect(v.y).toBeCloseTo((600 - 192 * v.scale) / 2, 9)
  })

  it('fits a tall diagram by its height on a wide screen', () => {
    const v = fitView(desktop)
    expect(v.scale).toBeCloseTo(780 / 891, 9)
    expect(v.y).toBe(0)
    expect(v.x).toBeCloseTo((1280 - 971 * v.scale) / 2, 9)
    expect(isFit(v, desktop)).toBe(true)
    expect(isFit(zoomBy(v, 2, desktop), desktop)).toBe(false)
  })

  it('falls back to 1 while a size is unknown (an image not loaded yet)', () => {
    expect(fitScale({
      content: { width: 0, height: 0 },
      viewport: { width: 360, height: 600 },
    })).toBe(1)
    expect(fitScale({
      content: { width: 100, height: 100 },
      viewport: { width: 0, height: 0 },
    })).toBe(1)
  })

  it('lets a reader go from the fit to MAX_ZOOM times the content\'s own size', () => {
    expect(scaleLimits(phone)).toEqual({ min: 360 / 1029, max: MAX_ZOOM })
    // A small image fits above its own size: the limit grows with it.
    const small: Frame = {
      content: { width: 100, height: 50 },
      viewport: { width: 1000, height: 1000 },
    }
    expect(scaleLimits(small)).toEqual({ min: 10, max: 10 * MAX_ZOOM })
  })
})

describe('zoom', () => {
  it('keeps the content point under the focal point where it is', () => {
    const start = zoomBy(fitView(phone), 4, phone)
    const focal = { x: 100, y: 300 }
    const next = zoomTo(start, start.scale * 1.5, focal, phone)
    expect(next.scale).toBeCloseTo(start.scale * 1.5, 9)
    const a = under(start, focal)
    const b = under(next, focal)
    expect(b.x).toBeCloseTo(a.x, 6)
    expect(b.y).toBeCloseTo(a.y, 6)
  })

  it('zooms around the viewport\'s centre without a focal point', () => {
    const start = zoomBy(fitView(phone), 3, phone)
    const centre = { x: 180, y: 300 }
    const next = zoomBy(start, 1.5, phone)
    expect(under(next, centre).x).toBeCloseTo(under(start, centre).x, 6)
  })

  it('stops at the limits', () => {
    const fit = fitView(phone)
    expect(zoomBy(fit, 0.1, phone).scale).toBeCloseTo(fit.scale, 9)
    expect(zoomBy(fit, 1000, phone).scale).toBe(MAX_ZOOM)
  })

  it('keeps the content on screen and the scale within the limits, for any zoom', () => {
    fc.assert(fc.property(frames, views, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.record({
      x: fc.double({ min: 0, max: 1, noNaN: true }),
      y: fc.double({ min: 0, max: 1, noNaN: true }),
    }), (f, v0, factor, at) => {
      const v = clampView(v0, f)
      const next = zoomBy(v, factor, f, { x: at.x * f.viewport.width, y: at.y * f.viewport.height })
      const { min, max } = scaleLimits(f)
      expect(next.scale).toBeGreaterThanOrEqual(min - 1e-9)
      expect(next.scale).toBeLessThanOrEqual(max + 1e-9)
      onScreen(next, f)
    }))
  })
})

describe('pan', () => {
  it('moves an enlarged diagram and stops at its edges', () => {
    // 10× the fit: taller than the viewport too.
    const v = zoomBy(fitView(phone), 10, phone)
    const moved = panBy(v, -50, 0, phone)
    expect(moved.x).toBeCloseTo(v.x - 50, 9)
    const far = panBy(v, -1e6, 1e6, phone)
    expect(far.x).toBeCloseTo(360 - 1029 * far.scale, 6)
    expect(far.y).toBe(0)
  })

  it('cannot move a diagram that fits', () => {
    const v = fitView(phone)
    expect(panBy(v, 80, 80, phone)).toEqual(v)
  })

  it('keeps the content on screen for any move', () => {
    fc.assert(fc.property(frames, views, fc.double({ min: -4000, max: 4000, noNaN: true }), fc.double({ min: -4000, max: 4000, noNaN: true }), (f, v0, dx, dy) => {
      onScreen(panBy(clampView(v0, f), dx, dy, f), f)
    }))
  })
})

describe('pinch', () => {
  it('scales with the distance between two fingers around their midpoint', () => {
    const start = fitView(phone)
    const from: [Point, Point] = [
      { x: 150, y: 300 },
      { x: 210, y: 300 },
    ]
    const to: [Point, Point] = [
      { x: 120, y: 300 },
      { x: 240, y: 300 },
    ]
    const next = pinchView(start, from, to, phone)
    expect(next.scale).toBeCloseTo(start.scale * 2, 9)
    const mid = { x: 180, y: 300 }
    expect(under(next, mid).x).toBeCloseTo(under(start, mid).x, 6)
    expect(under(next, mid).y).toBeCloseTo(under(start, mid).y, 6)
  })

  it('pans when both fingers move together', () => {
    const start = zoomBy(fitView(phone), 4, phone)
    const from: [Point, Point] = [
      { x: 100, y: 300 },
      { x: 200, y: 300 },
    ]
    const to: [Point, Point] = [
      { x: 60, y: 300 },
      { x: 160, y: 300 },
    ]
    const next = pinchView(start, from, to, phone)
    expect(next.scale).toBeCloseTo(start.scale, 9)
    expect(next.x).toBeCloseTo(start.x - 40, 6)
  })

  it('ignores two fingers at one point and clamps a spread beyond the limit', () => {
    const start = fitView(phone)
    const p = { x: 10, y: 10 }
    expect(pinchView(start, [p, p], [
      p,
      { x: 50, y: 50 },
    ], phone)).toBe(start)
    const huge = pinchView(start, [
      { x: 179, y: 300 },
      { x: 181, y: 300 },
    ], [
      { x: 0, y: 300 },
      { x: 360, y: 300 },
    ], phone)
    expect(huge.scale).toBe(MAX_ZOOM)
  })
})

describe('wheel and keys', () => {
  it('zooms in when the wheel goes up, out when it goes down, steeper for a trackpad pinch', () => {
    expect(wheelFactor(-100, 0, false)).toBeGreaterThan(1)
    expect(wheelFactor(100, 0, false)).toBeLessThan(1)
    expect(wheelFactor(-10, 0, true)).toBeGreaterThan(wheelFactor(-10, 0, false))
    // Lines count as pixels, and one huge event does not jump to the limit.
    expect(wheelFactor(3, 1, false)).toBeCloseTo(wheelFactor(48, 0, false), 9)
    expect(wheelFactor(-1e5, 0, false)).toBeCloseTo(wheelFactor(-200, 0, false), 9)
  })

  it('maps + − 0 and the arrows, and leaves other keys alone', () => {
    const vp = { width: 360, height: 600 }
    expect(keyAction('+', vp)).toEqual({ kind: 'zoom', factor: 1.5 })
    expect(keyAction('=', vp)).toEqual({ kind: 'zoom', factor: 1.5 })
    expect(keyAction('-', vp)).toEqual({ kind: 'zoom', factor: 1 / 1.5 })
    expect(keyAction('0', vp)).toEqual({ kind: 'fit' })
    expect(keyAction('ArrowRight', vp)).toEqual({ kind: 'pan', dx: -36, dy: 0 })
    expect(keyAction('ArrowUp', vp)).toEqual({ kind: 'pan', dx: 0, dy: 60 })
    expect(keyAction('Tab', vp)).toBeUndefined()
    expect(keyAction('Escape', vp)).toBeUndefined()
  })

  it('applies a key: → shows more of the right side, 0 returns to the fit', () => {
    const v = zoomBy(fitView(phone), 4, phone)
    const right = applyKey(v, keyAction('ArrowRight', phone.viewport)!, phone)
    expect(right.x).toBeLessThan(v.x)
    expect(applyKey(right, { kind: 'fit' }, phone)).toEqual(fitView(phone))
    expect(applyKey(v, keyAction('+', phone.viewport)!, phone).scale).toBeCloseTo(v.scale * 1.5, 9)
  })
})
