// Pod templates and the Pods they stand for: the labels a controller adds (job-name, pod-template-hash…),
// the names its Pods get (sts-web-0, retry-demo-4xk2p, probes-demo-6d5f8c7b9d-4kq2x) and how many there
// can be; and label selectors, both `-l a=b,c in (x)` strings and matchLabels/matchExpressions.
// A label whose value the controller picks at run time (a hash, a uid) matches any value.
import type { Doc, Obj, State } from './model'
import { asList, asStringMap, dig, isDoc } from './model'

/** A label value chosen at run time (pod-template-hash, controller-uid…). */
export const ANY = '\u0000any'

export interface PodTemplate {
  owner: Obj
  namespace: string
  labels: Record<string, string>
  spec: Doc
  /** JSON pointer of the template in its owner's file. */
  pointer: string
  /** Names its Pods get. */
  podName: RegExp
  /** At most this many Pods at a time (replicas, completions × retries…). */
  count: number
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const HASH = '[a-z0-9]{1,10}'
const SUFFIX = '[a-z0-9]{5}'

/** The Pod templates of the objects in a state (optionally of one namespace). */
export function podTemplates(state: State, namespace?: string): PodTemplate[] {
  const found: PodTemplate[] = []
  for (const o of state.objects.values()) {
    if (namespace !== undefined && o.namespace !== namespace)
      continue
    const t = templateOf(o, state.replicas.get(`${o.kind} ${o.namespace}/${o.name}`))
    if (t)
      found.push(t)
  }
  return found
}

interface TemplateBase { owner: Obj, namespace: string }
interface TemplateAt { labels: Record<string, string>, spec: Doc }

/** The labels and spec of the pod template at `path` in an object. */
function templateAt(v: Doc, path: string[]): TemplateAt {
  return {
    labels: asStringMap(dig(v, ...path, 'metadata', 'labels')),
    spec: isDoc(dig(v, ...path, 'spec'))
      ? dig(v, ...path, 'spec') as Doc
      : {},
  }
}

/** A Job's Pods: one per completion and retry, named by index when it is Indexed. */
function jobTemplate(o: Obj, base: TemplateBase, t: TemplateAt): PodTemplate {
  const v = o.value
  const n = escape(o.name)
  const indexed = dig(v, 'spec', 'completionMode') === 'Indexed'
  const completions = Number(dig(v, 'spec', 'completions') ?? 1)
  const retries = indexed
    ? Number(dig(v, 'spec', 'backoffLimitPerIndex') ?? dig(v, 'spec', 'backoffLimit') ?? 6)
    : Number(dig(v, 'spec', 'backoffLimit') ?? 6)
  const labels = {
    ...t.labels,
    'job-name': o.name,
    'batch.kubernetes.io/job-name': o.name,
    'controller-uid': ANY,
    'batch.kubernetes.io/controller-uid': ANY,
  }
  if (indexed)
    Object.assign(labels, { 'batch.kubernetes.io/job-completion-index': ANY })
  return {
    ...base,
    labels,
    spec: t.spec,
    pointer: '/spec/template',
    podName: indexed
      ? new RegExp(`^${n}-(\\d+)-${SUFFIX}$`)
      : new RegExp(`^${n}-${SUFFIX}$`),
    count: completions * (retries + 1),
  }
}

/** A CronJob's Pods, through the Jobs it creates (named by their scheduled time). */
function cronJobTemplate(o: Obj, base: TemplateBase, t: TemplateAt): PodTemplate {
  const n = escape(o.name)
  return {
    ...base,
    labels: {
      ...t.labels,
      'job-name': ANY,
      'batch.kubernetes.io/job-name': ANY,
      'controller-uid': ANY,
    },
    spec: t.spec,
    pointer: '/spec/jobTemplate/spec/template',
    podName: new RegExp(`^${n}-\\d+-${SUFFIX}$`),
    count: Infinity,
  }
}

function templateOf(o: Obj, replicas: number | undefined): PodTemplate | undefined {
  const ns = o.namespace ?? 'default'
  const base = { owner: o, namespace: ns }
  const v = o.value
  const tpl = (path: string[]) => templateAt(v, path)
  const n = escape(o.name)
  switch (o.kind) {
    case 'Pod':
      return {
        ...base,
        labels: o.labels,
        spec: isDoc(v.spec)
          ? v.spec
          : {},
        pointer: '',
        podName: new RegExp(`^${n}$`),
        count: 1,
      }
    case 'Deployment':
    case 'ReplicaSet': {
      const t = tpl(['spec', 'template'])
      return {
        ...base,
        labels: { ...t.labels, 'pod-template-hash': ANY },
        spec: t.spec,
        pointer: '/spec/template',
        podName: new RegExp(`^${n}-${HASH}-${SUFFIX}$`),
        count: replicas ?? 1,
      }
    }
    case 'StatefulSet': {
      const t = tpl(['spec', 'template'])
      const count = replicas ?? 1
      return {
        ...base,
        labels: {
          ...t.labels,
          'statefulset.kubernetes.io/pod-name': ANY,
          'apps.kubernetes.io/pod-index': ANY,
          'controller-revision-hash': ANY,
        },
        spec: t.spec,
        pointer: '/spec/template',
        podName: new RegExp(`^${n}-(${Array.from({ length: count }, (_, i) => i).join('|')})$`),
        count,
      }
    }
    case 'DaemonSet': {
      const t = tpl(['spec', 'template'])
      return {
        ...base,
        labels: { ...t.labels, 'controller-revision-hash': ANY, 'pod-template-generation': ANY },
        spec: t.spec,
        pointer: '/spec/template',
        podName: new RegExp(`^${n}-${SUFFIX}$`),
        count: Infinity,
      }
    }
    case 'Job':
      return jobTemplate(o, base, tpl(['spec', 'template']))
    case 'CronJob':
      return cronJobTemplate(o, base, tpl([
        'spec',
        'jobTemplate',
        'spec',
        'template',
      ]))
    default:
      return undefined
  }
}

export interface Requirement {
  key: string
  op: 'in' | 'notin' | 'exists' | 'notexists'
  values: string[]
}

/** `app=web,tier!=db,env in (a,b),!legacy` → requirements; undefined when it does not parse. */
export function parseSelector(text: string): Requirement[] | undefined {
  const parts = text.match(/(?:[^,(]+(?:\([^)]*\))?)+/g) ?? []
  const reqs: Requirement[] = []
  for (const raw of parts) {
    const part = raw.trim()
    const eq = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(part)
    const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part)
    const exists = /^(!?)([\w./-]+)$/.exec(part)
    if (eq) {
      reqs.push({
        key: eq[1]!,
        op: eq[2] === '!='
          ? 'notin'
          : 'in',
        values: [eq[3]!],
      })
    }
    else if (set) {
      reqs.push({
        key: set[1]!,
        op: set[2] as 'in' | 'notin',
        values: set[3]!.split(',').map(s => s.trim()),
      })
    }
    else if (exists) {
      reqs.push({
        key: exists[2]!,
        op: exists[1]
          ? 'notexists'
          : 'exists',
        values: [],
      })
    }
    else {
      return undefined
    }
  }
  return reqs
}

