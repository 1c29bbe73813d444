// Model of one zone-level topologySpreadConstraint (topologyKey: topology.kubernetes.io/zone) as
// kube-scheduler evaluates it: a zone may take the next Pod only if
// (Pods in zone + 1) − global minimum ≤ maxSkew. Spreading is checked only when a Pod is
// scheduled, so removing Pods leaves any skew behind. Rules:
// https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/

export type WhenUnsatisfiable = 'DoNotSchedule' | 'ScheduleAnyway'

export interface Zone {
  name: string
  nodes: string[]
}

export interface SpreadPod {
  name: string
  /** null while Pending. */
  node: string | null
}

export interface SpreadState {
  zones: Zone[]
  maxSkew: number
  whenUnsatisfiable: WhenUnsatisfiable
  /** Zones whose nodes are all tainted NoSchedule (not tolerated): they keep counting as domains. */
  blockedZones: string[]
  pods: SpreadPod[]
  nextPodId: number
  events: string[]
}

export interface ZoneEvaluation {
  zone: string
  count: number
  schedulable: boolean
  /** Skew this zone would have after receiving the next Pod. */
  skewAfter: number
  fits: boolean
}

export type Decision
  = | { kind: 'schedule', zone: string, node: string, violates: boolean, evaluations: ZoneEvaluation[], globalMin: number }
    | { kind: 'pending', evaluations: ZoneEvaluation[], globalMin: number }

export const DEFAULT_ZONES: Zone[] = [
  {
    name: 'zone-a',
    nodes: ['node-a1', 'node-a2'],
  },
  {
    name: 'zone-b',
    nodes: ['node-b1', 'node-b2'],
  },
  {
    name: 'zone-c',
    nodes: ['node-c1', 'node-c2'],
  },
]

export const MIN_SKEW = 1
export const MAX_SKEW = 3

export function clampSkew(n: number): number {
  if (!Number.isFinite(n))
    return 1
  return Math.min(MAX_SKEW, Math.max(MIN_SKEW, Math.round(n)))
}

function podName(id: number): string {
  return `app-${id}`
}

/** Starts from the docs' example: 2 / 2 / 1 Pods across three zones. */
export function createSpreadState(
  opts: { maxSkew?: number, whenUnsatisfiable?: WhenUnsatisfiable, layout?: number[] } = {},
): SpreadState {
  const zones = DEFAULT_ZONES.map(z => ({
    name: z.name,
    nodes: [...z.nodes],
  }))
  const layout = opts.layout ?? [2, 2, 1]
  const pods: SpreadPod[] = []
  zones.forEach((zone, zi) => {
    for (let i = 0; i < (layout[zi] ?? 0); i++) {
      pods.push({
        name: podName(pods.length + 1),
        node: zone.nodes[i % zone.nodes.length]!,
      })
    }
  })
  return {
    zones,
    maxSkew: clampSkew(opts.maxSkew ?? 1),
    whenUnsatisfiable: opts.whenUnsatisfiable ?? 'DoNotSchedule',
    blockedZones: [],
    pods,
    nextPodId: pods.length + 1,
    events: [`開始: ${zones.map(z => `${z.name}に${countInZone({ zones, pods } as SpreadState, z.name)}個`).join('、')}。`],
  }
}

export function zoneOf(state: Pick<SpreadState, 'zones'>, node: string): string | undefined {
  return state.zones.find(z => z.nodes.includes(node))?.name
}

export function countInZone(state: Pick<SpreadState, 'zones' | 'pods'>, zone: string): number {
  return state.pods.filter(p => p.node !== null && zoneOf(state, p.node) === zone).length
}

export function zoneCounts(state: SpreadState): number[] {
  return state.zones.map(z => countInZone(state, z.name))
}

/** max − min over all zones (tainted zones included, as with the default nodeTaintsPolicy: Ignore). */
export function currentSkew(state: SpreadState): number {
  const counts = zoneCounts(state)
  return Math.max(...counts) - Math.min(...counts)
}

function podsOnNode(state: SpreadState, node: string): number {
  return state.pods.filter(p => p.node === node).length
}

/** Where the next Pod would go, and why. */
export function decideNext(state: SpreadState): Decision {
  const counts = zoneCounts(state)
  const globalMin = Math.min(...counts)
  const evaluations: ZoneEvaluation[] = state.zones.map((z, i) => {
    const count = counts[i]!
    const skewAfter = count + 1 - globalMin
    return {
      zone: z.name,
      count,
      schedulable: !state.blockedZones.includes(z.name),
      skewAfter,
      fits: skewAfter <= state.maxSkew,
    }
  })
  const usable = evaluations.filter(e => e.schedulable)
  const candidates = state.whenUnsatisfiable === 'DoNotSchedule'
    ? usable.filter(e => e.fits)
    : usable
  if (candidates.length === 0)
    return { kind: 'pending', evaluations, globalMin }
  // Scoring prefers the smallest resulting skew; ties go to the first zone in order.
  const best = candidates.reduce((a, b) => (b.skewAfter < a.skewAfter
    ? b
    : a))
  const zone = state.zones.find(z => z.name === best.zone)!
  const node = zone.nodes.reduce((a, b) => (podsOnNode(state, b) < podsOnNode(state, a)
    ? b
    : a))
  return {
    kind: 'schedule',
    zone: best.zone,
    node,
    violates: !best.fits,
    evaluations,
    globalMin,
  }
}

