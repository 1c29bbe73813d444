import type { Cluster } from './cluster'
import type { Doc, Finding } from './model'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { seed } from './cluster'
import { Run } from './context'
import { toObj } from './model'
import { parseFence } from './shell'
import { runCommand } from './tools'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const METRICS_SERVER = 'https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.8.1/components.yaml'

const cluster: Cluster = {
  name: 'notes',
  context: 'kind-notes',
  nodes: [
    { name: 'notes-control-plane', role: 'control-plane', labels: {} },
    { name: 'notes-worker', role: 'worker', labels: {} },
  ],
  version: 'v1.36.4',
  podSubnet: '10.244.0.0/16',
  serviceSubnet: '10.96.0.0/16',
  at: { file: 'kind-cluster.yaml', line: 1 },
}

/** A Deployment `web` (container `app`, Pods labelled app=web) and an HPA on it, in default. */
const WEB: Doc[] = [
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      selector: {
        matchLabels: { app: 'web' },
      },
      template: {
        metadata: {
          labels: { app: 'web' },
        },
        spec: {
          containers: [
            { name: 'app', image: 'nginx:1.27' },
          ],
        },
      },
    },
  },
  {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      maxReplicas: 5,
    },
  },
]

/** `[check]`s of the findings a page's commands raise, run in order on a fresh practice cluster holding `objects`. */
function checks(commands: string, objects: Doc[] = WEB): string[] {
  const found: Finding[] = []
  const page = {
    file: 't.md',
    id: 'notes/t',
    steps: [],
    prerequisites: [],
  }
  const run = new Run(page, cluster, `${root}docs`, 'docs', root, f => found.push(f))
  seed(run.state, cluster)
  for (const o of objects)
    run.apply(toObj(o, { file: 'x.yaml', line: 1 }, 'x.yaml', () => 1), { file: 't.md', line: 1 })
  for (const cmd of parseFence(commands, 1))
    runCommand(run, cmd)
  return found.map(f => `${f.line} [${f.check}]`)
}

describe('kubectl kinds', () => {
  it.each([
    ['kubectl get hpa web', []],
    ['kubectl describe horizontalpodautoscaler web', []],
    [
      'kubectl get hpa nothing',
      ['1 [unknown-object]'],
    ],
    ['kubectl get quota,limits,netpol', []],
    ['kubectl get roles,rolebindings,clusterroles,clusterrolebindings', []],
    ['kubectl get apiservices', []],
    [
      'kubectl get quotas',
      ['1 [unknown-kind]'],
    ],
  ])('%s → %j', (commands, expected) => {
    expect(checks(commands)).toEqual(expected)
  })
})

describe('shell variables from kubectl output', () => {
  const assign = (output: string): string => `POD=$(kubectl get pods -l app=web -o ${output})`
  const byName = assign('jsonpath=\'{.items[0].metadata.name}\'')
  it.each([
    ['a Pod name used as a Pod', `${byName}\nkubectl get pod "$POD"\nkubectl logs "$POD" -c app\nkubectl delete pod "$POD" --wait=false`, []],
    [
      'a Pod name used in another namespace',
      `${byName}\nkubectl -n kube-system get pod "$POD"`,
      ['2 [unknown-object]'],
    ],
    [
      'a Pod name used as a Deployment',
      `${byName}\nkubectl get deployment "$POD"`,
      ['2 [wrong-kind]'],
    ],
    [
      'a Pod name once its Deployment is gone',
      `${byName}\nkubectl delete deployment web\nkubectl get pod "$POD"`,
      ['3 [unknown-object]'],
    ],
    [
      'a selector that matches no Pod',
      'POD=$(kubectl get pods -l app=api -o name)\nkubectl logs "$POD"',
      ['1 [selects-nothing]', '2 [unknown-object]'],
    ],
    ['-o name used alone', `${assign('name')}\nkubectl get "$POD"\nkubectl logs "$POD"`, []],
    [
      '-o name after a kind',
      `${assign('name')}\nkubectl get pod "$POD"`,
      ['2 [variable-not-a-name]'],
    ],
    [
      'a value that is not a name',
      `${assign('jsonpath=\'{.items[0].status.podIP}\'')}\nkubectl get pod "$POD"`,
      ['2 [variable-not-a-name]'],
    ],
    [
      'a variable nothing assigns',
      'kubectl get pod "$POD"',
      ['1 [unknown-variable]'],
    ],
  ])('%s', (_, commands, expected) => {
    expect(checks(commands)).toEqual(expected)
  })
})

describe('kubectl patch --subresource', () => {
  const pod = 'POD=$(kubectl get pods -l app=web -o jsonpath=\'{.items[0].metadata.name}\')\n'
  const resize = (container: string): string => `'{"spec":{"containers":[{"name":"${container}","resources":{"limits":{"cpu":"300m"}}}]}}'`
  it.each([
    ['resize names the Pod\'s container', `${pod}kubectl patch pod "$POD" --subresource resize --patch ${resize('app')}`, []],
    [
      'resize names a container the Pod lacks',
      `${pod}kubectl patch pod "$POD" --subresource resize -p ${resize('web')}`,
      ['2 [unknown-container]'],
    ],
    [
      'resize on a Deployment',
      `kubectl patch deployment web --subresource resize -p ${resize('app')}`,
      ['1 [unknown-subresource]'],
    ],
    ['scale on a Deployment', 'kubectl patch deployment web --subresource=scale --type=merge -p \'{"spec":{"replicas":2}}\'', []],
    [
      'a subresource kubectl does not know',
      'kubectl patch deployment web --subresource logs -p \'{}\'',
      ['1 [unknown-subresource]'],
    ],
  ])('%s', (_, commands, expected) => {
    expect(checks(commands)).toEqual(expected)
  })
})

describe('manifests applied from a URL', () => {
  it.each([
    [
      'metrics-server\'s release manifest creates its Deployment and APIService',
      `kubectl apply -f ${METRICS_SERVER}
kubectl -n kube-system patch deployment metrics-server --type=json -p '[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]'
kubectl -n kube-system rollout status deployment/metrics-server
kubectl wait --for=condition=Available apiservice/v1beta1.metrics.k8s.io --timeout=120s
kubectl top nodes
kubectl top pods -l app=web`,
      [],
    ],
    [
      'a URL the table does not know adds nothing',
      'kubectl apply -f https://example.com/components.yaml\nkubectl -n kube-system get deployment metrics-server',
      ['2 [unknown-object]'],
    ],
    [
      'a release manifest into another namespace (its four namespaced objects)',
      `kubectl apply -n default -f ${METRICS_SERVER}`,
      Array.from({ length: 4 }).fill('1 [namespace-mismatch]'),
    ],
    [
      'kubectl top without the Metrics API',
      'kubectl top pods',
      ['1 [metrics-api-missing]'],
    ],
  ])('%s', (_, commands, expected) => {
    expect(checks(commands)).toEqual(expected)
  })
})

describe('dry runs', () => {
  it.each([
    ['kubectl run creates a bare Pod', 'kubectl run psa-check --image=nginx:1.27\nkubectl get pod psa-check', []],
    [
      'a server-side dry run creates nothing',
      'kubectl run psa-check --image=nginx:1.27 --dry-run=server\nkubectl get pod psa-check',
      ['2 [unknown-object]'],
    ],
    [
      '--rm leaves nothing behind',
      'kubectl run -i --rm psa-check --image=busybox:1.36 -- true\nkubectl get pod psa-check',
      ['2 [unknown-object]'],
    ],
  ])('%s', (_, commands, expected) => {
    expect(checks(commands)).toEqual(expected)
  })
})
