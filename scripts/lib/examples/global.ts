// What only shows when every page is tried on one cluster: the same object defined by two origins (two
// example files, a Helm release and a Kustomize overlay, an ApplicationSet and a hand-written Application),
// a selector of one origin that picks the Pods of another in the same namespace, two workloads of
// different origins sharing a selector label, and a bare Pod (no controller) that a page's `kubectl drain`
// would stop on without --force. Namespaces are shared on purpose (each page must create its own).
import type { Finding, Obj, Where } from './model'
import type { Requirement } from './pods'
import { POD_TEMPLATE_PATHS } from './kinds'
import { asStringMap, dig, objKey, where } from './model'
import { describeSelector, fromLabelSelector, fromMap, matches } from './pods'

function selectorOf(o: Obj): Requirement[] | undefined {
  if (o.kind === 'Service') {
    const map = asStringMap(dig(o.value, 'spec', 'selector'))
    return Object.keys(map).length > 0
      ? fromMap(map)
      : undefined
  }
  if (o.kind === 'PodDisruptionBudget' || (POD_TEMPLATE_PATHS[o.kind] && o.kind !== 'CronJob' && o.kind !== 'Job'))
    return fromLabelSelector(dig(o.value, 'spec', 'selector'))
  return undefined
}

function templateLabels(o: Obj): Record<string, string> | undefined {
  const path = POD_TEMPLATE_PATHS[o.kind]
  return path
    ? asStringMap(dig(o.value, ...path, 'metadata', 'labels'))
    : o.kind === 'Pod'
      ? o.labels
      : undefined
}

export function checkTogether(objects: Obj[], drains: Where[], report: (f: Finding) => void): void {
  const seen = new Map<string, Obj>()
  const all: Obj[] = []
  for (const o of objects) {
    const key = objKey(o)
    const first = seen.get(key)
    if (!first) {
      seen.set(key, o)
      all.push(o)
      continue
    }
    if (first.origin !== o.origin && o.kind !== 'Namespace' && !o.origin.startsWith('the practice cluster')) {
      report({ ...o.at, check: 'duplicate-object', message: `${o.generated
        ? `${o.generated}: `
        : ''}${key} is also defined by ${first.origin} (${where(first)}); the pages cannot all be tried on one cluster` })
    }
  }
  const workloads = all.filter(o => templateLabels(o) !== undefined)
  for (const s of all) {
    const reqs = selectorOf(s)
    if (!reqs || reqs.length === 0)
      continue
    for (const w of workloads) {
      if (w.origin !== s.origin && w.namespace === s.namespace && matches(reqs, templateLabels(w)!))
        report({ ...s.at, check: 'shared-selector', message: `${s.kind} ${s.namespace}/${s.name} (selector ${describeSelector(reqs)}) also selects the Pods of ${w.kind} ${w.name} (${where(w)})` })
    }
  }
  for (const [i, a] of workloads.entries()) {
    const sa = asStringMap(dig(a.value, 'spec', 'selector', 'matchLabels'))
    for (const b of workloads.slice(i + 1)) {
      if (a.origin === b.origin || a.namespace !== b.namespace)
        continue
      const shared = Object.entries(sa).filter(([k, v]) => asStringMap(dig(b.value, 'spec', 'selector', 'matchLabels'))[k] === v)
      if (shared.length > 0)
        report({ ...b.at, check: 'shared-selector', message: `${b.kind} ${b.name} shares the selector label ${shared.map(([k, v]) => `${k}=${v}`).join(', ')} with ${a.kind} ${a.name} (${where(a)})` })
    }
  }
  if (drains.length > 0) {
    for (const pod of all.filter(o => o.kind === 'Pod' && dig(o.value, 'metadata', 'ownerReferences') === undefined)) {
      report({
        ...pod.at,
        check: 'unmanaged-pod-blocks-drain',
        message: `Pod ${pod.namespace}/${pod.name} has no controller: \`kubectl drain\` (${drains.map(d => `${d.file}:${d.line}`).join(', ')}) refuses to evict it without --force, and nothing would recreate it`,
      })
    }
  }
}
