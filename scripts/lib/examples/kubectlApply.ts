// kubectl verbs that create or remove objects from files: `apply`, `create`, `diff` and `delete` with -f
// (a path from the repository root, or a known release manifest's URL; remote.ts) or -k (a kustomization,
// built as kustomize would), and `kubectl kustomize`. A dry run or a diff creates nothing.
import type { Run } from './context'
import type { Args } from './flags'
import type { Report } from './kubectlTargets'
import type { Where } from './model'
import { flag, isDryRun } from './flags'
import { create } from './kubectlCreate'
import { namespaceOf, requireTargets, targetsOf } from './kubectlTargets'
import { build, kustomizationIn } from './kustomizeBuild'
import { keyOf, toObj } from './model'
import { remoteObjects } from './remote'
import { variableOf } from './shell'

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

/** `kubectl apply|create|diff|delete`: -f and -k apply to the model (delete only checks the namespace); without them, `create` is imperative and `delete` removes named objects. */
export function applyOrDelete(run: Run, sub: string, args: Args, at: Where, report: Report): void {
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
}

/** `kubectl kustomize DIR`: DIR is a kustomization directory from the repository root. */
export function kustomize(run: Run, args: Args, report: Report): void {
  const dir = args.positionals[0]
  const abs = dir === undefined
    ? undefined
    : run.examplePath(dir)
  if (!abs || !kustomizationIn(abs))
    report('file-not-found', `${dir ?? '(none)'} is not a kustomization directory from the repository root (write it as ${run.srcName}/…)`)
}
