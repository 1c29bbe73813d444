// Rules encoded here:
// - https://kubernetes.io/docs/concepts/scheduling-eviction/api-eviction/ (evictions respect PDBs; refused with 429)
// - https://kubernetes.io/docs/tasks/run-application/configure-pdb/ (minAvailable / maxUnavailable arithmetic)
// - https://kubernetes.io/docs/tasks/administer-cluster/safely-drain-node/ (drain cordons, then evicts)
import type { Point } from '../diagrams/svgLayout'
import { describe, expect, it } from 'vitest'
import { boxInside, labelBox, layoutProblems } from '../diagrams/svgLayout'
import {
  availableCount,
  clampReplicas,
  createDrainState,
  desiredHealthy,
  disruptionsAllowed,
  MAX_REPLICAS,
  MIN_REPLICAS,
  runDrain,
  stepDrain,
  summarizeDrain,
} from './drain'
import { CHART_H, CHART_W, drainChart, drainLayout } from './drainLayout'

describe('createDrainState', () => {
  it('places the first two Pods on the drained node and all Pods start Ready', () => {
    const s = createDrainState({ replicas: 3, pdb: 'none' })
    expect(s.pods.map(p => p.node)).toEqual(['node-1', 'node-1', 'node-2'])
    expect(availableCount(s)).toBe(3)
    expect(s.phase).toBe('idle')
    expect(s.events[0]).toContain('PDBはない')
  })

  it.each([
    [0, 1],
    [1, 1],
    [3, 3],
    [9, 5],
    [Number.NaN, 3],
  ])('clamps replicas %d to %d', (input, expected) => {
    expect(clampReplicas(input)).toBe(expected)
  })
})

describe('desiredHealthy', () => {
  it.each([
    ['none', 3, 0],
    ['minAvailable', 3, 2],
    ['maxUnavailable', 3, 2],
    ['maxUnavailable', 5, 4],
    ['maxUnavailable', 1, 0],
  ] as const)('with %s and %d replicas requires %d healthy Pods', (pdb, replicas, expected) => {
    expect(desiredHealthy(createDrainState({ replicas, pdb }).options)).toBe(expected)
  })
})

describe('stepDrain', () => {
  it('cordons first and evicts nothing in that step', () => {
    const s = stepDrain(createDrainState({ replicas: 3, pdb: 'minAvailable' }))
    expect(s.cordoned).toBe(true)
    expect(s.pods.filter(p => p.node === 'node-1')).toHaveLength(2)
    expect(s.events.at(-1)).toContain('cordon')
  })

  it('refuses the second eviction with 429 while the budget is used up', () => {
    let s = createDrainState({ replicas: 3, pdb: 'minAvailable' })
    s = stepDrain(stepDrain(s))
    expect(s.events.some(e => e.includes('受け付けた'))).toBe(true)
    expect(s.events.at(-1)).toContain('429 Too Many Requests')
    expect(availableCount(s)).toBe(2)
    expect(disruptionsAllowed(s)).toBe(0)
  })

  it('does not mutate the input state', () => {
    const s0 = createDrainState({ replicas: 3, pdb: 'none' })
    const snapshot = JSON.stringify(s0)
    stepDrain(s0)
    expect(JSON.stringify(s0)).toBe(snapshot)
  })

  it('leaves a finished drain unchanged', () => {
    const done = runDrain({ replicas: 3, pdb: 'none' })
    expect(stepDrain(done)).toBe(done)
  })
})

