// Output blocks against the model: each says it is an expected output and which Kubernetes version and
// tool it shows; the names in it are objects (or Pods of templates) of the page, counts stay within
// replicas and retries, READY columns match the containers, columns such as CAPACITY, SCHEDULE,
// MIN AVAILABLE or an HPA's REFERENCE, MINPODS and MAXPODS match the manifests, addresses fall in the
// practice cluster's ranges (Pod and Service subnets; external addresses in the RFC 5737 documentation
// ranges), nodes are its workers, an nslookup returns as many addresses as Pods answer, and a YAML block is
// a subset of what the page renders.
import type { Run } from './context'
import type { Finding, Obj } from './model'
import type { OutputBlock } from './pages'
import type { PodTemplate } from './pods'
import ipaddr from 'ipaddr.js'
import { parse as parseYaml } from 'yaml'
import { asList, dig, isDoc } from './model'
import { containersOf, fromLabelSelector, matches, podTemplates } from './pods'

export const TOOLS = [
  'kubectl',
  'Helm',
  'helm',
  'Argo CD',
  'argocd',
  'argo',
  'Kustomize',
  'nslookup',
  'curl',
  'kubeconform',
  'Conftest',
  'Pluto',
  'Trivy',
]
const DOC_RANGES = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24']
const IP_RE = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/g

function inRange(ip: string, cidrs: string[]): boolean {
  if (!ipaddr.IPv4.isValid(ip))
    return false
  const addr = ipaddr.IPv4.parse(ip)
  return cidrs.some(c => addr.match(ipaddr.IPv4.parseCIDR(c)))
}

type Kind = 'Pod' | 'PersistentVolumeClaim' | 'Service' | 'Ingress' | 'GatewayClass' | 'Gateway' | 'PodDisruptionBudget' | 'CronJob' | 'Application' | 'release' | 'ExternalSecret' | 'PriorityClass' | 'StorageClass' | 'HorizontalPodAutoscaler'

/** Which list a table is, by its header's columns. */
export function tableKind(columns: string[]): Kind | undefined {
  const has = (...c: string[]): boolean => c.every(x => columns.includes(x))
  // `kubectl top pods` lists Pods too; `kubectl top nodes` adds the CPU% and MEMORY% columns.
  if (has('READY', 'STATUS', 'RESTARTS') || (has('CPU(cores)', 'MEMORY(bytes)') && !has('CPU%')))
    return 'Pod'
  if (has('REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS'))
    return 'HorizontalPodAutoscaler'
  if (has('STATUS', 'VOLUME', 'CAPACITY'))
    return 'PersistentVolumeClaim'
  if (has('TYPE', 'CLUSTER-IP'))
    return 'Service'
  if (has('CLASS', 'HOSTS'))
    return 'Ingress'
  if (has('CONTROLLER', 'ACCEPTED'))
    return 'GatewayClass'
  if (has('CLASS', 'PROGRAMMED'))
    return 'Gateway'
  if (has('MIN AVAILABLE'))
    return 'PodDisruptionBudget'
  if (has('SCHEDULE', 'SUSPEND'))
    return 'CronJob'
  if (has('SYNC STATUS'))
    return 'Application'
  if (has('NAMESPACE', 'REVISION', 'CHART'))
    return 'release'
  if (has('STORETYPE', 'STORE'))
    return 'ExternalSecret'
  if (has('VALUE', 'GLOBAL-DEFAULT'))
    return 'PriorityClass'
  if (has('PROVISIONER'))
    return 'StorageClass'
  return undefined
}

interface Ctx {
  run: Run
  block: OutputBlock
  report: (line: number, check: string, message: string) => void
}

function podTemplate(run: Run, name: string, namespace?: string): PodTemplate | undefined {
  return podTemplates(run.state, namespace).find(t => t.podName.test(name))
}

