// The garden router's pieces that hold no state (gardenRoutes.ts): directions, the ports on a box's
// sides, the A* estimate, and reading a found path back.
import type { Box, Point } from './mapGeometry'
import type { routeGrid } from './routeGrid'
import { round } from './routeGrid'

export type Dir = 0 | 1 | 2 | 3 // right, down, left, up
/** The least a px of line can cost (a line shared with earlier routes, when sharing is cheaper). */
export const MIN_FACTOR = 0.6
export const STEP: Record<Dir, Point> = {
  0: [1, 0],
  1: [0, 1],
  2: [-1, 0],
  3: [0, -1],
}

export interface Port {
  /** The point on the box's side. */
  on: Point
  /** The grid point just outside it. */
  out: Point
  /** Direction leaving the box. */
  dir: Dir
}

export function ports(b: Box, c: number): Port[] {
  const cx = b.x + b.width / 2
  const cy = b.y + b.height / 2
  return [
    {
      on: [b.x + b.width, cy],
      out: [b.x + b.width + c, cy],
      dir: 0,
    },
    {
      on: [cx, b.y + b.height],
      out: [cx, b.y + b.height + c],
      dir: 1,
    },
    {
      on: [b.x, cy],
      out: [b.x - c, cy],
      dir: 2,
    },
    {
      on: [cx, b.y],
      out: [cx, b.y - c],
      dir: 3,
    },
  ]
}

export type Grid = ReturnType<typeof routeGrid>

/** The grid point just outside a port, or undefined when it is off the grid or inside a box. */
export function portKey(grid: Grid, p: Port): number | undefined {
  const i = grid.xi.get(round(p.out[0]))
  const j = grid.yi.get(round(p.out[1]))
  return i === undefined || j === undefined || grid.blocked[grid.key(i, j)]
    ? undefined
    : grid.key(i, j)
}

/**
 * From (x, y) heading `dir`: the distance to the nearest end port plus the fewest bends that can still
 * bring the line into it the right way.
 */
export function distanceAndBends(x: number, y: number, dir: Dir, ends: readonly Port[], bendCost: number): number {
  let m = Infinity
  for (const p of ends) {
    const inward = (p.dir + 2) % 4
    const dx = p.out[0] - x
    const dy = p.out[1] - y
    let bends: number
    if (dir === inward) {
      const ahead = STEP[dir][0] * dx + STEP[dir][1] * dy
      const aside = STEP[dir][0] === 0
        ? dx
        : dy
      bends = aside === 0 && ahead >= 0
        ? 0
        : 2
    }
    else {
      bends = dir === (inward + 2) % 4
        ? 2
        : 1
    }
    m = Math.min(m, Math.abs(dx) + Math.abs(dy) + bends * bendCost)
  }
  return m
}

/** The search states from a start port's to `goal`, following `prev`. */
export function chainTo(goal: number, prev: Int32Array): number[] {
  const chain: number[] = []
  for (let s = goal; s >= 0; s = prev[s]!)
    chain.push(s)
  return chain.reverse()
}

/** Counts each step of a route as used once more (earlier routes make a step cheaper or dearer). */
export function markUsed(chain: readonly number[], usedRight: Uint16Array, usedDown: Uint16Array): void {
  for (let n = 1; n < chain.length; n++) {
    const a = chain[n - 1]! >> 2
    const b = chain[n]! >> 2
    const d = chain[n]! & 3
    if (d === 0)
      usedRight[a] = usedRight[a]! + 1
    else if (d === 2)
      usedRight[b] = usedRight[b]! + 1
    else if (d === 1)
      usedDown[a] = usedDown[a]! + 1
    else
      usedDown[b] = usedDown[b]! + 1
  }
}
