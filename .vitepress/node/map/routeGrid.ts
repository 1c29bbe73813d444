// The sparse grid the map's edge router (gardenRoutes.ts) searches: lines just outside every box's
// sides, through every box's centre (where the ports are) and, on request, down the middle of the gaps;
// which grid points lie inside a box (grown by the clearance), and which steps between neighbouring
// points pass through one.
import type { Box } from './mapGeometry'

export interface GridOptions {
  bounds?: Box
  midlines?: boolean
}

export function round(n: number): number {
  return Math.round(n * 10) / 10
}

type LineKind = 'side' | 'centre' | 'mid'

function uniq(v: number[]): number[] {
  return [
    ...new Set(v.map(round)),
  ].sort((a, b) => a - b)
}

/**
 * The grid lines along one axis, sorted: just outside a box ('side'), through a box's centre (the
 * ports) and, with midlines, down the middle of gaps. Records each line's kind in `kind`, which both
 * axes share (a y line's kind can overwrite an x line's of the same value).
 */
function axisLines(sides: number[], centres: number[], c: number, midlines: boolean | undefined, kind: Map<number, LineKind>): number[] {
  const all = uniq([
    ...sides,
    ...centres,
  ])
  for (const v of all)
    kind.set(v, 'side')
  for (const v of centres.map(round))
    kind.set(v, 'centre')
  if (!midlines)
    return all
  const mids = all.slice(1).map((n, i) => round((n + all[i]!) / 2)).filter((_, i) => all[i + 1]! - all[i]! >= 3 * c)
  for (const v of mids) {
    if (!kind.has(v))
      kind.set(v, 'mid')
  }
  return uniq([
    ...all,
    ...mids,
  ])
}

/** The indices [a, b) of the sorted lines `v` strictly inside (lo, hi). */
function span(v: number[], lo: number, hi: number): readonly [number, number] {
  let a = 0
  while (a < v.length && v[a]! <= lo) a++
  let b = a
  while (b < v.length && v[b]! < hi) b++
  return [a, b] as const
}

/**
 * Grid points inside a box (grown by the clearance), and steps to the next point right or down that
 * pass through one. Every box side is a grid line just outside it, so a step between neighbouring
 * lines is wholly inside or outside a box's span: its middle decides.
 */
function blockedByBoxes(boxes: readonly Box[], c: number, xs: number[], ys: number[]) {
  const nx = xs.length
  const ny = ys.length
  const blocked = new Uint8Array(nx * ny)
  const blockRight = new Uint8Array(nx * ny)
  const blockDown = new Uint8Array(nx * ny)
  for (const b of boxes) {
    const [x0, x1] = [b.x - c, b.x + b.width + c]
    const [y0, y1] = [b.y - c, b.y + b.height + c]
    const [ia, ib] = span(xs, x0, x1)
    const [ja, jb] = span(ys, y0, y1)
    for (let i = ia; i < ib; i++) {
      for (let j = ja; j < jb; j++)
        blocked[i * ny + j] = 1
    }
    // Steps along a row inside the box's height, and along a column inside its width.
    for (let j = ja; j < jb; j++) {
      for (let i = Math.max(ia - 1, 0); i < Math.min(ib, nx - 1); i++) {
        const mid = (xs[i]! + xs[i + 1]!) / 2
        if (mid > x0 && mid < x1)
          blockRight[i * ny + j] = 1
      }
    }
    for (let i = ia; i < ib; i++) {
      for (let j = Math.max(ja - 1, 0); j < Math.min(jb, ny - 1); j++) {
        const mid = (ys[j]! + ys[j + 1]!) / 2
        if (mid > y0 && mid < y1)
          blockDown[i * ny + j] = 1
      }
    }
  }
  return { blocked, blockRight, blockDown }
}

export function routeGrid(boxes: readonly Box[], c: number, options: GridOptions) {
  const bounds = options.bounds
  const kind = new Map<number, LineKind>()
  let xs = axisLines(boxes.flatMap(b => [b.x - c, b.x + b.width + c]), boxes.map(b => b.x + b.width / 2), c, options.midlines, kind)
  let ys = axisLines(boxes.flatMap(b => [b.y - c, b.y + b.height + c]), boxes.map(b => b.y + b.height / 2), c, options.midlines, kind)
  if (bounds) {
    xs = xs.filter(x => x >= bounds.x && x <= bounds.x + bounds.width)
    ys = ys.filter(y => y >= bounds.y && y <= bounds.y + bounds.height)
  }
  // With midlines, running along a box's side costs more: lines keep to the middle of the gaps.
  const hug = options.midlines ? 1 : 0
  const xHug = xs.map(x => kind.get(x) === 'side'
    ? hug
    : 0)
  const yHug = ys.map(y => kind.get(y) === 'side'
    ? hug
    : 0)
  const ny = ys.length
  const xi = new Map(xs.map((x, i) => [x, i]))
  const yi = new Map(ys.map((y, i) => [y, i]))
  const key = (i: number, j: number) => i * ny + j
  const { blocked, blockRight, blockDown } = blockedByBoxes(boxes, c, xs, ys)
  return {
    xs,
    ys,
    xHug,
    yHug,
    xi,
    yi,
    blocked,
    blockRight,
    blockDown,
    key,
  }
}
