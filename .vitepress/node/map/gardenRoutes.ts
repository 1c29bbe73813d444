// Routes the garden map's links around its boxes, at build time: orthogonal lines in the gaps between
// boxes, never under one, with few bends. The boxes are placed first (gardenMap.ts); a line then
// leaves the middle of a side of one box and reaches the middle of a side of the other, travelling on
// a sparse grid (routeGrid.ts: an orthogonal visibility graph) by A*, each bend costing extra, running
// along a box's side costing double and, when asked, a gap other lines already use costing less, so
// that lines bundle down the middle of the gaps. ELK's own routers need its layered layout, which
// made the map 1,000+ px wide (gardenMap.ts).
import type { Box, Point } from './mapGeometry'
import type { Dir, Grid, Port } from './routeSteps'
import { simplify } from './mapGeometry'
import { MinHeap } from './minHeap'
import { routeGrid } from './routeGrid'
import { chainTo, distanceAndBends, markUsed, MIN_FACTOR, portKey, ports, STEP } from './routeSteps'

export interface RouteOptions {
  /** Distance kept from every box. @default 4 */
  clearance?: number
  /** Cost of one bend, in px of length. @default 30 */
  bendCost?: number
  /** The area lines stay in (a chapter's region). */
  bounds?: Box
  /** Also run lines down the middle of the gaps, not only just outside the boxes. @default false */
  midlines?: boolean
  /** Extra cost per px of running along a line an earlier route took, per such route. @default 0.5 */
  shareCost?: number
}

/**
 * The router's state over one grid. A search state is a grid point and the direction the line arrived
 * in (key * 4 + dir); `cost`, `seen` and `prev` are indexed by it and reused by every route (`seen`
 * tells this route's entries from earlier ones').
 */
class EdgeRouter {
  private readonly c: number
  private readonly bendCost: number
  private readonly shareCost: number
  /** Scales h's estimate: 0.6 when sharing a line is cheaper (shareCost < 0), else 1 (see h). */
  private readonly shareFactor: number
  private readonly grid: Grid
  private readonly xs: number[]
  private readonly ys: number[]
  private readonly nx: number
  private readonly ny: number
  /** How many routes already run along each step (right of / below each point). */
  private readonly usedRight: Uint16Array
  private readonly usedDown: Uint16Array
  private readonly cost: Float64Array
  private readonly seen: Uint32Array
  private readonly prev: Int32Array
  private generation = 0

  constructor(boxes: readonly Box[], options: RouteOptions) {
    this.c = options.clearance ?? 4
    this.bendCost = options.bendCost ?? 30
    this.shareCost = options.shareCost ?? 0.5
    this.shareFactor = this.shareCost < 0
      ? 0.6
      : 1
    this.grid = routeGrid(boxes, this.c, options)
    this.xs = this.grid.xs
    this.ys = this.grid.ys
    this.nx = this.xs.length
    this.ny = this.ys.length
    this.usedRight = new Uint16Array(this.nx * this.ny)
    this.usedDown = new Uint16Array(this.nx * this.ny)
    const states = this.nx * this.ny * 4
    this.cost = new Float64Array(states)
    this.seen = new Uint32Array(states)
    this.prev = new Int32Array(states)
  }

  /** The A* estimate from grid point `k` heading `dir` to the nearest of `ends`. */
  private h(ends: readonly Port[], k: number, dir: Dir): number {
    // Shared lines may cost as little as 0.6 a px; a shade over that: of equally short paths, those
    // nearer the goal are tried first.
    return distanceAndBends(this.xs[Math.floor(k / this.ny)]!, this.ys[k % this.ny]!, dir, ends, this.bendCost) * this.shareFactor * 1.001
  }

  /**
   * A step's cost before any bend: its length, dearer along a box's side (with midlines) and cheaper or
   * dearer per earlier route along it (shareCost), never under MIN_FACTOR a px.
   */
  private stepCost(k: number, nk: number, i: number, j: number, ni: number, nj: number, d: Dir): number {
    const uses = d === 0
      ? this.usedRight[k]!
      : d === 2
        ? this.usedRight[nk]!
        : d === 1
          ? this.usedDown[k]!
          : this.usedDown[nk]!
    const along = d === 0 || d === 2
      ? this.grid.yHug[j]!
      : this.grid.xHug[i]!
    const length = Math.abs(this.xs[ni]! - this.xs[i]!) + Math.abs(this.ys[nj]! - this.ys[j]!)
    return length * Math.max(MIN_FACTOR, 1 + along + this.shareCost * uses)
  }

