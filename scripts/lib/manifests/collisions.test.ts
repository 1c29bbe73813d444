// A reader applies every example into one namespace of the practice cluster (docs/chapters/1-basics.md#practice-cluster).
// That works only if no two examples define the same kind/namespace/name and no selector of one example picks the
// Pods of another. A Kustomize base and its overlays are one app: the overlays only patch the base's objects.
// Non-Kubernetes files (kind's Cluster config) and Kustomize patches/kustomizations are not objects to apply.
import { readFileSync } from 'node:fs'
import { dirname, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { findManifestFiles } from './validate'

const root = fileURLToPath(new URL('../../..', import.meta.url))

interface Obj {
  app: string
  file: string
  kind: string
  namespace: string
  name: string
  /** matchLabels of a selector (workload, PodDisruptionBudget, Service), if any. */
  selector?: Record<string, string>
  /** Labels of the Pods a workload creates. */
  podLabels?: Record<string, string>
}

const WORKLOADS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
])

/** The app a file belongs to: a Kustomize tree (the directory holding base/ and overlays/) or the file itself. */
function appOf(file: string): string {
  const parts = file.split(sep)
  const i = parts.findIndex(p => p === 'base' || p === 'overlays')
  return i > 0
    ? parts.slice(0, i).join('/')
    : file
}

type Doc = Record<string, any>

export function loadObjects(files: string[]): Obj[] {
  const objects: Obj[] = []
  for (const abs of files) {
    const file = relative(root, abs)
    const inOverlay = file.split(sep).includes('overlays')
    for (const doc of parseAllDocuments(readFileSync(abs, 'utf8'))) {
      const value = doc.toJS() as Doc | null
      if (!value || typeof value !== 'object' || Array.isArray(value) || typeof value.kind !== 'string')
        continue
      const { apiVersion, kind } = value
      // Not a Kubernetes object (kind's config), or not applied on its own (Kustomize files, overlay patches).
      if (String(apiVersion).startsWith('kind.x-k8s.io/') || String(apiVersion).startsWith('kustomize.config.k8s.io/') || inOverlay || '$patch' in value)
        continue
      const meta = value.metadata ?? {}
      const obj: Obj = {
        app: appOf(file),
        file,
        kind,
        namespace: meta.namespace ?? '(reader)',
        name: meta.name ?? meta.generateName ?? '',
      }
      if (WORKLOADS.has(kind)) {
        obj.selector = value.spec?.selector?.matchLabels
        obj.podLabels = value.spec?.template?.metadata?.labels
      }
      else if (kind === 'PodDisruptionBudget') {
        obj.selector = value.spec?.selector?.matchLabels
      }
      else if (kind === 'Service' && value.spec?.selector) {
        obj.selector = value.spec.selector
      }
      objects.push(obj)
    }
  }
  return objects
}

function duplicates(objects: Obj[]): string[] {
  const seen = new Map<string, Obj>()
  const found: string[] = []
  for (const o of objects) {
    const key = `${o.kind} ${o.namespace}/${o.name}`
    const first = seen.get(key)
    if (first && first.app !== o.app)
      found.push(`${key} in ${first.file} and ${o.file}`)
    seen.set(key, first ?? o)
  }
  return found
}

function matches(selector: Record<string, string>, labels: Record<string, string> = {}): boolean {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v)
}

function sharedSelectors(objects: Obj[]): string[] {
  const workloads = objects.filter(o => o.podLabels)
  const found: string[] = []
  // A selector of one app must not pick the Pods of another app's workload in the same namespace.
  for (const s of objects.filter(o => o.selector)) {
    for (const w of workloads) {
      if (w.app !== s.app && w.namespace === s.namespace && matches(s.selector!, w.podLabels))
        found.push(`${s.kind} ${s.name} (${s.file}) selects the Pods of ${w.kind} ${w.name} (${w.file})`)
    }
  }
  // Two workloads of different apps must not share a selector label (key=value).
  for (const [i, a] of workloads.entries()) {
    for (const b of workloads.slice(i + 1)) {
      if (a.app === b.app || a.namespace !== b.namespace)
        continue
      const shared = Object.entries(a.selector ?? {}).filter(([k, v]) => b.selector?.[k] === v)
      if (shared.length > 0)
        found.push(`${a.kind} ${a.name} (${a.file}) and ${b.kind} ${b.name} (${b.file}) share ${shared.map(([k, v]) => `${k}=${v}`).join(', ')}`)
    }
  }
  return found
}

describe('example manifests applied together', () => {
  const objects = loadObjects(findManifestFiles(`${root}docs`))

  it('loads the examples, the Kustomize base as one app', () => {
    expect(objects.length).toBeGreaterThan(20)
    const kustomize = objects.filter(o => o.file.includes(`kustomize${sep}`))
    expect(new Set(kustomize.map(o => o.app)).size).toBe(1)
    expect(kustomize.every(o => dirname(o.file).endsWith('base'))).toBe(true)
  })

  it('defines each kind/namespace/name once', () => {
    expect(duplicates(objects)).toEqual([])
  })

  it('shares no selector label between the workloads of different examples', () => {
    expect(sharedSelectors(objects)).toEqual([])
  })

  it('catches both kinds of collision', () => {
    const web = (file: string): Obj => ({
      app: file,
      file,
      kind: 'Deployment',
      namespace: '(reader)',
      name: 'web',
      selector: { app: 'web' },
      podLabels: { app: 'web' },
    })
    const pdb: Obj = {
      app: 'pdb.yaml',
      file: 'pdb.yaml',
      kind: 'PodDisruptionBudget',
      namespace: '(reader)',
      name: 'web-pdb',
      selector: { app: 'web' },
    }
    expect(duplicates([
      web('a.yaml'),
      web('b.yaml'),
    ])).toEqual(['Deployment (reader)/web in a.yaml and b.yaml'])
    expect(sharedSelectors([
      web('a.yaml'),
      pdb,
    ])).toEqual(['PodDisruptionBudget web-pdb (pdb.yaml) selects the Pods of Deployment web (a.yaml)'])
    expect(sharedSelectors([
      web('a.yaml'),
      web('b.yaml'),
    ])).toHaveLength(3) // each selects the other's Pods, and they share app=web
  })
})
