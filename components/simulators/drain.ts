// Deterministic model of `kubectl drain node-1` against a Deployment, with or without a
// PodDisruptionBudget. Each step cordons, asks the Eviction API to evict every Pod still on the
// node (refused with 429 when the budget would break), and lets replacement Pods become Ready
// after a fixed number of steps. Rules: https://kubernetes.io/docs/concepts/scheduling-eviction/api-eviction/

export type PdbMode = 'none' | 'minAvailable' | 'maxUnavailable'

export interface DrainOptions {
  replicas: number
  pdb: PdbMode
  /** @default 2 */
  minAvailable?: number
  /** @default 1 */
  maxUnavailable?: number
  /** Steps a replacement Pod needs before it is Ready. @default 2 */
  readyAfter?: number
}

export interface SimPod {
  name: string
  node: string
  /** Steps left until Ready; 0 means Ready. */
  startingFor: number
}

export type DrainPhase = 'idle' | 'draining' | 'stuck' | 'done'

export interface DrainState {
  options: Required<DrainOptions>
  nodes: string[]
  drainedNode: string
  cordoned: boolean
  pods: SimPod[]
  nextPodId: number
  step: number
  phase: DrainPhase
  /** Ready Pods after each step, index 0 = before the drain. */
  availableHistory: number[]
  /** Japanese event log, oldest first. */
  events: string[]
}

export const NODES = ['node-1', 'node-2', 'node-3'] as const
export const MIN_REPLICAS = 1
export const MAX_REPLICAS = 5

function podName(id: number): string {
  return `web-${String.fromCharCode(96 + id)}`
}

/** The first two Pods sit on node-1 (the node we drain) so the budget matters; the rest alternate. */
function initialNode(index: number): string {
  if (index < 2)
    return 'node-1'
  return index % 2 === 0
    ? 'node-2'
    : 'node-3'
}

export function clampReplicas(n: number): number {
  if (!Number.isFinite(n))
    return 3
  return Math.min(MAX_REPLICAS, Math.max(MIN_REPLICAS, Math.round(n)))
}

export function createDrainState(opts: DrainOptions): DrainState {
  const options: Required<DrainOptions> = {
    minAvailable: 2,
    maxUnavailable: 1,
    readyAfter: 2,
    ...opts,
    replicas: clampReplicas(opts.replicas),
  }
  const pods: SimPod[] = Array.from({ length: options.replicas }, (_, i) => ({
    name: podName(i + 1),
    node: initialNode(i),
    startingFor: 0,
  }))
  return {
    options,
    nodes: [...NODES],
    drainedNode: 'node-1',
    cordoned: false,
    pods,
    nextPodId: options.replicas + 1,
    step: 0,
    phase: 'idle',
    availableHistory: [options.replicas],
    events: [`開始: ${options.replicas}個のPodがすべてReady。${describePdb(options)}`],
  }
}

export function describePdb(options: Required<DrainOptions>): string {
  switch (options.pdb) {
    case 'minAvailable':
      return `PDBは minAvailable: ${options.minAvailable}。`
    case 'maxUnavailable':
      return `PDBは maxUnavailable: ${options.maxUnavailable}。`
    default:
      return 'PDBはない。'
  }
}

export function availableCount(state: DrainState): number {
  return state.pods.filter(p => p.startingFor === 0).length
}

/** Pods the budget requires to stay healthy (status.desiredHealthy); 0 without a PDB. */
export function desiredHealthy(options: Required<DrainOptions>): number {
  if (options.pdb === 'minAvailable')
    return options.minAvailable
  if (options.pdb === 'maxUnavailable')
    return Math.max(0, options.replicas - options.maxUnavailable)
  return 0
}

/** status.disruptionsAllowed: healthy Pods above the budget (never negative). */
export function disruptionsAllowed(state: DrainState): number {
  if (state.options.pdb === 'none')
    return Number.POSITIVE_INFINITY
  return Math.max(0, availableCount(state) - desiredHealthy(state.options))
}

function leastLoadedNode(state: DrainState, pods: SimPod[]): string {
  const candidates = state.nodes.filter(n => n !== state.drainedNode)
  let best = candidates[0]!
  let bestCount = Number.POSITIVE_INFINITY
  for (const node of candidates) {
    const count = pods.filter(p => p.node === node).length
    if (count < bestCount) {
      best = node
      bestCount = count
    }
  }
  return best
}

