// One page's run: the model it fills, the files and charts its commands create, and `apply`, the one way
// objects enter the model (kubectl apply -f/-k, helm install, kubectl create, an included example the page
// never applies by command). Applying checks the namespace exists at that moment and that `-n` agrees
// with the manifest; a namespace counts as existing once an example or a command of the page created it.
import type { Cluster } from './cluster'
import type { Chart } from './helmChart'
import type { Doc, Finding, Obj, Where } from './model'
import type { Page } from './pages'
import type { Variable } from './shellVariable'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseFile } from '../manifests/documents'
import { derived } from './generate'
import { isDoc, objKey, State, toObj } from './model'

export interface Release {
  chart: string
  namespace: string
  revision: number
  at: Where
}

export class Run {
  readonly state: State
  /** Example files applied by a command of the page ('docs/notes/examples/pdb.yaml'). */
  readonly applied = new Set<string>()
  /** Files and directories the page's commands create ('./web', 'rendered.yaml'). */
  readonly created = new Set<string>()
  readonly charts = new Map<string, Chart>()
  readonly repos = new Set<string>()
  readonly releases = new Map<string, Release>()
  /** `kubectl drain` commands. */
  readonly drains: Where[] = []
  /** DNS names looked up by `kubectl run … nslookup`, with the Pod count that answers. */
  readonly lookups: { name: string, addresses: number, at: Where }[] = []
  /** Shell variables assigned from kubectl's output (`POD=$(kubectl get pods -l … -o jsonpath=…)`). */
  readonly variables = new Map<string, Variable>()
  /** Set while a prerequisite page is replayed: its problems are its own page's to report. */
  muted = false
  readonly report: (f: Finding) => void

  constructor(
    readonly page: Page,
    readonly cluster: Cluster,
    /** Absolute folder the reader's `docs/` stands for. */
    readonly srcDir: string,
    /** How the reader writes that folder ('docs'). */
    readonly srcName: string,
    readonly root: string,
    report: (f: Finding) => void,
  ) {
    this.report = (f) => {
      if (!this.muted)
        report(f)
    }
    this.state = new State(this.report)
  }

  /** Absolute path of a `docs/…` path, or undefined for other paths. */
  examplePath(path: string): string | undefined {
    const clean = path.replace(/^\.\//, '').replace(/\/$/, '')
    if (!clean.startsWith(`${this.srcName}/`))
      return undefined
    const abs = join(this.srcDir, clean.slice(this.srcName.length + 1))
    return existsSync(abs)
      ? abs
      : undefined
  }

  /** Whether a file argument resolves: an existing `docs/…` path, a URL, or something the page created. */
  resolves(path: string): boolean {
    const clean = path.replace(/^\.\//, '').replace(/\/$/, '')
    return /^https?:\/\//.test(path) || this.examplePath(path) !== undefined || this.created.has(clean)
  }

  /** Puts one object into the model after the namespace checks (a dry run, `kubectl diff`, only checks). */
  apply(o: Obj, by: Where, namespaceFlag?: string, dryRun = false): void {
    if (namespaceFlag !== undefined && o.namespace !== undefined && o.namespace !== namespaceFlag) {
      this.report({ ...by, check: 'namespace-mismatch', message: `-n ${namespaceFlag} disagrees with the namespace ${o.namespace} of ${objKey(o)} (${o.at.file}:${o.at.line}); kubectl refuses it` })
      return
    }
    if (o.namespace !== undefined && o.kind !== 'Namespace' && !this.state.hasNamespace(o.namespace)) {
      this.report({
        ...o.at,
        check: 'namespace-not-created',
        message: `${objKey(o)}: namespace ${o.namespace} does not exist when ${by.file}:${by.line} ${dryRun ? 'diffs' : 'applies'} it; create it in an example or a command of the page before that`,
      })
    }
    if (dryRun)
      return
    this.state.put(o)
    for (const d of derived(o, this.state.replicas.get(objKey(o)) ?? 1))
      this.state.put(d)
  }

  /** Applies every object of an example file (`kubectl apply -f`). */
  applyFile(abs: string, by: Where, namespaceFlag?: string, dryRun = false): Obj[] {
    const parsed = parseFile(abs, this.root)
    const objects: Obj[] = []
    for (const doc of parsed.docs) {
      if (!isDoc(doc.value) || typeof doc.value.kind !== 'string' || String(doc.value.apiVersion).startsWith('kind.x-k8s.io/'))
        continue
      const o = toObj(doc.value as Doc, { file: parsed.file, line: doc.line }, parsed.file, doc.lineOf, namespaceFlag ?? 'default')
      this.apply(o, by, namespaceFlag, dryRun)
      objects.push(o)
    }
    return objects
  }
}
