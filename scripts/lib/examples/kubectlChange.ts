// kubectl verbs that change objects in place: `rollout`, `scale`, `set image`, `label`, `annotate`,
// `wait`, `patch` (with `--subresource`), `edit` and `expose`, and the node verbs `drain`, `cordon` and
// `uncordon`.
import type { Run } from './context'
import type { Args } from './flags'
import type { Report, Target } from './kubectlTargets'
import type { Where } from './model'
import { parse as parseYaml } from 'yaml'
import { flag } from './flags'
import { resolveKind, ROLLOUT_KINDS } from './kinds'
import { namespaceOf, requireTargets, targetsOf, templatesOf } from './kubectlTargets'
import { asList, dig, keyOf } from './model'
import { containersOf } from './pods'
import { isPlaceholder } from './shell'

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

/** `kubectl rollout VERB TARGET`: the target is a Deployment, StatefulSet or DaemonSet of the page. */
export function rollout(run: Run, args: Args, report: Report): void {
  args.positionals.shift()
  const ns = namespaceOf(run, args, report)
  requireTargets(run, targetsOf(run, args, report), ns, report, ROLLOUT_KINDS)
}

/** `kubectl scale --replicas=N`: the targets exist; the model keeps the most replicas each has had. */
export function scale(run: Run, args: Args, report: Report): void {
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
}

/** `kubectl set image KIND/NAME CONTAINER=IMAGE`: the containers exist. */
export function setImage(run: Run, args: Args, report: Report): void {
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
}

/** `kubectl label|annotate|wait|patch|edit|expose`: the targets exist; a patch's subresource fits. */
export function changeObjects(run: Run, sub: string, args: Args, report: Report): void {
  // `key=value` and `key-` are the change, not objects: `kubectl annotate pods -l app=x k=v`.
  if (sub === 'label' || sub === 'annotate')
    args.positionals = args.positionals.filter(p => !/=|-$/.test(p))
  const ns = namespaceOf(run, args, report)
  const targets = targetsOf(run, args, report)
  requireTargets(run, targets, ns, report)
  if (sub === 'patch')
    checkSubresource(run, args, targets, ns, report)
}

/** `kubectl drain|cordon|uncordon NODE`: NODE is a node of the practice cluster; a drain is noted. */
export function nodeCommand(run: Run, sub: string, args: Args, at: Where, report: Report): void {
  const node = args.positionals[0]
  if (node === undefined || (!isPlaceholder(node) && !run.cluster.nodes.some(n => n.name === node)))
    report('unknown-node', `no node ${node ?? '(none)'} in the practice cluster (${run.cluster.nodes.map(n => n.name).join(', ')})`)
  if (sub === 'drain')
    run.drains.push(at)
}