/** Advances the drain by one step; returns a new state and never mutates the input. */
export function stepDrain(state: DrainState): DrainState {
  if (state.phase === 'done')
    return state
  const step = state.step + 1
  const events: string[] = []
  let pods = state.pods.map(p => ({ ...p }))
  let { nextPodId, cordoned } = state

  if (!cordoned) {
    cordoned = true
    events.push(`${step}: ${state.drainedNode} をcordonした（以後、新しいPodはここに置かれない）。`)
    return finish(state, {
      pods,
      nextPodId,
      cordoned,
      step,
      events,
    })
  }

  for (const p of pods) {
    if (p.startingFor > 0) {
      p.startingFor -= 1
      if (p.startingFor === 0)
        events.push(`${step}: 代わりのPod ${p.name}（${p.node}）がReadyになった。`)
    }
  }

  // kubectl drain evicts every Pod on the node concurrently; the API server checks each
  // request against the budget in turn.
  let healthy = pods.filter(p => p.startingFor === 0).length
  const desired = desiredHealthy(state.options)
  for (const victim of pods.filter(p => p.node === state.drainedNode)) {
    const victimHealthy = victim.startingFor === 0
    const allowed = state.options.pdb === 'none' || !victimHealthy || healthy - 1 >= desired
    if (!allowed) {
      events.push(`${step}: ${victim.name} の退避は 429 Too Many Requests で拒否された（PDBの枠が0）。後でリトライする。`)
      continue
    }
    pods = pods.filter(p => p !== victim)
    if (victimHealthy)
      healthy -= 1
    const replacement: SimPod = {
      name: podName(nextPodId),
      node: leastLoadedNode(state, pods),
      startingFor: state.options.readyAfter,
    }
    nextPodId += 1
    pods.push(replacement)
    events.push(`${step}: Eviction APIが ${victim.name} の退避を受け付けた。Deploymentが代わりに ${replacement.name} を ${replacement.node} に作った。`)
  }
  return finish(state, {
    pods,
    nextPodId,
    cordoned,
    step,
    events,
  })
}

function finish(
  state: DrainState,
  next: { pods: SimPod[], nextPodId: number, cordoned: boolean, step: number, events: string[] },
): DrainState {
  const draft: DrainState = {
    ...state,
    ...next,
    events: [
      ...state.events,
      ...next.events,
    ],
    availableHistory: [...state.availableHistory, next.pods.filter(p => p.startingFor === 0).length],
  }
  const remaining = draft.pods.filter(p => p.node === draft.drainedNode)
  const starting = draft.pods.some(p => p.startingFor > 0)
  let phase: DrainPhase = 'draining'
  if (remaining.length === 0 && !starting)
    phase = 'done'
  else if (remaining.length > 0 && !starting && next.events.some(e => e.includes('429')))
    phase = 'stuck'
  if (phase === 'done' && state.phase !== 'done')
    draft.events.push(`${next.step}: ${draft.drainedNode} は空になり、drainが完了した。`)
  if (phase === 'stuck' && state.phase !== 'stuck')
    draft.events.push(`${next.step}: 起動中のPodがなく、枠は増えない。このままではdrainは終わらない。`)
  draft.phase = phase
  return draft
}

/** Runs steps until done or stuck (bounded), for tests and the summary. */
export function runDrain(opts: DrainOptions, maxSteps = 20): DrainState {
  let state = createDrainState(opts)
  for (let i = 0; i < maxSteps && state.phase !== 'done' && state.phase !== 'stuck'; i++)
    state = stepDrain(state)
  return state
}

export function summarizeDrain(state: DrainState): string {
  const ready = availableCount(state)
  const onNode = state.pods.filter(p => p.node === state.drainedNode).length
  const head = `ステップ${state.step}: Ready ${ready}/${state.options.replicas}、${state.drainedNode} に残るPod ${onNode}個。`
  switch (state.phase) {
    case 'idle':
      return `${head}「1ステップ進める」でdrainを始める。`
    case 'done':
      return `${head}drainは完了した。途中のReadyの最小値は${Math.min(...state.availableHistory)}。`
    case 'stuck':
      return `${head}PDBの枠が0のままで、drainは進まない。`
    default:
      return `${head}drain中。`
  }
}
