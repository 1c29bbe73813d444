// Whether a name a command uses exists at that point of the page: objects of the model, the Pods a
// template stands for (sts-web-0, probes-demo-…), nodes of the practice cluster. Kinds whose objects a
// controller outside the examples owns (GatewayClass, IngressClass, CRDs, events, EndpointSlices,
// Workflows named by generateName) are not looked up by name.
import type { Run } from './context'
import type { Requirement } from './pods'
import { describeSelector, matches, podTemplates } from './pods'
import { isPlaceholder } from './shell'

const UNMODELLED = new Set([
  'GatewayClass',
  'IngressClass',
  'CustomResourceDefinition',
  'Event',
  'EndpointSlice',
  'Workflow',
  'VolumeAttachment',
  'PersistentVolume',
])

export function nameExists(run: Run, kind: string, namespace: string, name: string): boolean {
  if (isPlaceholder(name) || UNMODELLED.has(kind))
    return true
  const state = run.state
  if (kind === 'Pod')
    return podTemplates(state, namespace).some(t => t.podName.test(name))
  if (kind === 'Job' && state.list('CronJob', namespace).some(c => new RegExp(`^${c.name}-\\d+$`).test(name)))
    return true
  if (kind === 'ServiceAccount' && name === 'default')
    return state.hasNamespace(namespace)
  return state.get(kind, namespace, name) !== undefined
}

/** Why a label selector selects nothing of a kind, or undefined when it selects something. */
export function selectsNothing(run: Run, kind: string, namespace: string | undefined, reqs: Requirement[]): string | undefined {
  const state = run.state
  if (kind === 'EndpointSlice') {
    const svc = reqs.find(r => r.key === 'kubernetes.io/service-name' && r.op === 'in')?.values[0]
    return svc !== undefined && namespace !== undefined && !state.get('Service', namespace, svc)
      ? `no Service ${svc} in ${namespace} owns EndpointSlices`
      : undefined
  }
  if (UNMODELLED.has(kind) || kind === 'Node')
    return undefined
  const found = kind === 'Pod'
    ? podTemplates(state, namespace).some(t => matches(reqs, t.labels))
    : state.list(kind, namespace).some(o => matches(reqs, o.labels))
  return found
    ? undefined
    : `no ${kind} in ${namespace ?? 'any namespace'} matches -l ${describeSelector(reqs)}`
}
