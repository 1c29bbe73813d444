// A binary min-heap of numbers by priority, for the map's edge router (gardenRoutes.ts): parallel
// arrays, no allocation per push, ties broken by the smaller value so that routes are deterministic.
export class MinHeap {
  private prio: number[] = []
  private vals: number[] = []
  get size(): number {
    return this.vals.length
  }

  private less(a: number, b: number): boolean {
    return this.prio[a]! < this.prio[b]! || (this.prio[a] === this.prio[b] && this.vals[a]! < this.vals[b]!)
  }

  private swap(a: number, b: number): void {
    ;[this.prio[a], this.prio[b]] = [this.prio[b]!, this.prio[a]!]
    ;[this.vals[a], this.vals[b]] = [this.vals[b]!, this.vals[a]!]
  }

  push(priority: number, value: number): void {
    this.prio.push(priority)
    this.vals.push(value)
    let i = this.vals.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.less(i, p))
        break
      this.swap(i, p)
      i = p
    }
  }

  /** Removes the smallest; its priority is in `topPriority` until the next pop. */
  pop(): number {
    const value = this.vals[0]!
    this.topPriority = this.prio[0]!
    const lastP = this.prio.pop()!
    const lastV = this.vals.pop()!
    const n = this.vals.length
    if (n > 0) {
      this.prio[0] = lastP
      this.vals[0] = lastV
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        let m = i
        if (l < n && this.less(l, m))
          m = l
        if (l + 1 < n && this.less(l + 1, m))
          m = l + 1
        if (m === i)
          break
        this.swap(i, m)
        i = m
      }
    }
    return value
  }

  topPriority = 0
}
