// Rules encoded here (https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/):
// - DoNotSchedule: a domain fits if (matching Pods in it + 1) − global minimum ≤ maxSkew; otherwise the Pod stays Pending.
// - ScheduleAnyway: the Pod is placed anyway, preferring domains that reduce the skew.
// - Known limitation: removing Pods (scale-down) can leave the distribution imbalanced; nothing rebalances it.
// - nodeTaintsPolicy defaults to Ignore, so a zone of tainted nodes still counts towards the global minimum.
import { describe, expect, it } from 'vitest'
import { boxesOverlap, labelBox, layoutProblems } from '../diagrams/svgLayout'
import {
  addPod,
  clampSkew,
  createSpreadState,
  currentSkew,
  decideNext,
  removePod,
  setMaxSkew,
  setWhenUnsatisfiable,
  setZoneBlocked,
  summarizeSpread,
  zoneCounts,
} from './topologySpread'
import { spreadLayout } from './topologySpreadLayout'

describe('decideNext', () => {
  it.each([
    // layout, maxSkew, expected zone (null = Pending)
    [
      [2, 2, 1],
      1,
      'zone-c',
    ],
    [
      [2, 2, 1],
      2,
      'zone-c',
    ],
    [
      [0, 0, 0],
      1,
      'zone-a',
    ],
    [
      [1, 0, 0],
      1,
      'zone-b',
    ],
    [
      [3, 1, 1],
      1,
      'zone-b',
    ],
    [
      [3, 1, 1],
      3,
      'zone-b',
    ],
  ])('with layout %j and maxSkew %d picks %s', (layout, maxSkew, zone) => {
    const d = decideNext(createSpreadState({ layout, maxSkew }))
    expect(d.kind).toBe('schedule')
    if (d.kind === 'schedule')
      expect(d.zone).toBe(zone)
  })

  it('computes the skew after placement per zone as in the docs example', () => {
    const d = decideNext(createSpreadState({
      layout: [2, 2, 1],
      maxSkew: 1,
    }))
    expect(d.globalMin).toBe(1)
    expect(d.evaluations.map(e => [e.zone, e.skewAfter, e.fits])).toEqual([
      ['zone-a', 2, false],
      ['zone-b', 2, false],
      ['zone-c', 1, true],
    ])
  })

  it('lets every zone fit when maxSkew is 2 (docs example)', () => {
    const d = decideNext(createSpreadState({
      layout: [2, 2, 1],
      maxSkew: 2,
    }))
    expect(d.evaluations.every(e => e.fits)).toBe(true)
  })

  it.each([
    ['DoNotSchedule', 'pending'],
    ['ScheduleAnyway', 'schedule'],
  ] as const)('with zone-c blocked and %s the next Pod is %s', (mode, kind) => {
    const s = setZoneBlocked(createSpreadState({
      layout: [2, 2, 1],
      whenUnsatisfiable: mode,
    }), 'zone-c', true)
    const d = decideNext(s)
    expect(d.kind).toBe(kind)
    if (d.kind === 'schedule')
      expect(d.violates).toBe(true)
  })

  it('still counts a blocked zone towards the global minimum', () => {
    const s = setZoneBlocked(createSpreadState({
      layout: [1, 1, 0],
    }), 'zone-c', true)
    expect(decideNext(s).globalMin).toBe(0)
  })

  it('spreads Pods over the nodes of the chosen zone', () => {
    let s = createSpreadState({
      layout: [0, 0, 0],
    })
    for (let i = 0; i < 6; i++)
      s = addPod(s)
    expect(s.pods.map(p => p.node)).toEqual([
      'node-a1',
      'node-b1',
      'node-c1',
      'node-a2',
      'node-b2',
      'node-c2',
    ])
  })
})