  /** Opens every step from `state` (reached at cost g) but back: to a free point, through no box. */
  private expand(open: MinHeap, ends: readonly Port[], state: number, g: number): void {
    const { blocked, blockRight, blockDown } = this.grid
    const k = state >> 2
    const dir = (state & 3) as Dir
    const i = Math.floor(k / this.ny)
    const j = k % this.ny
    for (let d = 0 as Dir; d < 4; d = (d + 1) as Dir) {
      if (d === (dir + 2) % 4)
        continue
      const ni = i + STEP[d][0]
      const nj = j + STEP[d][1]
      if (ni < 0 || nj < 0 || ni >= this.nx || nj >= this.ny)
        continue
      const nk = this.grid.key(ni, nj)
      if (blocked[nk] || (d === 0 && blockRight[k]) || (d === 2 && blockRight[nk]) || (d === 1 && blockDown[k]) || (d === 3 && blockDown[nk]))
        continue
      const next = nk * 4 + d
      const ng = g + this.stepCost(k, nk, i, j, ni, nj, d) + (d === dir
        ? 0
        : this.bendCost)
      if (this.seen[next] !== this.generation || ng < this.cost[next]!) {
        this.seen[next] = this.generation
        this.cost[next] = ng
        this.prev[next] = state
        open.push(ng + this.h(ends, nk, d), next)
      }
    }
  }

  /** Starts a search: every start port's state, open at the clearance's cost. */
  private open(starts: readonly Port[], startKeys: readonly number[], ends: readonly Port[]): MinHeap {
    this.generation++
    const open = new MinHeap()
    for (let n = 0; n < starts.length; n++) {
      const state = startKeys[n]! * 4 + starts[n]!.dir
      this.seen[state] = this.generation
      this.cost[state] = this.c
      this.prev[state] = -1
      open.push(this.c + this.h(ends, startKeys[n]!, starts[n]!.dir), state)
    }
    return open
  }

  /** A* from the start ports: the cheapest final state (-1 when none) and the end port it enters. */
  private search(starts: readonly Port[], startKeys: readonly number[], ends: readonly Port[], endKeys: readonly number[]) {
    const open = this.open(starts, startKeys, ends)
    let goal = -1
    let goalPort: Port | undefined
    let goalCost = Infinity
    while (open.size > 0) {
      const state = open.pop()
      const f = open.topPriority
      if (f >= goalCost)
        break
      const k = state >> 2
      const g = this.cost[state]!
      const dir = (state & 3) as Dir
      if (f > g + this.h(ends, k, dir) + 1e-9)
        continue
      const e = endKeys.indexOf(k)
      if (e >= 0) {
        const end = ends[e]!
        // The last stub enters the box against its port's direction.
        const total = g + this.c + (dir === (end.dir + 2) % 4
          ? 0
          : this.bendCost)
        if (total < goalCost) {
          goalCost = total
          goal = state
          goalPort = end
        }
      }
      this.expand(open, ends, state, g)
    }
    return { goal, goalPort }
  }

  /** The route's points from `from`'s side to `to`'s side, or undefined when none exists. */
  route(from: Box, to: Box): Point[] | undefined {
    const grid = this.grid
    const starts = ports(from, this.c).filter(p => portKey(grid, p) !== undefined)
    const ends = ports(to, this.c).filter(p => portKey(grid, p) !== undefined)
    if (starts.length === 0 || ends.length === 0)
      return undefined
    const { goal, goalPort } = this.search(starts, starts.map(p => portKey(grid, p)!), ends, ends.map(p => portKey(grid, p)!))
    if (goal < 0)
      return undefined
    const chain = chainTo(goal, this.prev)
    const first = chain[0]!
    const start = starts.find(p => p.dir === (first & 3) && portKey(grid, p) === first >> 2)!
    markUsed(chain, this.usedRight, this.usedDown)
    return simplify([
      start.on,
      ...chain.map(s => [this.xs[Math.floor((s >> 2) / this.ny)]!, this.ys[(s >> 2) % this.ny]!] as Point),
      goalPort!.on,
    ])
  }
}

/** A router over one set of boxes: build it once, route many links through it. */
export function createRouter(boxes: readonly Box[], options: RouteOptions = {}) {
  const router = new EdgeRouter(boxes, options)
  return {
    /** The route's points from `from`'s side to `to`'s side, or undefined when none exists. */
    route: (from: Box, to: Box): Point[] | undefined => router.route(from, to),
  }
}
