// The practice cluster of chapter 1 (docs/notes/examples/kind-cluster.yaml) must be able to run the examples the
// notes describe. Its nodes are read from the kind config and fed to the pure models:
// - topology-spread.yaml through topologySpread.ts (zones from the nodes' topology.kubernetes.io/zone labels)
// - affinity.yaml through topologySpread.ts with one domain per node (topologyKey kubernetes.io/hostname) plus
//   the required podAntiAffinity (at most one Pod per node), which the spread model alone does not express
// - pdb.yaml through drain.ts (the drained node and the nodes that receive replacement Pods are the workers)
// Rules: kind names nodes <cluster>-control-plane, <cluster>-worker, <cluster>-worker2…; in a cluster with workers
// the control-plane node keeps its NoSchedule taint, in a one-node cluster kind removes it
// (sigs.k8s.io/kind/pkg/apis/config/v1alpha4/types.go, ControlPlaneRole). Nodes without the topologyKey label are
// not domains of a spread constraint (https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/).
import type { SpreadState, Zone } from './topologySpread'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse, parseAllDocuments } from 'yaml'
import { createDrainState, stepDrain } from './drain'
import { addPod, setZoneBlocked, zoneCounts } from './topologySpread'

const examples = new URL('../../docs/notes/examples/', import.meta.url)
const read = (name: string): string => readFileSync(new URL(name, examples), 'utf8')

interface KindNode { role?: 'control-plane' | 'worker', labels?: Record<string, string> }
interface PracticeNode { name: string, labels: Record<string, string>, schedulable: boolean }

const ZONE = 'topology.kubernetes.io/zone'

/** The Nodes `kind create cluster --config` makes from a kind Cluster config. */
function nodesOf(config: { name?: string, nodes?: KindNode[] }): PracticeNode[] {
  const cluster = config.name ?? 'kind'
  const defs = config.nodes ?? [
    { role: 'control-plane' },
  ]
  const hasWorkers = defs.some(n => n.role === 'worker')
  let planes = 0
  let workers = 0
  return defs.map((n) => {
    const isPlane = (n.role ?? 'control-plane') === 'control-plane'
    const index = isPlane
      ? ++planes
      : ++workers
    const name = `${cluster}-${isPlane ? 'control-plane' : 'worker'}${index > 1
      ? index
      : ''}`
    return {
      name,
      labels: { 'kubernetes.io/os': 'linux', 'kubernetes.io/hostname': name, ...n.labels },
      // The examples carry no tolerations, so a tainted control-plane node takes none of their Pods.
      schedulable: !isPlane || !hasWorkers,
    }
  })
}

const practice = nodesOf(parse(read('kind-cluster.yaml')))
const oneNode = nodesOf({ name: 'kind' }) // `kind create cluster` without a config

type Doc = Record<string, any>
const docsOf = (file: string): Doc[] => parseAllDocuments(read(file)).map(d => d.toJS() as Doc)
const deploymentIn = (file: string): Doc => docsOf(file).find(d => d.kind === 'Deployment')!

/** Domains of a spread constraint: schedulable-or-not nodes grouped by the key; nodes without it are left out. */
function domains(nodes: PracticeNode[], key: string): { zones: Zone[], blocked: string[] } {
  const zones: Zone[] = []
  for (const node of nodes) {
    const value = node.labels[key]
    if (value === undefined)
      continue
    const zone = zones.find(z => z.name === value) ?? zones[zones.push({ name: value, nodes: [] }) - 1]!
    zone.nodes.push(node.name)
  }
  // A domain whose nodes are all unschedulable still counts (nodeTaintsPolicy: Ignore) but takes no Pod.
  const blocked = zones.filter(z => z.nodes.every(n => !nodes.find(x => x.name === n)!.schedulable)).map(z => z.name)
  return { zones, blocked }
}

function emptyState(nodes: PracticeNode[], key: string, maxSkew: number, whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway'): SpreadState {
  const { zones, blocked } = domains(nodes, key)
  return {
    zones,
    maxSkew,
    whenUnsatisfiable,
    blockedZones: blocked,
    pods: [],
    nextPodId: 1,
    events: [],
  }
}

function scaleTo(state: SpreadState, replicas: number): SpreadState {
  let s = state
  while (s.pods.length < replicas)
    s = addPod(s)
  return s
}

/** topology-spread.yaml: its zone constraint, replicas from the manifest. */
function runSpreadExample(nodes: PracticeNode[]): SpreadState {
  const d = deploymentIn('topology-spread.yaml')
  const c = (d.spec.template.spec.topologySpreadConstraints as Doc[]).find(t => t.topologyKey === ZONE)!
  return scaleTo(emptyState(nodes, ZONE, c.maxSkew, c.whenUnsatisfiable), d.spec.replicas)
}