function place(state: SpreadState, pod: SpreadPod, events: string[]): SpreadPod {
  const d = decideNext(state)
  if (d.kind === 'pending') {
    events.push(`${pod.name} はPending。どのゾーンに置いても偏りが maxSkew ${state.maxSkew} を超えるか、置けるノードがない。`)
    return { ...pod, node: null }
  }
  const extra = d.violates
    ? `（偏り ${d.evaluations.find(e => e.zone === d.zone)!.skewAfter} は maxSkew を超えるが、ScheduleAnyway なので置いた）`
    : ''
  events.push(`${pod.name} を ${d.zone} の ${d.node} に置いた${extra}。`)
  return { ...pod, node: d.node }
}

export function addPod(state: SpreadState): SpreadState {
  const events: string[] = []
  const pod = place(state, {
    name: podName(state.nextPodId),
    node: null,
  }, events)
  return {
    ...state,
    pods: [...state.pods, pod],
    nextPodId: state.nextPodId + 1,
    events: [
      ...state.events,
      ...events,
    ],
  }
}

/** Removes the newest running Pod in the zone (a scale-down or a lost Pod); nothing is rebalanced. */
export function removePod(state: SpreadState, zone: string): SpreadState {
  const victim = [...state.pods].reverse().find(p => p.node !== null && zoneOf(state, p.node) === zone)
  if (!victim) {
    return {
      ...state,
      events: [...state.events, `${zone} には消せるPodがない。`],
    }
  }
  const pods = state.pods.filter(p => p !== victim)
  const next = { ...state, pods }
  return {
    ...next,
    events: [...state.events, `${zone} の ${victim.name} を削除した。偏りは ${currentSkew(next)} のまま残り、スケジューラは既存のPodを動かさない。`],
  }
}

/** Retries Pending Pods in order, the way the scheduler does when the cluster changes. */
function retryPending(state: SpreadState, events: string[]): SpreadState {
  let current = state
  for (const pod of state.pods.filter(p => p.node === null)) {
    const d = decideNext(current)
    if (d.kind === 'pending')
      break
    const placed = place(current, pod, events)
    current = {
      ...current,
      pods: current.pods.map(p => (p === pod
        ? placed
        : p)),
    }
  }
  return current
}

export function setZoneBlocked(state: SpreadState, zone: string, blocked: boolean): SpreadState {
  const blockedZones = blocked
    ? [
        ...new Set([...state.blockedZones, zone]),
      ]
    : state.blockedZones.filter(z => z !== zone)
  const events = [
    blocked
      ? `${zone} の全ノードにtaintが付き、新しいPodを置けなくなった（デフォルトの nodeTaintsPolicy: Ignore では、ドメインとしては数え続ける）。`
      : `${zone} のノードが再び使えるようになった。`,
  ]
  const next = retryPending({ ...state, blockedZones }, events)
  return {
    ...next,
    events: [
      ...state.events,
      ...events,
    ],
  }
}

export function setMaxSkew(state: SpreadState, maxSkew: number): SpreadState {
  const events = [`maxSkew を ${clampSkew(maxSkew)} にした。`]
  const next = retryPending({
    ...state,
    maxSkew: clampSkew(maxSkew),
  }, events)
  return {
    ...next,
    events: [
      ...state.events,
      ...events,
    ],
  }
}

export function setWhenUnsatisfiable(state: SpreadState, mode: WhenUnsatisfiable): SpreadState {
  const events = [`whenUnsatisfiable を ${mode} にした。`]
  const next = retryPending({ ...state, whenUnsatisfiable: mode }, events)
  return {
    ...next,
    events: [
      ...state.events,
      ...events,
    ],
  }
}

export function summarizeSpread(state: SpreadState): string {
  const counts = state.zones.map(z => `${z.name} ${countInZone(state, z.name)}`).join('、')
  const pending = state.pods.filter(p => p.node === null).length
  const d = decideNext(state)
  const next = d.kind === 'pending'
    ? '次のPodはPendingになる'
    : `次のPodは ${d.zone} に置かれる`
  return `${counts}。偏り ${currentSkew(state)}（maxSkew ${state.maxSkew}）。Pending ${pending}個。${next}。`
}
