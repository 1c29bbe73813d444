// The objects a kubectl line names and whether they exist at that point of the page: `kind/name` or a kind and
// names (`$POD` variables included), the namespace (-n), label selectors (-l) and containers (-c).
import type { Run } from './context'
import type { Args } from './flags'
import { flag } from './flags'
import { resolveKind } from './kinds'
import { containersOf, parseSelector, podTemplates } from './pods'
import { nameExists, selectsNothing } from './resolve'
import { isPlaceholder, variableOf } from './shell'
import { resolveVariable, slashedVariable, templatesOfVariable } from './variables'

export type Report = (check: string, message: string) => void

export interface Target {
  kind: string
  names: string[]
  /** Whether the kind was typed apart from the names (`get pod x`, not `get pod/x`). */
  separateKind?: boolean
}

/** `deployment/web` or (`deployment`, `web`) → kind and names; reports an unknown kind. */
export function targetsOf(run: Run, args: Args, report: Report): Target[] {
  const [first, ...more] = args.positionals
  if (first === undefined)
    return []
  const out: Target[] = []
  // `$POD` holding `pod/<name>` (-o name) stands where a kind/name would, unless a kind was typed before it.
  const slashedVar = (p: string): boolean => slashedVariable(run, p) !== undefined && resolveKind(first) === undefined
  const slashed = args.positionals.filter(p => (p.includes('/') && !isPlaceholder(p)) || slashedVar(p))
  if (slashed.length > 0) {
    for (const p of slashed) {
      const v = slashedVar(p)
        ? slashedVariable(run, p)!
        : undefined
      if (v) {
        out.push({
          kind: v.kind,
          names: [p],
        })
        continue
      }
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
      out.push({ kind: info.kind, names: more, separateKind: true })
  }
  return out
}

export function namespaceOf(run: Run, args: Args, report: Report): string {
  const ns = flag(args, '-n') ?? 'default'
  if (!run.state.hasNamespace(ns))
    report('unknown-namespace', `namespace ${ns} does not exist at this point of the page`)
  return ns
}

export function requireTargets(run: Run, targets: Target[], ns: string, report: Report, kinds?: Set<string>): void {
  for (const t of targets) {
    if (kinds && !kinds.has(t.kind))
      report('wrong-kind', `${t.kind} cannot be used here (expects ${[...kinds].join(', ')})`)
    for (const name of t.names) {
      if (variableOf(name) !== undefined)
        resolveVariable(run, name, t.kind, ns, t.separateKind === true, report)
      else if (!nameExists(run, t.kind, ns, name))
        report('unknown-object', `no ${t.kind} ${name} in ${ns} at this point of the page`)
    }
  }
}

export function checkSelector(run: Run, args: Args, kind: string, ns: string | undefined, report: Report): void {
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
export function templatesOf(run: Run, kind: string, name: string, ns: string): ReturnType<typeof podTemplates> {
  if (variableOf(name) !== undefined)
    return templatesOfVariable(run, name, ns)
  return podTemplates(run.state, ns).filter(t => kind === 'Pod'
    ? t.podName.test(name)
    : t.owner.kind === kind && t.owner.name === name)
}

export function checkContainer(run: Run, args: Args, kind: string, name: string, ns: string, report: Report): void {
  const c = flag(args, '-c')
  if (c === undefined || isPlaceholder(name))
    return
  for (const t of templatesOf(run, kind, name, ns)) {
    if (!containersOf(t.spec).some(x => x.name === c))
      report('unknown-container', `${t.owner.kind} ${t.owner.name} has no container named "${c}" (${containersOf(t.spec).map(x => x.name).join(', ')})`)
  }
}
