// kubectl verbs that read: `get` and `describe` (which may bind a shell variable to what they list),
// `top` (which needs the Metrics API), and the Pod sessions `logs`, `exec`, `attach` and `port-forward`.
import type { Run } from './context'
import type { Args } from './flags'
import type { Report } from './kubectlTargets'
import type { Where } from './model'
import type { SimpleCommand } from './shell'
import { flag } from './flags'
import { resolveKind } from './kinds'
import { checkContainer, checkSelector, namespaceOf, requireTargets, targetsOf } from './kubectlTargets'
import { dig } from './model'
import { parseSelector } from './pods'
import { outputForm, slashedVariable } from './variables'

/** `kubectl get|describe`: the targets exist (in every namespace with -A), the selector matches; `VAR=$(kubectl get …)` binds VAR. */
export function getOrDescribe(run: Run, args: Args, all: boolean, cmd: SimpleCommand, at: Where, report: Report): void {
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
}

/** `kubectl top pods|nodes`: the Metrics API is installed, and the Pods exist. */
export function top(run: Run, args: Args, report: Report): void {
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
}

/** `kubectl logs|exec|attach|port-forward`: the target (a Pod by default) exists and has the container -c names. */
export function podSession(run: Run, args: Args, report: Report): void {
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
}