function checkRow(ctx: Ctx, kind: Kind, cell: (c: string) => string | undefined, line: number, counts: Map<string, { t: PodTemplate, names: Set<string> }>): void {
  const { run, report } = ctx
  const name = cell('NAME')!.replace(/\s*\(default\)$/, '')
  const expect = (column: string, actual: unknown, what: string): void => {
    const shown = cell(column)
    if (shown !== undefined && actual !== undefined && shown !== String(actual))
      report(line, 'output-mismatch', `${column} ${shown} disagrees with ${what} (${String(actual)})`)
  }
  const ip = (column: string, ranges: string[], what: string, allow: string[] = []): void => {
    const shown = cell(column)
    if (shown !== undefined && !allow.includes(shown) && !inRange(shown, ranges))
      report(line, 'output-address', `${column} ${shown} is not ${what} (${ranges.join(', ')})`)
  }
  if (kind === 'Pod') {
    const t = podTemplate(run, name)
    if (!t) {
      report(line, 'output-unknown-object', `Pod ${name} belongs to no workload or Pod of the page`)
      return
    }
    const key = `${t.owner.kind} ${t.owner.namespace}/${t.owner.name}`
    const entry = counts.get(key) ?? {
      t,
      names: new Set<string>(),
    }
    entry.names.add(name)
    counts.set(key, entry)
    const ready = /^\d+\/(\d+)$/.exec(cell('READY') ?? '')
    const containers = containersOf(t.spec).filter(c => !c.init).length
    if (ready && Number(ready[1]) !== containers)
      report(line, 'output-mismatch', `READY ${ready[0]} but ${t.owner.kind} ${t.owner.name} runs ${containers} container(s) per Pod`)
    ip('IP', [run.cluster.podSubnet], 'in the practice cluster\'s Pod subnet')
    const node = cell('NODE')
    if (node !== undefined && !run.cluster.nodes.some(n => n.role === 'worker' && n.name === node))
      report(line, 'output-mismatch', `NODE ${node} is not a worker of the practice cluster`)
    return
  }
  if (kind === 'release') {
    const r = run.releases.get(`${cell('NAMESPACE')}/${name}`)
    const chart = r && run.charts.get(r.chart.replace(/^\.\//, ''))
    if (!r)
      report(line, 'output-unknown-object', `no Helm release ${name} in ${cell('NAMESPACE')} on the page`)
    else if (Number(cell('REVISION')) > r.revision)
      report(line, 'output-mismatch', `REVISION ${cell('REVISION')} but the page installs or upgrades ${name} ${r.revision} time(s)`)
    if (chart) {
      expect('CHART', `${chart.name}-${chart.version}`, 'the scaffolded chart')
      expect('APP VERSION', chart.appVersion, 'the scaffolded chart\'s appVersion')
    }
    return
  }
  const objects = [
    ...run.state.objects.values(),
  ].filter(o => o.kind === kind && o.name === name)
  if (objects.length === 0) {
    if (kind !== 'GatewayClass' || !run.state.list('Gateway').some(g => dig(g.value, 'spec', 'gatewayClassName') === name))
      report(line, 'output-unknown-object', `${kind} ${name} is created by no example or command of the page`)
    return
  }
  const o = objects[0]!
  const v = (...path: string[]): unknown => dig(o.value, ...path)
  switch (kind) {
    case 'PersistentVolumeClaim':
      expect('CAPACITY', v('spec', 'resources', 'requests', 'storage'), 'the claim\'s request')
      expect('STORAGECLASS', v('spec', 'storageClassName') ?? 'standard', 'the claim\'s StorageClass')
      break
    case 'Service':
      expect('TYPE', v('spec', 'type') ?? 'ClusterIP', 'the Service type')
      ip('CLUSTER-IP', [run.cluster.serviceSubnet], 'in the practice cluster\'s Service subnet', ['None'])
      ip('EXTERNAL-IP', DOC_RANGES, 'a documentation address', ['<pending>', '<none>'])
      break
    case 'Ingress':
      expect('CLASS', v('spec', 'ingressClassName'), 'ingressClassName')
      ip('ADDRESS', DOC_RANGES, 'a documentation address', [''])
      break
    case 'Gateway':
      expect('CLASS', v('spec', 'gatewayClassName'), 'gatewayClassName')
      ip('ADDRESS', DOC_RANGES, 'a documentation address', [''])
      break
    case 'PodDisruptionBudget': {
      expect('MIN AVAILABLE', v('spec', 'minAvailable'), 'minAvailable')
      const min = Number(v('spec', 'minAvailable') ?? 0)
      const pods = podTemplates(run.state, o.namespace).filter(t => matches(fromLabelSelector(v('spec', 'selector')), t.labels)).reduce((n, t) => n + t.count, 0)
      if (Number(cell('ALLOWED DISRUPTIONS')) > pods - min)
        report(line, 'output-mismatch', `ALLOWED DISRUPTIONS ${cell('ALLOWED DISRUPTIONS')} exceeds ${pods} Pod(s) − minAvailable ${min}`)
      break
    }
    case 'CronJob':
      expect('SCHEDULE', v('spec', 'schedule'), 'the schedule')
      expect('TIMEZONE', v('spec', 'timeZone') ?? '<none>', 'timeZone')
      expect('SUSPEND', v('spec', 'suspend') === true
        ? 'True'
        : 'False', 'suspend')
      break
    case 'ExternalSecret':
      expect('STORE', v('spec', 'secretStoreRef', 'name'), 'secretStoreRef')
      expect('STORETYPE', v('spec', 'secretStoreRef', 'kind') ?? 'SecretStore', 'secretStoreRef.kind')
      expect('REFRESH INTERVAL', v('spec', 'refreshInterval'), 'refreshInterval')
      break
    case 'PriorityClass':
      expect('VALUE', v('value'), 'the value')
      break
    case 'HorizontalPodAutoscaler': {
      expect('REFERENCE', `${String(v('spec', 'scaleTargetRef', 'kind'))}/${String(v('spec', 'scaleTargetRef', 'name'))}`, 'scaleTargetRef')
      expect('MINPODS', v('spec', 'minReplicas') ?? 1, 'minReplicas')
      expect('MAXPODS', v('spec', 'maxReplicas'), 'maxReplicas')
      const replicas = Number(cell('REPLICAS'))
      if (replicas > Number(v('spec', 'maxReplicas')))
        report(line, 'output-mismatch', `REPLICAS ${replicas} exceeds maxReplicas ${String(v('spec', 'maxReplicas'))}`)
      break
    }
  }
}

function checkTables(ctx: Ctx): void {
  const lines = ctx.block.code.split('\n')
  let columns: string[] | undefined
  let kind: Kind | undefined
  const counts = new Map<string, { t: PodTemplate, names: Set<string> }>()
  lines.forEach((text, i) => {
    const line = ctx.block.line + 1 + i
    if (text.trim() === '') {
      columns = undefined
      return
    }
    if (/^NAME\s/.test(text)) {
      columns = text.trim().split(/\s{2,}/)
      kind = tableKind(columns)
      return
    }
    if (!columns || !kind)
      return
    const cells = text.trim().split(/\s{2,}/)
    if (cells.length < 2) {
      columns = undefined
      return
    }
    const cell = (c: string): string | undefined => {
      const i = columns!.indexOf(c)
      return i < 0
        ? undefined
        : cells[i]
    }
    checkRow(ctx, kind, cell, line, counts)
  })
  for (const { t, names } of counts.values()) {
    if (names.size > t.count)
      ctx.report(ctx.block.line, 'output-count', `${names.size} Pods of ${t.owner.kind} ${t.owner.name}, which has at most ${t.count} at a time on this page`)
  }
}

function checkLines(ctx: Ctx): void {
  const { run, block, report } = ctx
  const lines = block.code.split('\n')
  const first = lines.findIndex(l => /^Name:\s/.test(l))
  const lookupName = first < 0
    ? undefined
    : /^Name:\s+(\S+)/.exec(lines[first]!)?.[1]
  // Lines before the first Name: are the DNS server's own address.
  const addresses = lines.slice(Math.max(first, 0)).filter(l => /^Address(?:\s+\d+)?:\s/.test(l))
  if (lookupName && addresses.length > 0) {
    const lookup = run.lookups.find(l => lookupName === l.name || lookupName.startsWith(`${l.name}.`))
    if (!lookup)
      report(block.line, 'output-unknown-object', `no nslookup of ${lookupName} on the page`)
    else if (addresses.length !== lookup.addresses)
      report(block.line, 'output-count', `${addresses.length} address(es) for ${lookupName}, but ${lookup.addresses} Pod(s) answer for it`)
    for (const [, ip] of addresses.join('\n').matchAll(IP_RE)) {
      if (!inRange(ip!, [run.cluster.podSubnet, run.cluster.serviceSubnet]))
        report(block.line, 'output-address', `${ip} is outside the practice cluster's Pod and Service subnets`)
    }
  }
  lines.forEach((text, i) => {
    const line = block.line + 1 + i
    for (const m of text.matchAll(/evicting pod ([\w-]+)\/([\w-]+)/g)) {
      if (!podTemplate(run, m[2]!, m[1]))
        report(line, 'output-unknown-object', `Pod ${m[1]}/${m[2]} belongs to no workload of the page`)
    }
    const prefix = /^\[pod\/([\w-]+)\/([\w-]+)\]/.exec(text)
    if (prefix) {
      const t = podTemplate(run, prefix[1]!)
      if (!t)
        report(line, 'output-unknown-object', `Pod ${prefix[1]} belongs to no workload of the page`)
      else if (!containersOf(t.spec).some(c => c.name === prefix[2]))
        report(line, 'output-mismatch', `${t.owner.kind} ${t.owner.name} has no container ${prefix[2]}`)
    }
    const nodes = /\b0\/(\d+) nodes are available/.exec(text)
    if (nodes && Number(nodes[1]) !== run.cluster.nodes.length)
      report(line, 'output-mismatch', `${nodes[1]} nodes, but the practice cluster has ${run.cluster.nodes.length}`)
  })
}

function subsetDiff(shown: unknown, actual: unknown, path = ''): string | undefined {
  if (isDoc(shown)) {
    for (const [k, v] of Object.entries(shown)) {
      const d = subsetDiff(v, dig(actual, k), `${path}/${k}`)
      if (d)
        return d
    }
    return undefined
  }
  if (Array.isArray(shown)) {
    for (const [i, v] of shown.entries()) {
      const d = subsetDiff(v, asList(actual)[i], `${path}/${i}`)
      if (d)
        return d
    }
    return undefined
  }
  return String(shown) === String(actual)
    ? undefined
    : `${path} is ${JSON.stringify(shown)} in the block, ${JSON.stringify(actual)} in what the page renders`
}

function checkYaml(ctx: Ctx): void {
  let shown: unknown
  try {
    shown = parseYaml(ctx.block.code)
  }
  catch {
    return
  }
  const name = dig(shown, 'metadata', 'name')
  if (typeof name !== 'string')
    return
  const ns = dig(shown, 'metadata', 'namespace')
  const candidates: Obj[] = [
    ...ctx.run.state.objects.values(),
  ].filter(o => o.name === name && (ns === undefined || o.namespace === ns) && (dig(shown, 'kind') === undefined || o.kind === dig(shown, 'kind')))
  if (candidates.length === 0) {
    ctx.report(ctx.block.line, 'output-unknown-object', `${String(ns ?? '')}/${name} is not an object the page creates`)
    return
  }
  const diffs = candidates.map(o => subsetDiff(shown, o.value))
  if (diffs.every(Boolean))
    ctx.report(ctx.block.line, 'output-mismatch', diffs[0]!)
}

/** Checks one output block; `needsCluster` is false for pages whose commands never reach a cluster. */
export function checkOutput(run: Run, block: OutputBlock, needsCluster: boolean, report: (f: Finding) => void): void {
  const ctx: Ctx = {
    run,
    block,
    report: (line, check, message) => report({
      file: run.page.file,
      line,
      check,
      message,
    }),
  }
  const label = block.label
  const version = /Kubernetes (v\d+\.\d+\.\d+)/.exec(label)?.[1]
  const problems: string[] = []
  if (!label.includes('期待される出力'))
    problems.push('say it is the expected output (期待される出力), not one captured from a cluster')
  if (!TOOLS.some(t => label.includes(t)))
    problems.push(`name the tool it shows (${TOOLS.join(', ')})`)
  if (needsCluster && version !== run.cluster.version)
    problems.push(`name the practice cluster's version: Kubernetes ${run.cluster.version ?? '(the kind config pins none)'}`)
  if (problems.length > 0)
    ctx.report(block.labelLine, 'output-label', `the label of the output block on line ${block.line} must ${problems.join('; ')}`)
  if (block.info === 'yaml')
    checkYaml(ctx)
  else
    checkTables(ctx)
  checkLines(ctx)
  if (block.info !== 'yaml') {
    // Addresses outside tables and lookups (client_address=…): a cluster range or a documentation range.
    for (const [i, text] of block.code.split('\n').entries()) {
      if (/^(?:NAME\s|Address|Name:)/.test(text) || /\s{2,}/.test(text.trim()))
        continue
      for (const [, ip] of text.matchAll(IP_RE)) {
        if (!inRange(ip!, [...DOC_RANGES, run.cluster.podSubnet, run.cluster.serviceSubnet]))
          ctx.report(block.line + 1 + i, 'output-address', `${ip} is neither in the practice cluster's ranges nor a documentation address`)
      }
    }
  }
}