/** A LabelSelector object (matchLabels + matchExpressions) → requirements. */
export function fromLabelSelector(selector: unknown): Requirement[] {
  const reqs: Requirement[] = Object.entries(asStringMap(dig(selector, 'matchLabels'))).map(([key, v]) => ({
    key,
    op: 'in',
    values: [v],
  }))
  for (const e of asList(dig(selector, 'matchExpressions'))) {
    const op = String(dig(e, 'operator'))
    reqs.push({
      key: String(dig(e, 'key')),
      op: op === 'In'
        ? 'in'
        : op === 'NotIn'
          ? 'notin'
          : op === 'Exists'
            ? 'exists'
            : 'notexists',
      values: asList(dig(e, 'values')).map(String),
    })
  }
  return reqs
}

/** A Service's `spec.selector` map → requirements. */
export function fromMap(map: Record<string, string>): Requirement[] {
  return Object.entries(map).map(([key, v]) => ({
    key,
    op: 'in',
    values: [v],
  }))
}

export function matches(reqs: Requirement[], labels: Record<string, string>): boolean {
  return reqs.every((r) => {
    const v = labels[r.key]
    switch (r.op) {
      case 'exists': return v !== undefined
      case 'notexists': return v === undefined
      case 'in': return v === ANY || (v !== undefined && r.values.includes(v))
      case 'notin': return v === undefined || v === ANY || !r.values.includes(v)
    }
    return false
  })
}

export function describeSelector(reqs: Requirement[]): string {
  return reqs.map(r => r.op === 'in' && r.values.length === 1
    ? `${r.key}=${r.values[0]}`
    : r.op === 'exists'
      ? r.key
      : r.op === 'notexists'
        ? `!${r.key}`
        : `${r.key} ${r.op} (${r.values.join(',')})`).join(',')
}

/** Containers and init containers of a Pod spec. */
export function containersOf(spec: Doc): { name: string, c: Doc, init: boolean, index: number }[] {
  return [
    ...asList(spec.initContainers).map((c, index) => ({ c, init: true, index })),
    ...asList(spec.containers).map((c, index) => ({ c, init: false, index })),
  ].filter((x): x is { c: Doc, init: boolean, index: number } => isDoc(x.c)).map(x => ({
    ...x,
    name: String(x.c.name),
  }))
}