/** affinity.yaml: required nodeAffinity filters nodes, required podAntiAffinity allows one Pod per hostname. */
function runAffinityExample(nodes: PracticeNode[]): { perNode: Record<string, number>, pending: number } {
  const d = deploymentIn('affinity.yaml')
  const affinity = d.spec.template.spec.affinity
  const terms = affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms as Doc[]
  const fits = (n: PracticeNode): boolean => terms.some(t => (t.matchExpressions as Doc[]).every(e => e.operator === 'In' && e.values.includes(n.labels[e.key])))
  const anti = (affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution as Doc[])[0]!
  expect(anti.topologyKey).toBe('kubernetes.io/hostname')
  expect(anti.labelSelector.matchLabels).toEqual(d.spec.template.metadata.labels)
  // Only nodes that can take the Pod are candidates; a tainted node is no "domain" for the anti-affinity term.
  let state = emptyState(nodes.filter(n => n.schedulable && fits(n)), anti.topologyKey, 1, 'DoNotSchedule')
  let pending = 0
  for (let i = 0; i < d.spec.replicas; i++) {
    const next = addPod(state)
    const placed = next.pods.at(-1)!
    if (placed.node === null || next.pods.filter(p => p.node === placed.node).length > 1) {
      pending++ // the anti-affinity term rejects a node that already runs one of these Pods
      continue
    }
    state = next
  }
  const perNode = Object.fromEntries(state.zones.map(z => [z.name, state.pods.filter(p => p.node === z.nodes[0]).length]))
  return { perNode, pending }
}

describe('practice cluster (kind-cluster.yaml)', () => {
  it('has a tainted control plane and three schedulable workers, one per zone', () => {
    expect(practice.map(n => [n.name, n.labels[ZONE] ?? null, n.schedulable])).toEqual([
      ['notes-control-plane', null, false],
      ['notes-worker', 'zone-a', true],
      ['notes-worker2', 'zone-b', true],
      ['notes-worker3', 'zone-c', true],
    ])
  })

  it('schedules every replica of topology-spread.yaml, 2/2/2 across the zones', () => {
    const s = runSpreadExample(practice)
    expect(s.pods.filter(p => p.node === null)).toEqual([])
    expect(zoneCounts(s)).toEqual([2, 2, 2])
  })

  it('leaves the ninth Pod Pending once zone-c is cordoned, as the note shows', () => {
    let s = setZoneBlocked(runSpreadExample(practice), 'zone-c', true)
    s = scaleTo(s, 9)
    expect(zoneCounts(s)).toEqual([3, 3, 2])
    expect(s.pods.filter(p => p.node === null)).toHaveLength(1)
    s = setZoneBlocked(s, 'zone-c', false)
    expect(zoneCounts(s)).toEqual([3, 3, 3])
  })

  it('places affinity.yaml one Pod per worker, none Pending', () => {
    const { perNode, pending } = runAffinityExample(practice)
    expect(pending).toBe(0)
    expect(perNode).toEqual({ 'notes-worker': 1, 'notes-worker2': 1, 'notes-worker3': 1 })
  })

  it('lets affinity.yaml roll out: maxSurge 0, because no fourth worker exists for a surge Pod', () => {
    const d = deploymentIn('affinity.yaml')
    const workers = practice.filter(n => n.schedulable).length
    expect(d.spec.replicas).toBe(workers)
    expect(d.spec.strategy.rollingUpdate).toEqual({ maxSurge: 0, maxUnavailable: 1 })
  })

  it('completes a drain of a worker with pdb.yaml, never going below minAvailable', () => {
    const docs = docsOf('pdb.yaml')
    const deployment = docs.find(d => d.kind === 'Deployment')!
    const pdb = docs.find(d => d.kind === 'PodDisruptionBudget')!
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.template.metadata.labels)
    const workers = practice.filter(n => n.schedulable).map(n => n.name)
    expect(workers.length).toBeGreaterThanOrEqual(2) // somewhere to put the replacement Pods
    const start = createDrainState({ replicas: deployment.spec.replicas, pdb: 'minAvailable', minAvailable: pdb.spec.minAvailable })
    // The model's worst case (two Pods on the drained node) mapped onto the practice cluster's workers.
    const rename = (node: string): string => workers[Number(node.slice('node-'.length)) - 1]!
    let s = {
      ...start,
      nodes: workers,
      drainedNode: workers[0]!,
      pods: start.pods.map(p => ({
        ...p,
        node: rename(p.node),
      })),
    }
    for (let i = 0; i < 20 && s.phase !== 'done' && s.phase !== 'stuck'; i++)
      s = stepDrain(s)
    expect(s.phase).toBe('done')
    expect(s.pods.some(p => p.node === workers[0])).toBe(false)
    expect(Math.min(...s.availableHistory)).toBeGreaterThanOrEqual(pdb.spec.minAvailable)
  })
})

describe('a default one-node kind cluster (what chapter 1 used to assume)', () => {
  it('schedules none of topology-spread.yaml: the node has no zone label', () => {
    const s = runSpreadExample(oneNode)
    expect(s.pods.filter(p => p.node !== null)).toEqual([])
  })

  it('leaves two of the three affinity.yaml Pods Pending', () => {
    expect(runAffinityExample(oneNode).pending).toBe(2)
  })

  it('has no other node to take the Pods a drain evicts', () => {
    expect(oneNode.filter(n => n.schedulable)).toHaveLength(1)
  })
})
