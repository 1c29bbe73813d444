// The kubectl lines that create objects without a manifest: `create namespace|secret|configmap|job --from`,
// and `run` (a bare Pod, unless --rm or a dry run) with the `nslookup` it may run, answered from the model's
// Services and the Pods they select.
import type { Run } from './context'
import type { Args } from './flags'
import type { Report } from './kubectlTargets'
import type { Doc, Where } from './model'
import { flag, isDryRun } from './flags'
import { namespaceOf } from './kubectlTargets'
import { dig, isDoc, keyOf, toObj } from './model'
import { podTemplates } from './pods'

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

export function create(run: Run, args: Args, at: Where, report: Report): void {
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

export function runPod(run: Run, args: Args, at: Where, report: Report): void {
  const ns = namespaceOf(run, args, report)
  const name = args.positionals[0]
  if (name === undefined)
    return
  // `--rm` deletes the Pod when it exits; a dry run (`--dry-run=server` still passes admission) creates none.
  if (!args.flags.has('--rm') && !isDryRun(args)) {
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
