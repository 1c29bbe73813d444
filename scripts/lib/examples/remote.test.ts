import type { Finding } from './model'
import { describe, expect, it } from 'vitest'
import { State, toObj } from './model'
import { podTemplates } from './pods'
import { checkReferences } from './references'
import { remoteObjects } from './remote'

describe('remoteObjects', () => {
  const url = 'https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.8.1/components.yaml'

  it('knows what metrics-server\'s release manifest creates', () => {
    const objects = remoteObjects(url)!.map(d => toObj(d, { file: 't.md', line: 1 }, url, () => 1, 'default'))
    expect(objects.map(o => `${o.kind} ${o.namespace ?? ''}/${o.name}`)).toEqual([
      'ServiceAccount kube-system/metrics-server',
      'ClusterRole /system:aggregated-metrics-reader',
      'ClusterRole /system:metrics-server',
      'RoleBinding kube-system/metrics-server-auth-reader',
      'ClusterRoleBinding /metrics-server:system:auth-delegator',
      'ClusterRoleBinding /system:metrics-server',
      'Service kube-system/metrics-server',
      'Deployment kube-system/metrics-server',
      'APIService /v1beta1.metrics.k8s.io',
    ])
    const state = new State(() => {})
    for (const o of objects)
      state.put(o)
    // Its Service selects its Pods and its Pods run as its ServiceAccount (the PriorityClass is the cluster's own).
    const found: Finding[] = []
    checkReferences(state, f => found.push(f))
    expect(found.map(f => f.check)).toEqual(['dangling-priorityclass'])
    expect(podTemplates(state, 'kube-system').map(t => t.spec.containers)).toMatchObject([
      [
        { name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.8.1' },
      ],
    ])
  })

  it.each([
    'https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml',
    'https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.6.4/components.yaml',
    'https://raw.githubusercontent.com/argoproj/argo-cd/stable/manifests/install.yaml',
  ])('takes %s on trust (not in the table)', (other) => {
    expect(remoteObjects(other)).toBeUndefined()
  })
})
