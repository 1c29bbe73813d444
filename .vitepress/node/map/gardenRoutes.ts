// Routes the garden map's links around its boxes, at build time: orthogonal lines in the gaps between
// boxes, never under one, with few bends. The boxes are placed first (gardenMap.ts); a line then
// leaves the middle of a side of one box and reaches the middle of a side of the other, travelling on
// a sparse grid (routeGrid.ts: an orthogonal visibility graph) by A*, each bend costing extra, running
// along a box's side costing double and, when asked, a gap other lines already use costing less, so
// that lines bundle down the middle of the gaps. ELK's own routers need its layered layout, which
// made the map 1,000+ px wide (gardenMap.ts).
import type { Box, Point } from './mapGeometry'
import { simplify } from './mapGeometry'
import { MinHeap } from './minHeap'
import { round, routeGrid } from './routeGrid'

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

type Dir = 0 | 1 | 2 | 3 // right, down, left, up
/** The least a px of line can cost (a line shared with earlier routes, when sharing is cheaper). */
const MIN_FACTOR = 0.6
const STEP: Record<Dir, Point> = {
  0: [1, 0],
  1: [0, 1],
  2: [-1, 0],
  3: [0, -1],
}

interface Port {
  /** The point on the box's side. */
  on: Point
  /** The grid point just outside it. */
  out: Point
  /** Direction leaving the box. */
  dir: Dir
}

function ports(b: Box, c: number): Port[] {
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

/** A router over one set of boxes: build it once, route many links through it. */
export function createRouter(boxes: readonly Box[], options: RouteOptions = {}) {
  const c = options.clearance ?? 4
  const bendCost = options.bendCost ?? 30
  const shareCost = options.shareCost ?? 0.5
  const { xs, ys, xHug, yHug, xi, yi, blocked, blockRight, blockDown, key } = routeGrid(boxes, c, options)
  const nx = xs.length
  const ny = ys.length
  // How many routes already run along each step (right of / below each point).
  const usedRight = new Uint16Array(nx * ny)
  const usedDown = new Uint16Array(nx * ny)
  const states = nx * ny * 4
  const cost = new Float64Array(states)
  const seen = new Uint32Array(states)
  const prev = new Int32Array(states)
  let generation = 0

  /** The route's points from `from`'s side to `to`'s side, or undefined when none exists. */
  function route(from: Box, to: Box): Point[] | undefined {
    const at = (p: Port) => {
      const i = xi.get(round(p.out[0]))
      const j = yi.get(round(p.out[1]))
      return i === undefined || j === undefined || blocked[key(i, j)]
        ? undefined
        : key(i, j)
    }
    const starts = ports(from, c).filter(p => at(p) !== undefined)
    const ends = ports(to, c).filter(p => at(p) !== undefined)
    if (starts.length === 0 || ends.length === 0)
      return undefined
    const endKeys = ends.map(p => at(p)!)
    // Distance plus the fewest bends that can still bring the line into the port the right way.
    const h = (k: number, dir: Dir) => {
      const x = xs[Math.floor(k / ny)]!
      const y = ys[k % ny]!
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
      // Shared lines may cost as little as 0.6 a px; a shade over that: of equally short paths,
      // those nearer the goal are tried first.
      return m * (shareCost < 0
        ? 0.6
        : 1) * 1.001
    }
    generation++
    const open = new MinHeap()
    for (const s of starts) {
      const state = at(s)! * 4 + s.dir
      seen[state] = generation
      cost[state] = c
      prev[state] = -1
      open.push(c + h(at(s)!, s.dir), state)
    }
    let goal = -1
    let goalPort: Port | undefined
    let goalCost = Infinity
    while (open.size > 0) {
      const state = open.pop()
      const f = open.topPriority
      if (f >= goalCost)
        break
      const k = state >> 2
      const g = cost[state]!
      if (f > g + h(k, (state & 3) as Dir) + 1e-9)
        continue
      const dir = (state & 3) as Dir
      const e = endKeys.indexOf(k)
      if (e >= 0) {
        const end = ends[e]!
        // The last stub enters the box against its port's direction.
        const total = g + c + (dir === (end.dir + 2) % 4
          ? 0
          : bendCost)
        if (total < goalCost) {
          goalCost = total
          goal = state
          goalPort = end
        }
      }
      const i = Math.floor(k / ny)
      const j = k % ny
      for (let d = 0 as Dir; d < 4; d = (d + 1) as Dir) {
        if (d === (dir + 2) % 4)
          continue
        const ni = i + STEP[d][0]
        const nj = j + STEP[d][1]
        if (ni < 0 || nj < 0 || ni >= nx || nj >= ny)
          continue
        const nk = key(ni, nj)
        if (blocked[nk] || (d === 0 && blockRight[k]) || (d === 2 && blockRight[nk]) || (d === 1 && blockDown[k]) || (d === 3 && blockDown[nk]))
          continue
        const next = nk * 4 + d
        const uses = d === 0
          ? usedRight[k]!
          : d === 2
            ? usedRight[nk]!
            : d === 1
              ? usedDown[k]!
              : usedDown[nk]!
        const along = d === 0 || d === 2
          ? yHug[j]!
          : xHug[i]!
        const length = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!)
        const ng = g + length * Math.max(MIN_FACTOR, 1 + along + shareCost * uses) + (d === dir
          ? 0
          : bendCost)
        if (seen[next] !== generation || ng < cost[next]!) {
          seen[next] = generation
          cost[next] = ng
          prev[next] = state
          open.push(ng + h(nk, d), next)
        }
      }
    }
    if (goal < 0)
      return undefined
    const chain: number[] = []
    for (let s = goal; s >= 0; s = prev[s]!)
      chain.push(s)
    chain.reverse()
    const first = chain[0]!
    const start = starts.find(p => p.dir === (first & 3) && at(p) === first >> 2)!
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
    return simplify([
      start.on,
      ...chain.map(s => [xs[Math.floor((s >> 2) / ny)]!, ys[(s >> 2) % ny]!] as Point),
      goalPort!.on,
    ])
  }

  return { route }
}