describe('addPod and removePod', () => {
  it('keeps the skew within maxSkew while adding Pods under DoNotSchedule', () => {
    let s = createSpreadState({
      layout: [0, 0, 0],
      maxSkew: 1,
    })
    for (let i = 0; i < 10; i++) {
      s = addPod(s)
      expect(currentSkew(s)).toBeLessThanOrEqual(1)
    }
  })

  it('leaves the skew after a scale-down instead of rebalancing', () => {
    let s = createSpreadState({
      layout: [2, 2, 2],
    })
    s = removePod(removePod(s, 'zone-a'), 'zone-a')
    expect(zoneCounts(s)).toEqual([0, 2, 2])
    expect(currentSkew(s)).toBe(2)
    expect(s.events.at(-1)).toContain('偏りは 2 のまま')
  })

  it('fills the emptied zone first when scaling up again', () => {
    const s = addPod(removePod(createSpreadState({
      layout: [2, 2, 2],
    }), 'zone-b'))
    expect(zoneCounts(s)).toEqual([2, 2, 2])
  })

  it('records a Pending Pod and places it once the zone is usable again', () => {
    let s = setZoneBlocked(createSpreadState({
      layout: [2, 2, 1],
    }), 'zone-c', true)
    s = addPod(s)
    expect(s.pods.at(-1)!.node).toBeNull()
    expect(s.events.at(-1)).toContain('Pending')
    s = setZoneBlocked(s, 'zone-c', false)
    expect(s.pods.at(-1)!.node).toBe('node-c2')
    expect(zoneCounts(s)).toEqual([2, 2, 2])
  })

  it('places a Pending Pod when maxSkew is relaxed', () => {
    let s = addPod(setZoneBlocked(createSpreadState({
      layout: [2, 2, 1],
    }), 'zone-c', true))
    s = setMaxSkew(s, 2)
    expect(s.pods.filter(p => p.node === null)).toHaveLength(0)
  })

  it('places a Pending Pod when switching to ScheduleAnyway', () => {
    let s = addPod(setZoneBlocked(createSpreadState({
      layout: [2, 2, 1],
    }), 'zone-c', true))
    s = setWhenUnsatisfiable(s, 'ScheduleAnyway')
    expect(s.pods.filter(p => p.node === null)).toHaveLength(0)
    expect(s.events.at(-1)).toContain('ScheduleAnyway なので置いた')
  })

  it('reports a zone with nothing to remove', () => {
    const s = removePod(createSpreadState({
      layout: [0, 1, 1],
    }), 'zone-a')
    expect(s.events.at(-1)).toBe('zone-a には消せるPodがない。')
  })

  it('does not mutate the input state', () => {
    const s0 = createSpreadState()
    const snapshot = JSON.stringify(s0)
    addPod(s0)
    removePod(s0, 'zone-a')
    setZoneBlocked(s0, 'zone-c', true)
    expect(JSON.stringify(s0)).toBe(snapshot)
  })
})

describe('clampSkew and summarizeSpread', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [7, 3],
    [Number.NaN, 1],
  ])('clamps maxSkew %d to %d', (input, expected) => {
    expect(clampSkew(input)).toBe(expected)
  })

  it.each([
    [
      createSpreadState(),
      '次のPodは zone-c に置かれる',
    ],
    [
      setZoneBlocked(createSpreadState(), 'zone-c', true),
      '次のPodはPendingになる',
    ],
    [
      createSpreadState({
        layout: [3, 1, 1],
        maxSkew: 3,
      }),
      '偏り 2（maxSkew 3）',
    ],
  ])('summarises in Japanese (%#)', (state, fragment) => {
    expect(summarizeSpread(state)).toContain(fragment)
  })
})

describe('drawing', () => {
  function* states() {
    let s = createSpreadState()
    yield s
    s = setZoneBlocked(s, 'zone-c', true)
    s = setWhenUnsatisfiable(s, 'ScheduleAnyway')
    for (let i = 0; i < 13; i++) {
      s = addPod(s)
      yield s
    }
    s = setWhenUnsatisfiable(s, 'DoNotSchedule')
    for (let i = 0; i < 4; i++) {
      s = addPod(s)
      yield s
    }
    yield setZoneBlocked(s, 'zone-c', false)
  }

  it('keeps every label inside its zone, node or Pod box and ≥ the minimum font', () => {
    let checked = 0
    for (const s of states()) {
      const layout = spreadLayout(s)
      const labels = layout.zones.flatMap(z => [
        { label: z.title, box: z.box },
        { label: z.count, box: z.box },
        { label: z.verdict, box: z.box },
        ...z.nodes.flatMap(n => [
          { label: n.title, box: n.box },
          ...(n.marks
            ? [
                { label: n.marks, box: n.box },
              ]
            : []),
          ...n.pods.map(p => ({ label: p.label, box: p.box })),
        ]),
      ])
      expect(layoutProblems({ w: layout.width, h: layout.height }, [
        ...labels,
        { label: layout.footer },
      ], [])).toEqual([])
      checked++
    }
    expect(checked).toBe(19)
  })

  it('keeps labels in a node from running into each other or into the Pods', () => {
    const s = addPod(setWhenUnsatisfiable(createSpreadState({
      layout: [9, 0, 0],
    }), 'ScheduleAnyway'))
    for (const n of spreadLayout(s).zones.flatMap(z => z.nodes)) {
      const title = labelBox(n.title)
      if (n.marks)
        expect(boxesOverlap(title, labelBox(n.marks))).toBe(false)
      for (const p of n.pods)
        expect(boxesOverlap(title, p.box)).toBe(false)
    }
    expect(spreadLayout(s).zones[0]!.nodes[0]!.marks!.text).toBe('+1')
  })
})
