// Behaviour follows "gRPC Load Balancing on Kubernetes without Tears"
// (https://kubernetes.io/blog/2018/11/07/grpc-load-balancing-on-kubernetes-without-tears/): kube-proxy
// balances connections, not HTTP/2 requests; an L7 proxy or client-side balancing spreads requests.
import type { Balancer, GrpcOptions } from './grpcBalancing'
import type { Point } from './svgLayout'
import { describe, expect, it } from 'vitest'
import { connections, createSimulation, idlePods, MAX_CLIENTS, MAX_PODS, mulberry32, run, scale, step, summarize } from './grpcBalancing'
import { BAND, grpcLayout } from './grpcBalancingLayout'
import { layoutProblems, pathSegments } from './svgLayout'

function sim(balancer: Balancer, pods: number, clients: number, reconnectEvery = 0) {
  return createSimulation({ balancer, clients, reconnectEvery }, pods)
}

describe('mulberry32', () => {
  it('returns the same sequence for the same seed', () => {
    const seq = (seed: number) => {
      const out: number[] = []
      let s = seed
      for (let i = 0; i < 5; i++) {
        const [v, next] = mulberry32(s)
        out.push(v)
        s = next
      }
      return out
    }
    expect(seq(1)).toEqual(seq(1))
    expect(seq(1)).not.toEqual(seq(2))
    expect(seq(1).every(v => v >= 0 && v < 1)).toBe(true)
  })
})

describe('grpcBalancing', () => {
  it.each([
    ['l4', 2],
    ['l4', 3],
    ['l4', 8],
  ] as const)('%s with %i clients leaves the Pods added by scaling 3 → 6 at 0 requests', (balancer, clients) => {
    const after = run(scale(run(sim(balancer, 3, clients), 30), 6), 100)
    expect(after.counts.slice(3)).toEqual([0, 0, 0])
    expect(after.total).toBe(130)
  })

  it('sends every request of an L4 connection to the same Pod', () => {
    const s = run(sim('l4', 4, 1), 50)
    expect(s.counts.filter(n => n > 0)).toEqual([50])
  })

  it('reaches the new Pods under L4 once connections are reopened', () => {
    const after = run(scale(run(sim('l4', 3, 4, 10), 30), 6), 300)
    expect(after.counts.slice(3).some(n => n > 0)).toBe(true)
    expect(after.reconnects).toBeGreaterThan(0)
  })

  it.each([1, 4, 8])('spreads requests within 30%% of the mean through an L7 proxy (%i clients)', (clients) => {
    const s = run(sim('l7', 6, clients), 1200)
    for (const n of s.counts)
      expect(Math.abs(n - 200)).toBeLessThan(60)
  })

  it('reaches new Pods immediately through an L7 proxy', () => {
    const after = run(scale(run(sim('l7', 3, 2), 30), 6), 120)
    expect(idlePods(after)).toEqual([])
  })

  it.each([
    [
      3,
      1,
      30,
      [10, 10, 10],
    ],
    [
      4,
      2,
      40,
      [10, 10, 10, 10],
    ],
    [
      5,
      8,
      40,
      [8, 8, 8, 8, 8],
    ],
  ])('round-robins over all %i endpoints on the client side (%i clients)', (pods, clients, requests, counts) => {
    expect(run(sim('client', pods, clients), requests).counts).toEqual(counts)
  })

  it.each([
    [
      0,
      [0, 0, 0],
    ],
    [
      5,
      [false, false, false],
    ],
  ] as const)('client side learns new endpoints only after re-resolving (reconnect every %i)', (every, expected) => {
    const after = run(scale(run(sim('client', 3, 2, every), 30), 6), 120)
    const added = after.counts.slice(3)
    if (typeof expected[0] === 'number')
      expect(added).toEqual(expected)
    else
      expect(added.map(n => n === 0)).toEqual(expected)
  })

  it('sends everything to the only Pod when there is one', () => {
    for (const b of ['l4', 'l7', 'client'] as const)
      expect(run(sim(b, 1, 3), 20).counts).toEqual([20])
  })

  it('leaves Pods idle under L4 when there are fewer clients than Pods', () => {
    expect(idlePods(run(sim('l4', 8, 2), 100)).length).toBeGreaterThanOrEqual(6)
  })

  it('handles more clients than Pods', () => {
    const s = run(sim('l4', 2, 8), 80)
    expect(s.counts.reduce((a, b) => a + b, 0)).toBe(80)
  })

  it.each([
    [
      { balancer: 'l4', clients: 1, reconnectEvery: 0 },
      0,
    ],
    [
      { balancer: 'l4', clients: 1, reconnectEvery: 0 },
      9,
    ],
    [
      { balancer: 'l4', clients: 0, reconnectEvery: 0 },
      3,
    ],
    [
      { balancer: 'l4', clients: 9, reconnectEvery: 0 },
      3,
    ],
    [
      { balancer: 'l4', clients: 1, reconnectEvery: -1 },
      3,
    ],
    [
      { balancer: 'l4', clients: 1.5, reconnectEvery: 0 },
      3,
    ],
  ] as [GrpcOptions, number][])('rejects out-of-range input %j with %i Pods', (options, pods) => {
    expect(() => createSimulation(options, pods)).toThrow(RangeError)
  })

  it('rejects scaling to 0 Pods', () => {
    expect(() => scale(sim('l4', 3, 1), 0)).toThrow(RangeError)
  })

  it('reconnects L4 clients whose Pod was removed by scaling down', () => {
    const s = run(scale(run(sim('l4', 6, 8), 16), 2), 40)
    expect(s.counts).toHaveLength(2)
    expect(s.clients.every(c => c.pod !== null && c.pod < 2)).toBe(true)
    expect(s.counts[0] + s.counts[1]).toBeGreaterThanOrEqual(40)
  })

  it('is deterministic and does not mutate its input', () => {
    const a = sim('l4', 3, 3)
    const b = step(a)
    expect(a.total).toBe(0)
    expect(run(sim('l4', 3, 3), 50)).toEqual(run(sim('l4', 3, 3), 50))
    expect(b.total).toBe(1)
  })

  it.each([
    ['l4', 1, 1],
    ['l7', 3, 3],
    ['client', 3, 3],
  ] as const)('draws the connections of %s', (balancer, pods, perClient) => {
    const s = run(sim(balancer, pods, 2), 2)
    expect(connections(s).map(c => c.length)).toEqual([perClient, perClient])
  })

  it.each([
    [
      sim('l4', 3, 2),
      'L4（kube-proxy、接続単位）、Pod 3個、クライアント 2個。まだリクエストを送っていない',
    ],
    [
      run(sim('client', 2, 1), 4),
      'クライアント側（Headless Service）、Pod 2個、クライアント 1個。4件送信（Pod1: 2、Pod2: 2）。全Podにリクエストが届いている',
    ],
    [
      run(sim('l4', 1, 1), 3),
      'L4（kube-proxy、接続単位）、Pod 1個、クライアント 1個。3件送信（Pod1: 3）。全Podにリクエストが届いている',
    ],
  ])('summarizes in Japanese (%#)', (s, text) => {
    expect(summarize(s)).toBe(text)
  })

  it('names idle Pods in the summary', () => {
    const s = run(scale(run(sim('l4', 3, 1), 5), 4), 5)
    expect(summarize(s)).toMatch(/リクエストが0件のPod: (Pod\d、)*Pod4$/)
  })
})

