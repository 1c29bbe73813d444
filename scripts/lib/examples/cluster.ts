// The practice cluster (docs/notes/examples/kind-cluster.yaml) as the model's starting point: kind's node
// names (`<name>-control-plane`, `<name>-worker`, `<name>-worker2`…), the context `kind-<name>`, the
// Kubernetes version of the pinned node image, kind's default subnets, and what every fresh cluster has
// (the kube-* and local-path-storage Namespaces, the `standard` StorageClass, the system PriorityClasses).
// https://kind.sigs.k8s.io/docs/user/configuration/
import type { Finding, Obj, State, Where } from './model'
import { asList, asStringMap, dig, toObj } from './model'

export interface Node {
  name: string
  role: 'control-plane' | 'worker'
  labels: Record<string, string>
}

export interface Cluster {
  name: string
  context: string
  nodes: Node[]
  /** 'v1.36.4' from the pinned node image, undefined when the config pins none. */
  version?: string
  /** kind's defaults unless the config sets networking.podSubnet / serviceSubnet. */
  podSubnet: string
  serviceSubnet: string
  at: Where
}

const NODE_IMAGE_RE = /^kindest\/node:(v\d+\.\d+\.\d+)@sha256:[0-9a-f]{64}$/

/** Reads kind's Cluster config; an unpinned or mixed node image is reported. */
export function readCluster(config: Record<string, unknown>, at: Where, lineOf: (p: string) => number, report: (f: Finding) => void): Cluster {
  const name = String(config.name ?? 'kind')
  const declared = asList(config.nodes)
  const nodes: Node[] = []
  const versions = new Set<string>()
  let workers = 0
  declared.forEach((node, i) => {
    const role = dig(node, 'role') === 'worker'
      ? 'worker'
      : 'control-plane'
    const image = dig(node, 'image')
    const m = typeof image === 'string'
      ? NODE_IMAGE_RE.exec(image)
      : null
    if (m) {
      versions.add(m[1]!)
    }
    else {
      report({
        file: at.file,
        line: lineOf(`/nodes/${i}`),
        check: 'unpinned-node-image',
        message: 'pin the node image as kindest/node:vX.Y.Z@sha256:… from the kind release notes, so outputs can name the Kubernetes version they show',
      })
    }
    const workerName = role === 'worker'
      ? `${name}-worker${++workers === 1
        ? ''
        : workers}`
      : `${name}-control-plane`
    nodes.push({
      name: workerName,
      role,
      labels: asStringMap(dig(node, 'labels')),
    })
  })
  if (declared.length === 0)
    nodes.push({ name: `${name}-control-plane`, role: 'control-plane', labels: {} })
  if (versions.size > 1)
    report({ ...at, check: 'unpinned-node-image', message: `the nodes use different Kubernetes versions: ${[...versions].join(', ')}` })
  const version = versions.size === 1
    ? [...versions][0]
    : undefined
  return {
    name,
    context: `kind-${name}`,
    nodes,
    ...(version === undefined
      ? {}
      : { version }),
    podSubnet: String(dig(config, 'networking', 'podSubnet') ?? '10.244.0.0/16'),
    serviceSubnet: String(dig(config, 'networking', 'serviceSubnet') ?? '10.96.0.0/16'),
    at,
  }
}

/** What a fresh practice cluster holds before any page runs. */
export function seed(state: State, cluster: Cluster): void {
  const builtIn = (value: Record<string, unknown>): Obj => toObj(value, cluster.at, 'the practice cluster', () => cluster.at.line)
  for (const ns of [
    'default',
    'kube-system',
    'kube-public',
    'kube-node-lease',
    'local-path-storage',
  ]) {
    state.put(builtIn({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns },
    }))
  }
  for (const node of cluster.nodes) {
    state.put(builtIn({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: node.name, labels: node.labels },
    }))
  }
  state.put(builtIn({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'standard',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    },
    provisioner: 'rancher.io/local-path',
  }))
  for (const [name, value] of [
    ['system-cluster-critical', 2000000000],
    ['system-node-critical', 2000001000],
  ] as const) {
    state.put(builtIn({
      apiVersion: 'scheduling.k8s.io/v1',
      kind: 'PriorityClass',
      metadata: { name },
      value,
    }))
  }
}
