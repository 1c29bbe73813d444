// What each kubectl line of a page does to the model and what it must find there: files (-f, -k) that
// exist from the repository root, release manifests applied from a URL (remote.ts), kinds and names,
// namespaces (-n), containers (-c, `set image NAME=`, a resize patch), label selectors (-l), rollouts, nodes,
// `--subresource`, the Metrics API `kubectl top` reads and the practice cluster's context; a dry run creates
// nothing. Names are resolved in kubectlTargets.ts, imperative creation is in kubectlCreate.ts; the verbs
// live by family in kubectlApply.ts (files), kubectlRead.ts and kubectlChange.ts. A subcommand
// not modelled here is reported, so a new kind of command is added on purpose rather than passed unseen.
import type { Run } from './context'
import type { Report } from './kubectlTargets'
import type { SimpleCommand } from './shell'
import { flag, parseArgs } from './flags'
import { applyOrDelete, kustomize } from './kubectlApply'
import { changeObjects, nodeCommand, rollout, scale, setImage } from './kubectlChange'
import { runPod } from './kubectlCreate'
import { getOrDescribe, podSession, top } from './kubectlRead'

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
    case 'delete':
      return applyOrDelete(run, sub, args, at, report)
    case 'kustomize':
      return kustomize(run, args, report)
    case 'get':
    case 'describe':
      return getOrDescribe(run, args, all, cmd, at, report)
    case 'top':
      return top(run, args, report)
    case 'logs':
    case 'exec':
    case 'attach':
    case 'port-forward':
      return podSession(run, args, report)
    case 'rollout':
      return rollout(run, args, report)
    case 'scale':
      return scale(run, args, report)
    case 'set':
      return setImage(run, args, report)
    case 'label':
    case 'annotate':
    case 'wait':
    case 'patch':
    case 'edit':
    case 'expose':
      return changeObjects(run, sub, args, report)
    case 'run':
      return runPod(run, args, at, report)
    case 'drain':
    case 'cordon':
    case 'uncordon':
      return nodeCommand(run, sub, args, at, report)
    default:
      report('unmodelled-command', `kubectl ${sub} is not modelled by the example check`)
  }
}
