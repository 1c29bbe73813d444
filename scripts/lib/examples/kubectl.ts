// What each kubectl line of a page does to the model and what it must find there: files (-f, -k) that
// exist from the repository root, kinds and names, namespaces (-n), containers (-c, `set image NAME=`),
// label selectors (-l), rollouts, nodes and the practice cluster's context. A subcommand not modelled
// here is reported, so a new kind of command is added on purpose rather than passed unseen.
import type { Run } from './context'
import type { Args } from './flags'
import type { Doc, Where } from './model'
import type { SimpleCommand } from './shell'
import { flag, parseArgs } from './flags'
import { resolveKind, ROLLOUT_KINDS } from './kinds'
import { build, kustomizationIn } from './kustomizeBuild'
import { dig, isDoc, keyOf, toObj } from './model'
import { containersOf, parseSelector, podTemplates } from './pods'
import { nameExists, selectsNothing } from './resolve'
import { isPlaceholder } from './shell'

const IGNORED = new Set([
  'config',
  'krew',
  'version',
  'api-resources',
  'api-versions',
  'explain',
  'top',
  'auth',
  'completion',
  'plugin',
])

type Report = (check: string, message: string) => void

/** `deployment/web` or (`deployment`, `web`) → kind and names; reports an unknown kind. */
function targetsOf(args: Args, report: Report): { kind: string, names: string[] }[] {
  const [first, ...more] = args.positionals
  if (first === undefined)
    return []
  const out: { kind: string, names: string[] }[] = []
  const slashed = args.positionals.filter(p => p.includes('/') && !isPlaceholder(p))
  if (slashed.length > 0) {
    for (const p of slashed) {
      const [k, name] = p.split('/') as [string, string]
      const info = resolveKind(k)
      if (!info) {
        report('unknown-kind', `kubectl knows no resource "${k}"`)
      }
      else {
        out.push({
          kind: info.kind,
          names: [name],
        })
      }
    }
    return out
  }
  for (const k of first.split(',')) {
    const info = resolveKind(k)
    if (!info)
      report('unknown-kind', `kubectl knows no resource "${k}"`)
    else
      out.push({ kind: info.kind, names: more })
  }
  return out
}

function namespaceOf(run: Run, args: Args, report: Report): string {
  const ns = flag(args, '-n') ?? 'default'
  if (!run.state.hasNamespace(ns))
    report('unknown-namespace', `namespace ${ns} does not exist at this point of the page`)
  return ns
}

function requireTargets(run: Run, targets: { kind: string, names: string[] }[], ns: string, report: Report, kinds?: Set<string>): void {
  for (const t of targets) {
    if (kinds && !kinds.has(t.kind))
      report('wrong-kind', `${t.kind} cannot be used here (expects ${[...kinds].join(', ')})`)
    for (const name of t.names) {
      if (!nameExists(run, t.kind, ns, name))
        report('unknown-object', `no ${t.kind} ${name} in ${ns} at this point of the page`)
    }
  }
}

function checkSelector(run: Run, args: Args, kind: string, ns: string | undefined, report: Report): void {
  const sel = flag(args, '-l')
  if (sel === undefined)
    return
  const reqs = parseSelector(sel)
  if (!reqs) {
    report('bad-selector', `cannot parse the label selector "${sel}"`)
    return
  }
  const why = selectsNothing(run, kind, ns, reqs)
  if (why)
    report('selects-nothing', why)
}

/** The Pod templates a `kind/name` (or a Pod name) stands for. */
function templatesOf(run: Run, kind: string, name: string, ns: string): ReturnType<typeof podTemplates> {
  return podTemplates(run.state, ns).filter(t => kind === 'Pod'
    ? t.podName.test(name)
    : t.owner.kind === kind && t.owner.name === name)
}

function checkContainer(run: Run, args: Args, kind: string, name: string, ns: string, report: Report): void {
  const c = flag(args, '-c')
  if (c === undefined || isPlaceholder(name))
    return
  for (const t of templatesOf(run, kind, name, ns)) {
    if (!containersOf(t.spec).some(x => x.name === c))
      report('unknown-container', `${t.owner.kind} ${t.owner.name} has no container named "${c}" (${containersOf(t.spec).map(x => x.name).join(', ')})`)
  }
}

