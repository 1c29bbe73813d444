// What each kubectl line of a page does to the model and what it must find there: files (-f, -k) that
// exist from the repository root, release manifests applied from a URL (remote.ts), kinds and names,
// namespaces (-n), containers (-c, `set image NAME=`, a resize patch), label selectors (-l), rollouts, nodes,
// `--subresource`, the Metrics API `kubectl top` reads and the practice cluster's context; a dry run creates
// nothing. Names are resolved in kubectlTargets.ts, imperative creation is in kubectlCreate.ts. A subcommand
// not modelled here is reported, so a new kind of command is added on purpose rather than passed unseen.
import type { Run } from './context'
import type { Args } from './flags'
import type { Report, Target } from './kubectlTargets'
import type { Where } from './model'
import type { SimpleCommand } from './shell'
import { parse as parseYaml } from 'yaml'
import { flag, isDryRun, parseArgs } from './flags'
import { resolveKind, ROLLOUT_KINDS } from './kinds'
import { create, runPod } from './kubectlCreate'
import { checkContainer, checkSelector, namespaceOf, requireTargets, targetsOf, templatesOf } from './kubectlTargets'
import { build, kustomizationIn } from './kustomizeBuild'
import { asList, dig, keyOf, toObj } from './model'
import { containersOf, parseSelector } from './pods'
import { remoteObjects } from './remote'
import { isPlaceholder, variableOf } from './shell'
import { outputForm, slashedVariable } from './variables'

const IGNORED = new Set([
  'config',
  'krew',
  'version',
  'api-resources',
  'api-versions',
  'explain',
  'auth',
  'completion',
  'plugin',
])

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
    if (/^https?:\/\//.test(f)) {
      // Known release manifests add what they create; any other URL is taken on trust.
      for (const doc of remoteObjects(f) ?? [])
        run.apply(toObj(doc, at, f, () => at.line, ns ?? 'default', `created by ${f} (${at.file}:${at.line})`), at, ns, dryRun)
      continue
    }
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

/** Which kinds each subresource `kubectl patch --subresource` can reach has. */
const SUBRESOURCES: Record<string, Set<string> | 'any'> = {
  status: 'any',
  scale: new Set(['Deployment', 'ReplicaSet', 'StatefulSet']),
  resize: new Set(['Pod']),
}

/** `kubectl patch --subresource resize|scale|status`: the kind has it, and a resize names the Pod's containers. */
function checkSubresource(run: Run, args: Args, targets: Target[], ns: string, report: Report): void {
  const subresource = flag(args, '--subresource')
  if (subresource === undefined)
    return
  const kinds = SUBRESOURCES[subresource]
  if (kinds === undefined) {
    report('unknown-subresource', `kubectl patch knows the subresources ${Object.keys(SUBRESOURCES).join(', ')}, not "${subresource}"`)
    return
  }
  for (const t of targets) {
    if (kinds !== 'any' && !kinds.has(t.kind))
      report('unknown-subresource', `${t.kind} has no ${subresource} subresource (${[...kinds].join(', ')} do)`)
  }
  if (subresource !== 'resize')
    return
  let patch: unknown
  try {
    patch = parseYaml(flag(args, '-p') ?? '')
  }
  catch {
    report('bad-patch', 'the resize patch is neither JSON nor YAML')
    return
  }
  const named = asList(dig(patch, 'spec', 'containers')).map(c => String(dig(c, 'name')))
  for (const t of targets) {
    for (const name of t.names) {
      for (const tpl of templatesOf(run, 'Pod', name, ns)) {
        const names = containersOf(tpl.spec).filter(c => !c.init).map(c => c.name)
        for (const c of named.filter(n => !names.includes(n)))
          report('unknown-container', `${tpl.owner.kind} ${tpl.owner.name}'s Pods have no container named "${c}" to resize (${names.join(', ')})`)
      }
    }
  }
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
        applyFiles(run, args, at, report, ns, sub === 'diff' || isDryRun(args))
        return
      }
      if (sub === 'create')
        return create(run, args, at, report)
      if (sub === 'delete') {
        const nsd = namespaceOf(run, args, report)
        const targets = targetsOf(run, args, report)
        // Only what a variable names is checked: deleting a literal name twice on a page is the reader's choice.
        requireTargets(run, targets.map(t => ({
          ...t,
          names: t.names.filter(n => variableOf(n) !== undefined),
        })), nsd, report)
        for (const t of targets) {
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
      const targets = targetsOf(run, args, report)
      if (ns !== undefined)
        requireTargets(run, targets, ns, report)
      for (const t of targets)
        checkSelector(run, args, t.kind, ns, report)
      if (cmd.assigns !== undefined && targets[0]) {
        run.variables.set(cmd.assigns, {
          kind: targets[0].kind,
          namespace: ns ?? '(all namespaces)',
          ...(targets[0].names[0] === undefined
            ? {}
            : { name: targets[0].names[0] }),
          selector: parseSelector(flag(args, '-l') ?? '') ?? [],
          form: outputForm(flag(args, '-o')),
          at,
        })
      }
      return
    }
    case 'top': {
      const what = resolveKind(args.positionals.shift() ?? '')?.kind
      const ns = namespaceOf(run, args, report)
      if (!run.state.list('APIService').some(a => dig(a.value, 'spec', 'group') === 'metrics.k8s.io'))
        report('metrics-api-missing', 'kubectl top reads the Metrics API (metrics.k8s.io), which nothing on the page installs (metrics-server); kubectl answers: error: Metrics API not available')
      if (what === 'Pod') {
        requireTargets(run, [
          { kind: 'Pod', names: args.positionals },
        ], ns, report)
        checkSelector(run, args, 'Pod', ns, report)
      }
      else if (what !== 'Node') {
        report('unknown-kind', 'kubectl top shows pods or nodes')
      }
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
      const slashedVar = slashedVariable(run, target)
      const [kindName, name] = slashedVar
        ? [slashedVar.kind, target]
        : target.includes('/')
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
      requireTargets(run, targetsOf(run, args, report), ns, report, ROLLOUT_KINDS)
      return
    }
    case 'scale': {
      const ns = namespaceOf(run, args, report)
      const targets = targetsOf(run, args, report)
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
    case 'wait':
    case 'patch':
    case 'edit':
    case 'expose': {
      // `key=value` and `key-` are the change, not objects: `kubectl annotate pods -l app=x k=v`.
      if (sub === 'label' || sub === 'annotate')
        args.positionals = args.positionals.filter(p => !/=|-$/.test(p))
      const ns = namespaceOf(run, args, report)
      const targets = targetsOf(run, args, report)
      requireTargets(run, targets, ns, report)
      if (sub === 'patch')
        checkSubresource(run, args, targets, ns, report)
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