describe('drawing', () => {
  it('keeps labels inside the band and Pod boxes, and no connection line crosses any label', () => {
    let checked = 0
    for (const balancer of ['l4', 'l7', 'client'] as const) {
      for (let pods = 1; pods <= MAX_PODS; pods++) {
        for (const clients of [1, 2, 5, MAX_CLIENTS]) {
          const s = run(createSimulation({ balancer, clients, reconnectEvery: 10 }, pods), 400)
          const layout = grpcLayout(s, pods)
          const labels = [
            { label: layout.band.label, box: layout.band },
            ...layout.clients.map(c => ({
              label: c.label,
              box: {
                x: c.cx - c.r,
                y: c.cy - c.r,
                w: 2 * c.r,
                h: 2 * c.r,
              },
            })),
            ...layout.pods.flatMap(p => [
              { label: p.label, box: p.box },
              { label: p.count },
            ]),
            ...layout.captions.map(label => ({ label })),
          ]
          const segments = [
            ...layout.lines.flatMap(l => pathSegments(l.d)),
            ...layout.pods.map(p => [
              { x: p.base.x1, y: p.base.y },
              { x: p.base.x2, y: p.base.y },
            ] as [Point, Point]),
          ]
          expect(layoutProblems({ w: layout.width, h: layout.height }, labels, segments)).toEqual([])
          checked++
        }
      }
    }
    expect(checked).toBe(3 * MAX_PODS * 4)
  })

  it('draws every connection in two parts that stop at the band', () => {
    const s = run(createSimulation({ balancer: 'l4', clients: 2, reconnectEvery: 0 }, 3), 10)
    const layout = grpcLayout(s, 3)
    expect(layout.lines.length).toBeGreaterThan(0)
    for (const l of layout.lines) {
      const [into, out] = pathSegments(l.d)
      expect(into![1].y).toBe(BAND.y)
      expect(out![0].y).toBe(BAND.y + BAND.h)
    }
  })
})
