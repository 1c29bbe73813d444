// Output blocks against the model: each says it is an expected output and which Kubernetes version and
// tool it shows; the names in it are objects (or Pods of templates) of the page, counts stay within
// replicas and retries, READY columns match the containers, columns such as CAPACITY, SCHEDULE,
// MIN AVAILABLE or an HPA's REFERENCE, MINPODS and MAXPODS match the manifests, addresses fall in the
// practice cluster's ranges (Pod and Service subnets; external addresses in the RFC 5737 documentation
// ranges), nodes are its workers, an nslookup returns as many addresses as Pods answer, and a YAML block is
// a subset of what the page renders.
import type { Run } from './context'
import type { Finding, Obj } from './model'
import type { Ctx } from './outputContext'
import type { OutputBlock } from './pages'
import { parse as parseYaml } from 'yaml'
import { asList, dig, isDoc } from './model'
import { DOC_RANGES, inRange, IP_RE, podTemplate } from './outputContext'
import { checkTables } from './outputTables'
import { containersOf } from './pods'

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
