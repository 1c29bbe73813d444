// The resource names a reader types (`po`, `deploy`, `hpa`, `applications.argoproj.io`…) and whether a kind is
// namespaced: the part of `kubectl api-resources` the examples and their commands use, with kubectl's own short
// names (`quota`, `limits`, `netpol`; APIService and the RBAC kinds have none). A name missing here is reported as
// unknown, so a new kind has to be added on purpose.

export interface KindInfo {
  kind: string
  namespaced: boolean
}

const TABLE: [kind: string, namespaced: boolean, names: string[]][] = [
  [
    'Pod',
    true,
    ['pods', 'pod', 'po'],
  ],
  [
    'Service',
    true,
    ['services', 'service', 'svc'],
  ],
  [
    'Deployment',
    true,
    [
      'deployments',
      'deployment',
      'deploy',
      'deployments.apps',
    ],
  ],
  [
    'StatefulSet',
    true,
    [
      'statefulsets',
      'statefulset',
      'sts',
      'statefulsets.apps',
    ],
  ],
  [
    'DaemonSet',
    true,
    ['daemonsets', 'daemonset', 'ds'],
  ],
  [
    'ReplicaSet',
    true,
    ['replicasets', 'replicaset', 'rs'],
  ],
  [
    'Job',
    true,
    ['jobs', 'job', 'jobs.batch'],
  ],
  [
    'CronJob',
    true,
    ['cronjobs', 'cronjob', 'cj'],
  ],
  [
    'PersistentVolumeClaim',
    true,
    ['persistentvolumeclaims', 'persistentvolumeclaim', 'pvc'],
  ],
  [
    'PersistentVolume',
    false,
    ['persistentvolumes', 'persistentvolume', 'pv'],
  ],
  [
    'ConfigMap',
    true,
    ['configmaps', 'configmap', 'cm'],
  ],
  [
    'Secret',
    true,
    ['secrets', 'secret'],
  ],
  [
    'ServiceAccount',
    true,
    ['serviceaccounts', 'serviceaccount', 'sa'],
  ],
  [
    'Namespace',
    false,
    ['namespaces', 'namespace', 'ns'],
  ],
  [
    'Node',
    false,
    ['nodes', 'node', 'no'],
  ],
  [
    'Event',
    true,
    ['events', 'event', 'ev'],
  ],
  [
    'EndpointSlice',
    true,
    ['endpointslices', 'endpointslice'],
  ],
  [
    'Ingress',
    true,
    ['ingresses', 'ingress', 'ing'],
  ],
  [
    'IngressClass',
    false,
    ['ingressclasses', 'ingressclass'],
  ],
  [
    'StorageClass',
    false,
    ['storageclasses', 'storageclass', 'sc'],
  ],
  [
    'VolumeAttachment',
    false,
    ['volumeattachments', 'volumeattachment'],
  ],
  [
    'PriorityClass',
    false,
    ['priorityclasses', 'priorityclass', 'pc'],
  ],
  [
    'PodDisruptionBudget',
    true,
    ['poddisruptionbudgets', 'poddisruptionbudget', 'pdb'],
  ],
  [
    'HorizontalPodAutoscaler',
    true,
    [
      'horizontalpodautoscalers',
      'horizontalpodautoscaler',
      'hpa',
      'horizontalpodautoscalers.autoscaling',
    ],
  ],
  [
    'ResourceQuota',
    true,
    ['resourcequotas', 'resourcequota', 'quota'],
  ],
  [
    'LimitRange',
    true,
    ['limitranges', 'limitrange', 'limits'],
  ],
  [
    'NetworkPolicy',
    true,
    [
      'networkpolicies',
      'networkpolicy',
      'netpol',
      'networkpolicies.networking.k8s.io',
    ],
  ],
  [
    'Role',
    true,
    ['roles', 'role', 'roles.rbac.authorization.k8s.io'],
  ],
  [
    'RoleBinding',
    true,
    ['rolebindings', 'rolebinding', 'rolebindings.rbac.authorization.k8s.io'],
  ],
  [
    'ClusterRole',
    false,
    ['clusterroles', 'clusterrole', 'clusterroles.rbac.authorization.k8s.io'],
  ],
  [
    'ClusterRoleBinding',
    false,
    ['clusterrolebindings', 'clusterrolebinding', 'clusterrolebindings.rbac.authorization.k8s.io'],
  ],
  [
    'APIService',
    false,
    ['apiservices', 'apiservice', 'apiservices.apiregistration.k8s.io'],
  ],
  [
    'CustomResourceDefinition',
    false,
    [
      'customresourcedefinitions',
      'customresourcedefinition',
      'crd',
      'crds',
    ],
  ],
  [
    'GatewayClass',
    false,
    ['gatewayclasses', 'gatewayclass', 'gatewayclasses.gateway.networking.k8s.io'],
  ],
  [
    'Gateway',
    true,
    [
      'gateways',
      'gateway',
      'gtw',
      'gateways.gateway.networking.k8s.io',
    ],
  ],
  [
    'HTTPRoute',
    true,
    ['httproutes', 'httproute', 'httproutes.gateway.networking.k8s.io'],
  ],
  [
    'GRPCRoute',
    true,
    ['grpcroutes', 'grpcroute', 'grpcroutes.gateway.networking.k8s.io'],
  ],
  [
    'ReferenceGrant',
    true,
    ['referencegrants', 'referencegrant'],
  ],
  [
    'Application',
    true,
    [
      'applications',
      'application',
      'app',
      'apps',
      'applications.argoproj.io',
    ],
  ],
  [
    'ApplicationSet',
    true,
    [
      'applicationsets',
      'applicationset',
      'appset',
      'applicationsets.argoproj.io',
    ],
  ],
  [
    'AppProject',
    true,
    ['appprojects', 'appproject', 'appprojects.argoproj.io'],
  ],
  [
    'Workflow',
    true,
    [
      'workflows',
      'workflow',
      'wf',
      'workflows.argoproj.io',
    ],
  ],
  [
    'ExternalSecret',
    true,
    [
      'externalsecrets',
      'externalsecret',
      'es',
      'externalsecrets.external-secrets.io',
    ],
  ],
  [
    'SecretStore',
    true,
    [
      'secretstores',
      'secretstore',
      'ss',
      'secretstores.external-secrets.io',
    ],
  ],
  [
    'ClusterSecretStore',
    false,
    [
      'clustersecretstores',
      'clustersecretstore',
      'css',
      'clustersecretstores.external-secrets.io',
    ],
  ],
]

const BY_NAME = new Map<string, KindInfo>(TABLE.flatMap(([kind, namespaced, names]) => [
  kind.toLowerCase(),
  ...names,
].map(n => [
  n,
  { kind, namespaced },
])))
const BY_KIND = new Map<string, KindInfo>(TABLE.map(([kind, namespaced]) => [
  kind,
  { kind, namespaced },
]))

/** `svc`, `deploy`, `applications.argoproj.io` → its kind, or undefined. */
export function resolveKind(name: string): KindInfo | undefined {
  return BY_NAME.get(name.toLowerCase())
}

/** Whether objects of a kind live in a namespace (unknown kinds are taken as namespaced). */
export function isNamespaced(kind: string): boolean {
  return BY_KIND.get(kind)?.namespaced ?? true
}

/** Kinds whose objects carry a Pod template (and the path to it). */
export const POD_TEMPLATE_PATHS: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: [
    'spec',
    'jobTemplate',
    'spec',
    'template',
  ],
}

/** Workloads `kubectl rollout` works on. */
export const ROLLOUT_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet'])
