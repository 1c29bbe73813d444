// Behaviour follows kubernetes.io "Pod Lifecycle: Termination of Pods" (preStop runs first, then
// SIGTERM; the endpoint turns ready=false at the same time; SIGKILL when the grace period expires,
// with a one-off 2 s extension when preStop used it up) and the kubelet's killContainer, which
// subtracts the time preStop took and always leaves the container minimumGracePeriodInSeconds = 2.
import type { AppBehaviour, Outcome, TerminationOptions } from './gracefulTermination'
import { describe, expect, it } from 'vitest'
import { arrivals, CHOICES, counts, DEFAULT_OPTIONS, events, simulate, summarize } from './gracefulTermination'
import { GT_H, GT_W, layoutSegments, terminationLayout } from './gracefulTerminationLayout'
import { boxesOverlap, labelBox, layoutProblems, MIN_FONT } from './svgLayout'

function opts(o: Partial<TerminationOptions>): TerminationOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...o,
  }
}

/** Every combination the component's controls can reach. */
function allOptions(): TerminationOptions[] {
  const out: TerminationOptions[] = []
  for (const preStopSeconds of CHOICES.preStopSeconds) {
    for (const graceSeconds of CHOICES.graceSeconds) {
      for (const propagationSeconds of CHOICES.propagationSeconds) {
        for (const app of CHOICES.app) {
          for (const requestSeconds of CHOICES.requestSeconds) {
            out.push({
              preStopSeconds,
              graceSeconds,
              propagationSeconds,
              app,
              requestSeconds,
            })
          }
        }
      }
    }
  }
  return out
}

const outcomes = (o: Partial<TerminationOptions>): Outcome[] => simulate(opts(o)).requests.map(r => r.outcome)

