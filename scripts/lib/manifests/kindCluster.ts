// Strict schema for kind's cluster config (kind.x-k8s.io/v1alpha4 Cluster), the practice cluster of the notes.
// Fields follow kind's Go types (sigs.k8s.io/kind/pkg/apis/config/v1alpha4/types.go); an unmodelled field fails,
// like a typo would. https://kind.sigs.k8s.io/docs/user/configuration/
import type { Issue } from './issue'
import { z } from 'zod'

const stringMap = z.record(z.string(), z.string())

const patchJson6902 = z.strictObject({
  group: z.string(),
  version: z.string(),
  kind: z.string(),
  patch: z.string(),
})

const node = z.strictObject({
  role: z.enum(['control-plane', 'worker']).optional(),
  image: z.string().optional(),
  labels: stringMap.optional(),
  extraMounts: z.array(z.strictObject({
    containerPath: z.string().optional(),
    hostPath: z.string().optional(),
    readOnly: z.boolean().optional(),
    selinuxRelabel: z.boolean().optional(),
    propagation: z.enum(['None', 'HostToContainer', 'Bidirectional']).optional(),
  })).optional(),
  extraPortMappings: z.array(z.strictObject({
    containerPort: z.int().optional(),
    hostPort: z.int().optional(),
    listenAddress: z.string().optional(),
    protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional(),
  })).optional(),
  gpus: z.string().optional(),
  kubeadmConfigPatches: z.array(z.string()).optional(),
  kubeadmConfigPatchesJSON6902: z.array(patchJson6902).optional(),
})

const cluster = z.strictObject({
  apiVersion: z.literal('kind.x-k8s.io/v1alpha4'),
  kind: z.literal('Cluster'),
  name: z.string().optional(),
  nodes: z.array(node).optional(),
  networking: z.strictObject({
    ipFamily: z.enum(['ipv4', 'ipv6', 'dual']).optional(),
    apiServerPort: z.int().optional(),
    apiServerAddress: z.string().optional(),
    podSubnet: z.string().optional(),
    serviceSubnet: z.string().optional(),
    disableDefaultCNI: z.boolean().optional(),
    kubeProxyMode: z.enum(['iptables', 'ipvs', 'nftables']).optional(),
    dnsSearch: z.array(z.string()).optional(),
  }).optional(),
  featureGates: z.record(z.string(), z.boolean()).optional(),
  runtimeConfig: stringMap.optional(),
  kubeadmConfigPatches: z.array(z.string()).optional(),
  kubeadmConfigPatchesJSON6902: z.array(patchJson6902).optional(),
  containerdConfigPatches: z.array(z.string()).optional(),
  containerdConfigPatchesJSON6902: z.array(z.string()).optional(),
})

export type KindCluster = z.infer<typeof cluster>

function encode(segments: readonly PropertyKey[]): string {
  return segments.map(s => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

/** Issues of a kind Cluster config, with JSON pointers like the other checkers. */
export function checkKindCluster(doc: unknown): Issue[] {
  const result = cluster.safeParse(doc)
  if (result.success)
    return []
  return result.error.issues.flatMap((issue) => {
    const at = encode(issue.path)
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map(key => ({ path: `${at}${encode([key])}`, message: `unknown field "${key}"` }))
    return [
      { path: at, message: issue.message },
    ]
  })
}
