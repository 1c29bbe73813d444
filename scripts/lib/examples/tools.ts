// The other command-line tools of the pages: helm (create, install/upgrade of a scaffolded chart or a
// repository chart, and the release commands), argocd (app get/diff/history… of an Application in the
// model), kustomize build, kind (the practice cluster's config), argo submit (its file), and the files
// openssl writes. Tools that do not touch the cluster or the examples (docker, trivy, curl…) are skipped.
import type { Run } from './context'
import type { Args } from './flags'
import type { SimpleCommand } from './shell'
import { flag, parseArgs } from './flags'
import { releaseSecret, render, scaffold } from './helmChart'
import { kubectl } from './kubectl'
import { kustomizationIn } from './kustomizeBuild'
import { toObj } from './model'

type Report = (check: string, message: string) => void
interface At { file: string, line: number }

/**
 * helm lint/template/install/upgrade: values files and the chart must exist; install and upgrade add the
 * release (its namespace with --create-namespace) and apply what the chart renders.
 */
function helmInstall(run: Run, sub: 'lint' | 'template' | 'install' | 'upgrade', args: Args, ns: string, at: At, report: Report): void {
  const [name, chartRef] = sub === 'lint'
    ? [undefined, args.positionals[0]]
    : args.positionals
  for (const f of args.flags.get('-f') ?? []) {
    if (!run.resolves(f))
      report('file-not-found', `values file ${f} is neither an example under ${run.srcName}/ nor created by an earlier command`)
  }
  if (chartRef === undefined)
    return
  const local = run.charts.get(chartRef.replace(/^\.\//, '').replace(/\/$/, ''))
  const repo = chartRef.includes('/') && !chartRef.startsWith('.') && run.repos.has(chartRef.split('/')[0]!)
  if (!local && !repo) {
    report('unknown-chart', `chart ${chartRef} is neither created by \`helm create\` nor in a repository added with \`helm repo add\` earlier on the page`)
    return
  }
  if (sub === 'lint' || sub === 'template' || name === undefined)
    return
  if (sub === 'upgrade' && !args.flags.has('--install') && !run.releases.has(`${ns}/${name}`)) {
    report('unknown-release', `no Helm release ${name} in ${ns} to upgrade (add --install)`)
    return
  }
  if (!run.state.hasNamespace(ns)) {
    if (args.flags.has('--create-namespace')) {
      run.apply(toObj({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns },
      }, at, `${at.file}:${at.line}`, () => at.line), at)
    }
    else {
      report('unknown-namespace', `namespace ${ns} does not exist (add --create-namespace or create it first)`)
    }
  }
  const previous = run.releases.get(`${ns}/${name}`)
  const revision = (previous?.revision ?? 0) + 1
  run.releases.set(`${ns}/${name}`, {
    chart: chartRef,
    namespace: ns,
    revision,
    at,
  })
  const origin = `helm release ${ns}/${name}`
  const set = (args.flags.get('--set') ?? []).flatMap(s => s.split(','))
  const replicas = Number(set.find(s => s.startsWith('replicaCount='))?.split('=')[1] ?? 1)
  const docs = local
    ? render(local, name, ns, replicas)
    : []
  for (const doc of [
    ...docs,
    releaseSecret(name, ns, revision),
  ])
    run.apply(toObj(doc, at, origin, () => at.line, ns, `rendered by ${origin} (${at.file}:${at.line})`), at, ns)
}

function helm(run: Run, cmd: SimpleCommand, report: Report): void {
  const at = { file: run.page.file, line: cmd.line }
  const args = parseArgs(cmd.argv.slice(1))
  const sub = args.positionals.shift()
  const ns = flag(args, '-n') ?? 'default'
  const release = (name: string | undefined): void => {
    if (name !== undefined && !run.releases.has(`${ns}/${name}`))
      report('unknown-release', `no Helm release ${name} in ${ns} at this point of the page`)
  }
  switch (sub) {
    case 'repo':
      if (args.positionals[0] === 'add' && args.positionals[1])
        run.repos.add(args.positionals[1])
      return
    case 'create': {
      const name = args.positionals[0]
      if (name) {
        run.charts.set(name, scaffold(name.split('/').at(-1)!, at))
        run.created.add(name)
      }
      return
    }
    case 'lint':
    case 'template':
    case 'install':
    case 'upgrade':
      helmInstall(run, sub, args, ns, at, report)
      return
    case 'list':
    case 'ls':
      if (!run.state.hasNamespace(ns))
        report('unknown-namespace', `namespace ${ns} does not exist at this point of the page`)
      return
    case 'status':
    case 'history':
    case 'rollback':
    case 'uninstall':
    case 'test':
      release(args.positionals[0])
      return
    case 'get':
      release(args.positionals[1])
      return
    default:
      report('unmodelled-command', `helm ${sub ?? ''} is not modelled by the example check`)
  }
}

function argocd(run: Run, cmd: SimpleCommand, report: Report): void {
  const args = parseArgs(cmd.argv.slice(1))
  const [group, sub, name] = args.positionals
  if (group !== 'app' || sub === undefined || ['list', 'create'].includes(sub) || name === undefined)
    return
  if (!run.state.list('Application').some(a => a.name === name))
    report('unknown-object', `no Application ${name} at this point of the page`)
}

export function runCommand(run: Run, cmd: SimpleCommand): void {
  const at = { file: run.page.file, line: cmd.line }
  const report: Report = (check, message) => run.report({ ...at, check, message: `\`${cmd.argv.join(' ')}\`: ${message}` })
  for (const w of cmd.writes)
    run.created.add(w.replace(/^\.\//, ''))
  const [tool, ...rest] = cmd.argv
  switch (tool) {
    case 'kubectl':
      return kubectl(run, cmd)
    case 'helm':
      return helm(run, cmd, report)
    case 'argocd':
      return argocd(run, cmd, report)
    case 'kustomize': {
      const args = parseArgs(rest)
      const dir = args.positionals[1]
      const abs = dir === undefined
        ? undefined
        : run.examplePath(dir)
      if (args.positionals[0] === 'build' && (!abs || !kustomizationIn(abs)))
        report('file-not-found', `${dir ?? '(none)'} is not a kustomization directory from the repository root`)
      return
    }
    case 'kind': {
      const config = flag(parseArgs(rest), '--config')
      if (config !== undefined && !run.resolves(config))
        report('file-not-found', `${config} does not exist from the repository root`)
      return
    }
    case 'argo': {
      const args = parseArgs(rest)
      if (args.positionals[0] === 'submit') {
        for (const f of args.positionals.slice(1)) {
          if (!run.resolves(f))
            report('file-not-found', `${f} does not exist from the repository root`)
        }
      }
      return
    }
    case 'openssl': {
      const args = parseArgs(rest)
      for (const f of [
        ...(args.flags.get('-out') ?? []),
        ...(args.flags.get('-keyout') ?? []),
      ])
        run.created.add(f)
    }
  }
}