function applyKustomization(run: Run, dir: string, at: Where, ns: string | undefined, report: Report, dryRun: boolean): void {
  const abs = run.examplePath(dir)
  if (!abs || !kustomizationIn(abs)) {
    report('file-not-found', `${dir} is not a kustomization directory from the repository root (write it as ${run.srcName}/…)`)
    return
  }
  const problems: string[] = []
  const origin = `kustomization ${dir.replace(/\/$/, '')}`
  for (const b of build(abs, run.root, problems))
    run.apply(toObj(b.value, { file: b.file, line: b.line }, origin, b.lineOf, ns ?? 'default', `rendered by ${origin}`), at, ns, dryRun)
  for (const p of problems)
    report('kustomize-build', p)
}

function applyFiles(run: Run, args: Args, at: Where, report: Report, ns: string | undefined, dryRun: boolean): void {
  for (const f of args.flags.get('-f') ?? []) {
    if (/^https?:\/\//.test(f))
      continue
    const abs = run.examplePath(f)
    if (!abs) {
      report('file-not-found', `${f} does not exist from the repository root, where the reader runs the commands (write it as ${run.srcName}/notes/examples/…)`)
      // Go on with the example the page shows under that name, so the later commands are still checked.
      const shown = run.page.steps.find(s => s.type === 'include' && s.path.endsWith(`/${f.replace(/^\.\//, '')}`))
      const fallback = shown?.type === 'include'
        ? run.examplePath(shown.path)
        : undefined
      if (shown?.type === 'include' && fallback) {
        run.applied.add(shown.path)
        run.applyFile(fallback, at, ns, dryRun)
      }
      continue
    }
    run.applied.add(f)
    run.applyFile(abs, at, ns, dryRun)
  }
  for (const d of args.flags.get('-k') ?? []) {
    run.applied.add(d)
    applyKustomization(run, d, at, ns, report, dryRun)
  }
}

/** `svc`, `svc.ns`, `pod.svc`, `pod.svc.ns`, with or without `.svc.cluster.local`. */
function lookup(run: Run, name: string, ns: string, at: Where, report: Report): void {
  const parts = name.replace(/\.$/, '').replace(/\.svc(?:\.cluster\.local)?$/, '').split('.')
  const state = run.state
  const svc = parts.length <= 2
    ? state.get('Service', parts[1] ?? ns, parts[0]!)
    : undefined
  if (svc) {
    const selector = dig(svc.value, 'spec', 'selector')
    const headless = dig(svc.value, 'spec', 'clusterIP') === 'None'
    const pods = podTemplates(state, svc.namespace).filter(t => isDoc(selector) && Object.entries(selector).every(([k, v]) => t.labels[k] === String(v)))
    if (isDoc(selector) && pods.length === 0)
      report('dns-no-endpoints', `Service ${svc.namespace}/${svc.name} selects no Pods, so ${name} has no address to return`)
    run.lookups.push({
      name,
      addresses: headless
        ? pods.reduce((n, t) => n + t.count, 0)
        : 1,
      at,
    })
    return
  }
  // <hostname>.<headless service>[.<namespace>]: a StatefulSet Pod or an Indexed Job Pod.
  const [host, sub, podNs = ns] = parts as [string, string | undefined, string | undefined]
  const headless = sub === undefined
    ? undefined
    : state.get('Service', podNs, sub)
  const pod = podTemplates(state, podNs).find(t => (dig(t.owner.value, 'spec', 'serviceName') === sub && t.podName.test(host))
    || (dig(t.spec, 'subdomain') === sub && new RegExp(`^${t.owner.name}-\\d+$`).test(host)))
  if (!headless || !pod) {
    report('dns-unresolved', `${name} resolves to no Service or Pod (a Pod name needs <pod>.<headless Service>)`)
    return
  }
  run.lookups.push({ name, addresses: 1, at })
}

export function kubectl(run: Run, cmd: SimpleCommand): void {
  const at = { file: run.page.file, line: cmd.line }
  const report: Report = (check, message) => run.report({ ...at, check, message: `\`${cmd.argv.join(' ')}\`: ${message}` })
  const args = parseArgs(cmd.argv.slice(1))
  const sub = args.positionals.shift()
  const context = flag(args, '--context')
  if (context !== undefined && context !== run.cluster.context)
    report('unknown-context', `the practice cluster's context is ${run.cluster.context}`)
  if (sub === undefined || IGNORED.has(sub)) {
    if (sub === 'config' && ['use-context', 'set-context'].includes(args.positionals[0] ?? '') && args.positionals[1] && args.positionals[1] !== run.cluster.context && args.positionals[0] === 'use-context')
      report('unknown-context', `the practice cluster's context is ${run.cluster.context}`)
    return
  }
  const all = args.flags.has('-A') || args.flags.has('--all-namespaces')
  switch (sub) {
    case 'cluster-info':
      return
    case 'apply':
    case 'create':
    case 'diff':
    case 'delete': {
      const ns = flag(args, '-n')
      if (args.flags.has('-f') || args.flags.has('-k')) {
        if (ns !== undefined && !run.state.hasNamespace(ns))
          report('unknown-namespace', `namespace ${ns} does not exist at this point of the page`)
        if (sub === 'delete')
          return
        applyFiles(run, args, at, report, ns, sub === 'diff')
        return
      }
      if (sub === 'create')
        return create(run, args, at, report)
      if (sub === 'delete') {
        const nsd = namespaceOf(run, args, report)
        for (const t of targetsOf(args, report)) {
          for (const n of t.names)
            run.state.remove(keyOf(t.kind, nsd, n))
        }
        return
      }
      report('unmodelled-command', `kubectl ${sub} without -f or -k`)
      return
    }
    case 'kustomize': {
      const dir = args.positionals[0]
      const abs = dir === undefined
        ? undefined
        : run.examplePath(dir)
      if (!abs || !kustomizationIn(abs))
        report('file-not-found', `${dir ?? '(none)'} is not a kustomization directory from the repository root (write it as ${run.srcName}/…)`)
      return
    }
    case 'get':
    case 'describe': {
      const ns = all
        ? undefined
        : namespaceOf(run, args, report)
      const targets = targetsOf(args, report)
      if (ns !== undefined)
        requireTargets(run, targets, ns, report)
      for (const t of targets)
        checkSelector(run, args, t.kind, ns, report)
      return
    }
    case 'logs':
    case 'exec':
    case 'attach':
    case 'port-forward': {
      const ns = namespaceOf(run, args, report)
      const target = args.positionals[0]
      if (target === undefined) {
        checkSelector(run, args, 'Pod', ns, report)
        return
      }
      const [kindName, name] = target.includes('/')
        ? target.split('/') as [string, string]
        : ['pod', target]
      const kind = resolveKind(kindName)?.kind
      if (!kind) {
        report('unknown-kind', `kubectl knows no resource "${kindName}"`)
        return
      }
      requireTargets(run, [
        {
          kind,
          names: [name],
        },
      ], ns, report)
      checkContainer(run, args, kind, name, ns, report)
      return
    }
    case 'rollout': {
      args.positionals.shift()
      const ns = namespaceOf(run, args, report)
      requireTargets(run, targetsOf(args, report), ns, report, ROLLOUT_KINDS)
      return
    }
    case 'scale': {
      const ns = namespaceOf(run, args, report)
      const targets = targetsOf(args, report)
      requireTargets(run, targets, ns, report)
      const n = Number(flag(args, '--replicas'))
      for (const t of targets) {
        for (const name of t.names) {
          const key = keyOf(t.kind, ns, name)
          if (Number.isFinite(n))
            run.state.replicas.set(key, Math.max(n, run.state.replicas.get(key) ?? 0))
        }
      }
      return
    }
    case 'set': {
      const what = args.positionals.shift()
      const ns = namespaceOf(run, args, report)
      const [target, ...pairs] = args.positionals
      if (what !== 'image' || target === undefined) {
        report('unmodelled-command', `kubectl set ${what ?? ''}`)
        return
      }
      const [kindName, name] = target.split('/') as [string, string]
      const kind = resolveKind(kindName)?.kind ?? kindName
      requireTargets(run, [
        {
          kind,
          names: [name],
        },
      ], ns, report)
      for (const t of templatesOf(run, kind, name, ns)) {
        const names = containersOf(t.spec).map(c => c.name)
        for (const pair of pairs) {
          const container = pair.split('=')[0]!
          if (container !== '*' && !names.includes(container))
            report('unknown-container', `${kind} ${name} has no container named "${container}" (it has ${names.join(', ')}); kubectl answers: unable to find container named "${container}"`)
        }
      }
      return
    }
    case 'label':
    case 'annotate':
      // `key=value` and `key-` are the change, not objects: `kubectl annotate pods -l app=x k=v`.
      args.positionals = args.positionals.filter(p => !/=|-$/.test(p))
      // falls through
    case 'wait':
    case 'patch':
    case 'edit':
    case 'expose': {
      const ns = namespaceOf(run, args, report)
      requireTargets(run, targetsOf(args, report), ns, report)
      return
    }
    case 'run':
      return runPod(run, args, at, report)
    case 'drain':
    case 'cordon':
    case 'uncordon': {
      const node = args.positionals[0]
      if (node === undefined || (!isPlaceholder(node) && !run.cluster.nodes.some(n => n.name === node)))
        report('unknown-node', `no node ${node ?? '(none)'} in the practice cluster (${run.cluster.nodes.map(n => n.name).join(', ')})`)
      if (sub === 'drain')
        run.drains.push(at)
      return
    }
    default:
      report('unmodelled-command', `kubectl ${sub} is not modelled by the example check`)
  }
}

function create(run: Run, args: Args, at: Where, report: Report): void {
  const [what, kindOrName, name] = args.positionals
  const ns = namespaceOf(run, args, report)
  const origin = `${at.file}:${at.line}`
  const put = (value: Doc): void => {
    const o = toObj(value, at, origin, () => at.line, ns)
    if (run.state.get(o.kind, o.namespace, o.name)) {
      report('already-exists', `${keyOf(o.kind, o.namespace, o.name)} already exists at this point; kubectl create fails with AlreadyExists`)
      return
    }
    run.apply(o, at, ns)
  }
  switch (what) {
    case 'namespace':
    case 'ns':
      if (kindOrName) {
        put({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: kindOrName },
        })
      }
      return
    case 'secret':
      for (const f of ['--cert', '--key']) {
        const file = flag(args, f)
        if (file !== undefined && !run.resolves(file))
          report('file-not-found', `${file} is created by no earlier command of the page`)
      }
      if (name) {
        put({
          apiVersion: 'v1',
          kind: 'Secret',
          type: kindOrName === 'tls'
            ? 'kubernetes.io/tls'
            : 'Opaque',
          metadata: { name, namespace: ns },
        })
      }
      return
    case 'configmap':
    case 'cm':
      if (kindOrName) {
        put({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: kindOrName, namespace: ns },
        })
      }
      return
    case 'job': {
      const from = flag(args, '--from')
      const cron = from?.startsWith('cronjob/')
        ? run.state.get('CronJob', ns, from.slice('cronjob/'.length))
        : undefined
      if (!cron) {
        report('unknown-object', `no CronJob ${from ?? ''} in ${ns} to create the Job from`)
        return
      }
      if (kindOrName) {
        put({
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: { name: kindOrName, namespace: ns },
          spec: dig(cron.value, 'spec', 'jobTemplate', 'spec'),
        })
      }
      return
    }
    default:
      report('unmodelled-command', `kubectl create ${what ?? ''}`)
  }
}

function runPod(run: Run, args: Args, at: Where, report: Report): void {
  const ns = namespaceOf(run, args, report)
  const name = args.positionals[0]
  if (name === undefined)
    return
  if (!args.flags.has('--rm')) {
    run.apply(toObj({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: ns },
      spec: {
        containers: [
          {
            name,
            image: flag(args, '--image'),
          },
        ],
      },
    }, at, `${at.file}:${at.line}`, () => at.line, ns), at, ns)
  }
  if (args.rest[0] === 'nslookup' && args.rest[1] !== undefined)
    lookup(run, args.rest[1], ns, at, report)
}
