// What `helm create NAME` scaffolds and what installing it renders, without running Helm: a ServiceAccount,
// a Service and a Deployment named by the chart's fullname helper (the release name when it contains the
// chart name, else `<release>-<chart>`), nginx at the chart's appVersion 1.16.0, probes on `/`, plus the
// release record Helm keeps in a Secret `sh.helm.release.v1.<release>.v<revision>` labelled owner=helm.
// Source: helm/helm pkg/chart/v2/util/create.go (the scaffold's Chart.yaml, values.yaml, templates).
// Only `--set replicaCount=N` is read from the values a command gives.
import type { Doc, Where } from './model'

export interface Chart {
  name: string
  version: string
  appVersion: string
  /** Where `helm create` made it. */
  at: Where
}

export function scaffold(name: string, at: Where): Chart {
  return {
    name,
    version: '0.1.0',
    appVersion: '1.16.0',
    at,
  }
}

export function fullname(release: string, chart: string): string {
  return (release.includes(chart)
    ? release
    : `${release}-${chart}`).slice(0, 63).replace(/-+$/, '')
}

/** The manifests a release of a scaffolded chart renders. */
export function render(chart: Chart, release: string, namespace: string, replicaCount = 1): Doc[] {
  const full = fullname(release, chart.name)
  const selector = { 'app.kubernetes.io/name': chart.name, 'app.kubernetes.io/instance': release }
  const labels = {
    'helm.sh/chart': `${chart.name}-${chart.version}`,
    ...selector,
    'app.kubernetes.io/version': chart.appVersion,
    'app.kubernetes.io/managed-by': 'Helm',
  }
  const meta = { name: full, namespace, labels }
  const probe = {
    httpGet: { path: '/', port: 'http' },
  }
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta,
      automountServiceAccountToken: true,
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta,
      spec: {
        type: 'ClusterIP',
        ports: [
          {
            port: 80,
            targetPort: 'http',
            protocol: 'TCP',
            name: 'http',
          },
        ],
        selector,
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta,
      spec: {
        replicas: replicaCount,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: full,
            containers: [
              {
                name: chart.name,
                image: `nginx:${chart.appVersion}`,
                ports: [
                  { name: 'http', containerPort: 80, protocol: 'TCP' },
                ],
                livenessProbe: probe,
                readinessProbe: probe,
              },
            ],
          },
        },
      },
    },
  ]
}

/** The Secret in which Helm 3 and later store a release revision. */
export function releaseSecret(release: string, namespace: string, revision: number): Doc {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${release}.v${revision}`,
      namespace,
      labels: {
        owner: 'helm',
        name: release,
        status: 'deployed',
        version: String(revision),
      },
    },
  }
}