describe('simulate', () => {
  it.each([
    // preStop, grace, SIGTERM, SIGKILL due, preStop cut short
    [0, 30, 0, 30, false],
    [5, 30, 5, 30, false],
    [10, 10, 10, 12, false],
    [40, 30, 30, 32, true],
    [40, 60, 40, 60, false],
    [10, 11, 10, 12, false],
  ])('with preStop %is and grace %is sends SIGTERM at %is and SIGKILL at %is', (preStopSeconds, graceSeconds, sigterm, killAt, cut) => {
    const t = simulate(opts({ preStopSeconds, graceSeconds }))
    expect([t.sigterm, t.killAt, t.preStopCut]).toEqual([sigterm, killAt, cut])
  })

  it.each([
    // options, outcome of each arrival (-0.5, 0.5, 1.5, …)
    [
      {},
      [
        'cut',
        'refused',
        'refused',
        'refused',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { app: 'drain' },
      [
        'ok',
        'refused',
        'refused',
        'refused',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { preStopSeconds: 5 },
      [
        'ok',
        'ok',
        'ok',
        'ok',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { preStopSeconds: 5, requestSeconds: 5 },
      [
        'ok',
        'cut',
        'cut',
        'cut',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { preStopSeconds: 5, requestSeconds: 20, app: 'drain' },
      [
        'ok',
        'ok',
        'ok',
        'ok',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      {
        preStopSeconds: 5,
        requestSeconds: 20,
        app: 'drain',
        graceSeconds: 10,
      },
      [
        'cut',
        'cut',
        'cut',
        'cut',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { preStopSeconds: 5, propagationSeconds: 8 },
      [
        'ok',
        'ok',
        'ok',
        'ok',
        'ok',
        'cut',
        'refused',
        'refused',
        'refused',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { app: 'ignore', graceSeconds: 10 },
      [
        'ok',
        'ok',
        'ok',
        'ok',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { app: 'ignore', graceSeconds: 10, requestSeconds: 20 },
      [
        'cut',
        'cut',
        'cut',
        'cut',
        'elsewhere',
        'elsewhere',
      ],
    ],
    [
      { propagationSeconds: 1, preStopSeconds: 5 },
      ['ok', 'ok', 'elsewhere', 'elsewhere'],
    ],
  ] as [Partial<TerminationOptions>, Outcome[]][])('%j gives %j', (o, expected) => {
    expect(outcomes(o)).toEqual(expected)
  })

  it.each([
    ['exit', 0, false],
    ['drain', 0.5, false],
    ['ignore', 30, true],
  ] as [AppBehaviour, number, boolean][])('an app that on SIGTERM does %s leaves at %ss (killed: %s)', (app, exitAt, killed) => {
    const t = simulate(opts({ app }))
    expect([t.exitAt, t.killed]).toEqual([exitAt, killed])
  })

  it('keeps every reachable state consistent', () => {
    const all = allOptions()
    expect(all).toHaveLength(4 * 3 * 3 * 3 * 3)
    for (const o of all) {
      const t = simulate(o)
      expect(t.requests.map(r => r.at)).toEqual(arrivals(o.propagationSeconds))
      expect(t.sigterm).toBe(Math.min(o.preStopSeconds, o.graceSeconds))
      expect(t.killAt - t.sigterm).toBeGreaterThanOrEqual(2)
      expect(t.exitAt).toBeLessThanOrEqual(t.killAt)
      expect(t.exitAt).toBeGreaterThanOrEqual(t.sigterm)
      for (const r of t.requests) {
        // A request fails only if it reached this Pod; none outlives the container.
        expect(r.outcome === 'elsewhere').toBe(r.at >= o.propagationSeconds)
        if (r.outcome !== 'elsewhere') {
          expect(r.end).toBeLessThanOrEqual(t.exitAt + (r.outcome === 'refused'
            ? Infinity
            : 0))
        }
      }
      // Nothing fails once the proxies stop routing before the app stops accepting and the
      // grace period covers the requests.
      if (o.propagationSeconds <= t.stopAccepting && o.app !== 'exit' && !t.killed)
        expect(counts(t).refused + counts(t).cut).toBe(0)
    }
  })

  it('does not mutate its input', () => {
    const o = opts({ preStopSeconds: 5 })
    const copy = { ...o }
    simulate(o)
    expect(o).toEqual(copy)
  })

  it.each([
    { preStopSeconds: -1 },
    { graceSeconds: 0 },
    { propagationSeconds: 0 },
    { requestSeconds: 1.5 },
    { app: 'sleep' as AppBehaviour },
  ])('rejects %j', (o) => {
    expect(() => simulate(opts(o))).toThrow(RangeError)
  })
})

describe('text', () => {
  it.each([
    [{}, 'このPodに届いた4件のうち失敗4件: 受け付けられず3件（0.5秒、1.5秒、2.5秒に到着）、処理中に切断1件'],
    [
      { preStopSeconds: 5 },
      'このPodに届いた4件のうち失敗は0件。すべて処理してからPodが消える',
    ],
    [
      { app: 'ignore' },
      'このPodに届いた4件のうち失敗は0件。ただしPodが消えるのはSIGKILLの後',
    ],
    [
      { preStopSeconds: 5, requestSeconds: 20 },
      'このPodに届いた4件のうち失敗4件: 処理中に切断4件',
    ],
    [
      { preStopSeconds: 5, propagationSeconds: 8 },
      'このPodに届いた9件のうち失敗4件: 受け付けられず3件（5.5秒、6.5秒、7.5秒に到着）、処理中に切断1件',
    ],
  ] as [Partial<TerminationOptions>, string][])('summarizes %j in Japanese', (o, text) => {
    expect(summarize(simulate(opts(o)))).toBe(text)
  })

  it('lists the moments in time order', () => {
    expect(events(simulate(opts({ preStopSeconds: 5 })))).toEqual([
      '0秒: Podを削除する。EndpointSliceでこのPodがready=false（terminating=true）になる',
      '0〜5秒: preStopのsleep。この間もアプリは普段どおり受け付ける',
      '3秒: すべてのkube-proxyとロードバランサーがこのPodに送るのをやめる',
      '5秒: SIGTERM。アプリはすぐ終了する',
      '5秒: コンテナが自分で終了する（SIGKILLは不要）',
    ])
    const cutShort = events(simulate(opts({ preStopSeconds: 40, app: 'ignore' })))
    expect(cutShort[1]).toBe('0〜30秒: preStopのsleep 40秒が猶予30秒で打ち切られる')
    expect(cutShort.at(-1)).toBe('32秒: 猶予が尽きてSIGKILL。コンテナが止まる')
  })
})

describe('terminationLayout', () => {
  it('keeps every label on the canvas at ≥ 12.5 units with no line through it, in every reachable state', () => {
    for (const o of allOptions()) {
      const layout = terminationLayout(simulate(o))
      expect([layout.width, layout.height]).toEqual([GT_W, GT_H])
      const problems = layoutProblems({ w: GT_W, h: GT_H }, layout.labels.map(l => ({ label: l.label })), layoutSegments(layout))
      expect(problems, JSON.stringify(o)).toEqual([])
      expect(Math.min(...layout.labels.map(l => l.label.size))).toBeGreaterThanOrEqual(MIN_FONT)
    }
  })

  it('keeps labels apart from each other and from every bar, dot and request row', () => {
    for (const o of allOptions()) {
      const layout = terminationLayout(simulate(o))
      const boxes = layout.labels.map(l => labelBox(l.label))
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => expect(boxesOverlap(a, b), JSON.stringify(o)).toBe(false)))
      const shapes = [
        ...layout.segments.map(s => s.box),
        ...layout.dots.map(d => ({
          x: d.cx - d.r,
          y: d.cy - d.r,
          w: 2 * d.r,
          h: 2 * d.r,
        })),
      ]
      for (const b of boxes)
        expect(shapes.some(s => boxesOverlap(b, s)), JSON.stringify(o)).toBe(false)
    }
  })

  it('draws one row per request and the ticks of SIGTERM and SIGKILL', () => {
    const t = simulate(opts({ app: 'ignore', graceSeconds: 10 }))
    const layout = terminationLayout(t)
    expect(layout.marks.filter(m => m.key === 'sigterm' || m.key === 'sigkill')).toHaveLength(2)
    expect(layout.dots.filter(d => d.key.startsWith('r'))).toHaveLength(t.requests.length)
    expect(layout.labels.map(l => l.label.text)).toContain('コンテナ: SIGTERM 0秒、SIGKILL 10秒')
  })
})