describe('runDrain', () => {
  it.each([
    // replicas, pdb, final phase, lowest Ready count during the drain
    [3, 'none', 'done', 1],
    [2, 'none', 'done', 0],
    [3, 'minAvailable', 'done', 2],
    [3, 'maxUnavailable', 'done', 2],
    [5, 'maxUnavailable', 'done', 4],
    [2, 'minAvailable', 'stuck', 2],
    [1, 'minAvailable', 'stuck', 1],
    [1, 'maxUnavailable', 'done', 0],
    [1, 'none', 'done', 0],
  ] as const)('with %d replicas and %s ends %s with at least %d Ready', (replicas, pdb, phase, lowest) => {
    const s = runDrain({ replicas, pdb })
    expect(s.phase).toBe(phase)
    expect(Math.min(...s.availableHistory)).toBe(lowest)
  })

  it('never lets Ready Pods fall below minAvailable', () => {
    for (let replicas = 2; replicas <= 5; replicas++) {
      const s = runDrain({ replicas, pdb: 'minAvailable', minAvailable: 2 })
      expect(Math.min(...s.availableHistory)).toBeGreaterThanOrEqual(2)
    }
  })

  it('moves every Pod off node-1 and keeps the replica count when done', () => {
    const s = runDrain({ replicas: 4, pdb: 'maxUnavailable' })
    expect(s.pods.some(p => p.node === 'node-1')).toBe(false)
    expect(s.pods).toHaveLength(4)
    expect(s.events.at(-1)).toContain('drainが完了した')
  })

  it('honours a longer readiness delay', () => {
    const quick = runDrain({ replicas: 3, pdb: 'minAvailable', readyAfter: 1 })
    const slow = runDrain({ replicas: 3, pdb: 'minAvailable', readyAfter: 4 })
    expect(slow.step).toBeGreaterThan(quick.step)
  })
})

describe('summarizeDrain', () => {
  it.each([
    [
      { replicas: 3, pdb: 'none' } as const,
      0,
      '始める',
    ],
    [
      { replicas: 2, pdb: 'minAvailable' } as const,
      20,
      '進まない',
    ],
    [
      { replicas: 3, pdb: 'minAvailable' } as const,
      20,
      'Readyの最小値は2',
    ],
  ])('describes the state in Japanese (%o after %d steps)', (opts, steps, fragment) => {
    const s = steps === 0
      ? createDrainState(opts)
      : runDrain(opts, steps)
    expect(summarizeDrain(s)).toContain(fragment)
  })
})

describe('drawing', () => {
  // Every state a reader can reach: each replica count and budget, step by step to the end.
  function* states() {
    for (let replicas = MIN_REPLICAS; replicas <= MAX_REPLICAS; replicas++) {
      for (const pdb of ['none', 'minAvailable', 'maxUnavailable'] as const) {
        let s = createDrainState({ replicas, pdb })
        yield s
        for (let i = 0; i < 12 && s.phase !== 'done'; i++) {
          s = stepDrain(s)
          yield s
        }
      }
    }
  }

  it('keeps every label inside its node or Pod box, uncrossed and ≥ the minimum font', () => {
    let checked = 0
    for (const s of states()) {
      const layout = drainLayout(s)
      const labels = layout.nodes.flatMap(n => [
        { label: n.title, box: n.box },
        ...(n.cordon
          ? [
              { label: n.cordon, box: n.box },
            ]
          : []),
        ...n.pods.map(p => ({ label: p.label, box: p.box })),
      ])
      expect(layoutProblems({ w: layout.width, h: layout.height }, labels, [])).toEqual([])
      const chart = drainChart(s)
      const lines: [Point, Point][] = [
        [
          { x: chart.axis.x1, y: chart.axis.y },
          { x: chart.axis.x2, y: chart.axis.y },
        ],
      ]
      if (chart.budgetY !== null) {
        lines.push([
          { x: chart.axis.x1, y: chart.budgetY },
          { x: chart.axis.x2, y: chart.budgetY },
        ])
      }
      expect(layoutProblems({ w: CHART_W, h: CHART_H }, chart.labels.map(label => ({ label })), lines)).toEqual([])
      checked++
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('shows the longest Pod label, 「起動中 残り2」, inside its box', () => {
    const s = stepDrain(stepDrain(createDrainState({ replicas: 5, pdb: 'none' })))
    const starting = drainLayout(s).nodes.flatMap(n => n.pods).find(p => p.label.text.endsWith('起動中 残り2'))!
    expect(starting).toBeDefined()
    expect(boxInside(labelBox(starting.label), starting.box)).toBe(true)
  })

  it('stacks nodes without overlap and fits the height to the Pods', () => {
    const layout = drainLayout(createDrainState({ replicas: 5, pdb: 'none' }))
    for (let i = 1; i < layout.nodes.length; i++)
      expect(layout.nodes[i]!.box.y).toBeGreaterThan(layout.nodes[i - 1]!.box.y + layout.nodes[i - 1]!.box.h)
    const last = layout.nodes.at(-1)!.box
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.h)
  })
})
