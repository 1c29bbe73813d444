// Manifests a page applies from a URL (`kubectl apply -f https://…`), as the objects they are known to create.
// The check never fetches anything, so each release manifest the pages use is one entry here, written from its
// source like probes.ts's table of images; a URL not in the table (Argo CD's install.yaml) is taken on trust and
// adds nothing to the model, as before.
import type { Doc } from './model'

export interface RemoteManifest {
  url: RegExp
  /** Where the objects below were read from. */
  source: string
  /** The objects, for the version the URL's first group captures. */
  objects: (version: string) => Doc[]
}

const METRICS_SERVER_LABELS = { 'k8s-app': 'metrics-server' }

function metricsMeta(name: string, namespaced = true): Doc {
  return {
    name,
    ...(namespaced
      ? { namespace: 'kube-system' }
      : {}),
    labels: METRICS_SERVER_LABELS,
  }
}

/** The release's Deployment: the one object that depends on the version (its image). */
function metricsServerDeployment(version: string): Doc {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metricsMeta('metrics-server'),
    spec: {
      selector: { matchLabels: METRICS_SERVER_LABELS },
      strategy: {
        rollingUpdate: { maxUnavailable: 0 },
      },
      template: {
        metadata: { labels: METRICS_SERVER_LABELS },
        spec: {
          serviceAccountName: 'metrics-server',
          priorityClassName: 'system-cluster-critical',
          containers: [
            {
              name: 'metrics-server',
              image: `registry.k8s.io/metrics-server/metrics-server:${version}`,
              args: [
                '--cert-dir=/tmp',
                '--secure-port=10250',
                '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
                '--kubelet-use-node-status-port',
                '--metric-resolution=15s',
              ],
              ports: [
                { name: 'https', containerPort: 10250, protocol: 'TCP' },
              ],
              volumeMounts: [
                { name: 'tmp-dir', mountPath: '/tmp' },
              ],
            },
          ],
          volumes: [
            { name: 'tmp-dir', emptyDir: {} },
          ],
        },
      },
    },
  }
}

/** metrics-server's release components.yaml (v0.8.x): manifests/base with commonLabels and the release image. */
function metricsServer(version: string): Doc[] {
  const binding = (kind: string, name: string, roleKind: string, role: string): Doc => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: metricsMeta(name, kind === 'RoleBinding'),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role },
    subjects: [
      { kind: 'ServiceAccount', name: 'metrics-server', namespace: 'kube-system' },
    ],
  })
  return [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: metricsMeta('metrics-server'),
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: metricsMeta('system:aggregated-metrics-reader', false),
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: metricsMeta('system:metrics-server', false),
    },
    binding('RoleBinding', 'metrics-server-auth-reader', 'Role', 'extension-apiserver-authentication-reader'),
    binding('ClusterRoleBinding', 'metrics-server:system:auth-delegator', 'ClusterRole', 'system:auth-delegator'),
    binding('ClusterRoleBinding', 'system:metrics-server', 'ClusterRole', 'system:metrics-server'),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: metricsMeta('metrics-server'),
      spec: {
        selector: METRICS_SERVER_LABELS,
        ports: [
          {
            name: 'https',
            port: 443,
            protocol: 'TCP',
            targetPort: 'https',
          },
        ],
      },
    },
    metricsServerDeployment(version),
    {
      apiVersion: 'apiregistration.k8s.io/v1',
      kind: 'APIService',
      metadata: metricsMeta('v1beta1.metrics.k8s.io', false),
      spec: {
        service: { name: 'metrics-server', namespace: 'kube-system' },
        group: 'metrics.k8s.io',
        version: 'v1beta1',
        insecureSkipTLSVerify: true,
        groupPriorityMinimum: 100,
        versionPriority: 100,
      },
    },
  ]
}

export const REMOTE_MANIFESTS: RemoteManifest[] = [
  {
    url: /^https:\/\/github\.com\/kubernetes-sigs\/metrics-server\/releases\/download\/(v0\.8\.\d+)\/components\.yaml$/,
    source: 'kubernetes-sigs/metrics-server manifests/base (+ components/release), v0.8.1',
    objects: metricsServer,
  },
]

/** The objects a URL is known to create, or undefined when the table does not know it. */
export function remoteObjects(url: string): Doc[] | undefined {
  for (const m of REMOTE_MANIFESTS) {
    const match = m.url.exec(url)
    if (match)
      return m.objects(match[1] ?? '')
  }
  return undefined
}
