// Tables in output blocks (`kubectl get`, `helm list`, …): which list a table is, by its header, and
// whether each row names an object of the page whose columns match its manifest.
import type { Ctx } from './outputContext'
import type { PodTemplate } from './pods'
import { dig } from './model'
import { DOC_RANGES, inRange, podTemplate } from './outputContext'
import { containersOf, fromLabelSelector, matches, podTemplates } from './pods'

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

type Counts = Map<string, { t: PodTemplate, names: Set<string> }>

/** One table row as the row checks read it. */
interface Row {
  ctx: Ctx
  line: number
  name: string
  cell: (c: string) => string | undefined
  /** Reports a column whose value disagrees with the page's `actual`. */
  expect: (column: string, actual: unknown, what: string) => void
  /** Reports a column whose address is outside `ranges` (and not one of `allow`). */
  ip: (column: string, ranges: string[], what: string, allow?: string[]) => void
}

function rowOf(ctx: Ctx, cell: (c: string) => string | undefined, line: number): Row {
  const { report } = ctx
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
  return { ctx, line, name, cell, expect, ip }
}

/** A Pod row: it belongs to a workload of the page (counted per workload), READY, IP and NODE fit. */
function checkPodRow({ ctx: { run, report }, line, name, cell, ip }: Row, counts: Counts): void {
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
}

/** A Helm release row: the page installs it, no more revisions than it upgrades, the chart's version. */
function checkReleaseRow({ ctx: { run, report }, line, name, cell, expect }: Row): void {
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
}

/** A row of any other kind: the page creates the object, and the columns match its manifest. */
function checkObjectRow(kind: Kind, { ctx: { run, report }, line, name, cell, expect, ip }: Row): void {
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

function checkRow(ctx: Ctx, kind: Kind, cell: (c: string) => string | undefined, line: number, counts: Counts): void {
  const row = rowOf(ctx, cell, line)
  if (kind === 'Pod')
    checkPodRow(row, counts)
  else if (kind === 'release')
    checkReleaseRow(row)
  else
    checkObjectRow(kind, row)
}

export function checkTables(ctx: Ctx): void {
  const lines = ctx.block.code.split('\n')
  let columns: string[] | undefined
  let kind: Kind | undefined
  const counts: Counts = new Map()
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
