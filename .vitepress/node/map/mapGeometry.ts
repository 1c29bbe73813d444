// Plane geometry shared by the maps' layouts (the edge router, gardenRoutes.ts) and their tests: does
// a line segment enter a box, the points of an SVG path made of straight segments (M, L, H, V), and a
// route's corners as a path with rounded corners.
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export type Point = readonly [number, number]

/**
 * True when the segment a–b passes through the inside of `box` shrunk by `inset` on every side
 * (touching its border is not entering it). Liang–Barsky clipping.
 */
export function segmentEntersBox(a: Point, b: Point, box: Box, inset = 0): boolean {
  const x0 = box.x + inset
  const y0 = box.y + inset
  const x1 = box.x + box.width - inset
  const y1 = box.y + box.height - inset
  if (x1 <= x0 || y1 <= y0)
    return false
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      // Parallel to this side: outside (or on it) means no entry.
      if (q <= 0)
        return false
      continue
    }
    const t = q / p
    if (p < 0) {
      if (t > t1)
        return false
      t0 = Math.max(t0, t)
    }
    else {
      if (t < t0)
        return false
      t1 = Math.min(t1, t)
    }
  }
  return t1 - t0 > 1e-9
}

/** The polylines of a path of absolute M/L/H/V commands ('M0 0H10V5' → [[[0,0],[10,0],[10,5]]]). */
export function pathPolylines(d: string): Point[][] {
  const lines: Point[][] = []
  let at: Point = [0, 0]
  for (const [, cmd, args] of d.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const n = (args ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number)
    if (cmd === 'M') {
      at = [n[0]!, n[1]!]
      lines.push([at])
      continue
    }
    at = cmd === 'H'
      ? [n[0]!, at[1]]
      : cmd === 'V'
        ? [at[0], n[0]!]
        : [n[0]!, n[1]!]
    lines.at(-1)!.push(at)
  }
  return lines
}

/** The segments of a polyline. */
export function segments(line: readonly Point[]): [Point, Point][] {
  return line.slice(1).map((p, i) => [line[i]!, p])
}

/** Drops the points in the middle of straight runs. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = []
  for (const p of points) {
    const a = out.at(-2)
    const b = out.at(-1)
    if (b && p[0] === b[0] && p[1] === b[1])
      continue
    if (a && b && ((a[0] === b[0] && b[0] === p[0]) || (a[1] === b[1] && b[1] === p[1])))
      out[out.length - 1] = p
    else
      out.push(p)
  }
  return out
}

/** The points as an SVG path with corners rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 5): string {
  const r1 = (n: number) => Math.round(n * 10) / 10
  let d = `M${r1(points[0]![0])} ${r1(points[0]![1])}`
  for (let k = 1; k < points.length - 1; k++) {
    const [a, b, c] = [points[k - 1]!, points[k]!, points[k + 1]!]
    const r = Math.min(radius, Math.hypot(b[0] - a[0], b[1] - a[1]) / 2, Math.hypot(c[0] - b[0], c[1] - b[1]) / 2)
    const towards = (p: Point, q: Point, t: number): Point => {
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1
      return [p[0] + (q[0] - p[0]) * t / len, p[1] + (q[1] - p[1]) * t / len]
    }
    const p1 = towards(b, a, r)
    const p2 = towards(b, c, r)
    d += `L${r1(p1[0])} ${r1(p1[1])}Q${r1(b[0])} ${r1(b[1])} ${r1(p2[0])} ${r1(p2[1])}`
  }
  const last = points.at(-1)!
  return `${d}L${r1(last[0])} ${r1(last[1])}`
}
