// References between the objects of a page once its examples are applied, named after kube-linter's checks
// where it has one (dangling-service, dangling-ingress, non-existent-service-account) and in the same style
// otherwise: Services that select no Pod template, Ingress and Gateway API backends, TLS Secrets,
// ConfigMaps, Secrets, PVCs, ServiceAccounts, PriorityClasses, a StatefulSet's serviceName, a Pod's
// subdomain, a Route's parent Gateway and listener (and whether the listener admits the Route's namespace),
// a PDB's selector, an ExternalSecret's store, an Application's destination namespace, an HPA's scale target,
// and the Pods a NetworkPolicy and its same-namespace podSelector peers select.
import type { Finding, Obj, State } from './model'
import type { PodTemplate } from './pods'
import { asList, asStringMap, dig } from './model'
import { containersOf, describeSelector, fromLabelSelector, fromMap, matches, podTemplates } from './pods'

type Report = (o: Obj, pointer: string, check: string, message: string) => void

function serviceRefs(state: State, o: Obj, report: Report): void {
  const ns = o.namespace!
  const backend = (pointer: string, name: unknown, check: string): void => {
    if (typeof name === 'string' && !state.get('Service', ns, name))
      report(o, pointer, check, `${o.kind} ${ns}/${o.name} sends traffic to Service ${name}, which no example of the page creates in ${ns}`)
  }
  if (o.kind === 'Ingress') {
    backend('/spec/defaultBackend/service/name', dig(o.value, 'spec', 'defaultBackend', 'service', 'name'), 'dangling-ingress')
    asList(dig(o.value, 'spec', 'rules')).forEach((r, ri) => asList(dig(r, 'http', 'paths')).forEach((p, pi) =>
      backend(`/spec/rules/${ri}/http/paths/${pi}/backend/service/name`, dig(p, 'backend', 'service', 'name'), 'dangling-ingress')))
    asList(dig(o.value, 'spec', 'tls')).forEach((t, ti) => {
      const secret = dig(t, 'secretName')
      if (typeof secret === 'string' && !state.get('Secret', ns, secret))
        report(o, `/spec/tls/${ti}/secretName`, 'missing-tls-secret', `TLS Secret ${ns}/${secret} is created by no example or command of the page`)
    })
  }
  if (o.kind === 'HTTPRoute' || o.kind === 'GRPCRoute') {
    const check = `dangling-${o.kind.toLowerCase()}`
    asList(dig(o.value, 'spec', 'rules')).forEach((r, ri) => asList(dig(r, 'backendRefs')).forEach((b, bi) => {
      const pointer = `/spec/rules/${ri}/backendRefs/${bi}/name`
      if ((dig(b, 'kind') ?? 'Service') !== 'Service')
        return
      const target = String(dig(b, 'namespace') ?? ns)
      if (!state.get('Service', target, String(dig(b, 'name'))))
        report(o, pointer, check, `${o.kind} ${ns}/${o.name} sends traffic to Service ${target}/${String(dig(b, 'name'))}, which no example of the page creates`)
      else if (target !== ns && !state.list('ReferenceGrant', target).some(g => asList(dig(g.value, 'spec', 'from')).some(f => dig(f, 'kind') === o.kind && dig(f, 'namespace') === ns)))
        report(o, pointer, 'missing-referencegrant', `a backend in namespace ${target} needs a ReferenceGrant there that allows ${o.kind} from ${ns}`)
    }))
    parentRefs(state, o, report)
  }
}

function parentRefs(state: State, o: Obj, report: Report): void {
  asList(dig(o.value, 'spec', 'parentRefs')).forEach((p, pi) => {
    const pointer = `/spec/parentRefs/${pi}`
    const gwNs = String(dig(p, 'namespace') ?? o.namespace)
    const gw = state.get('Gateway', gwNs, String(dig(p, 'name')))
    if (!gw) {
      report(o, pointer, 'dangling-parentref', `parent Gateway ${gwNs}/${String(dig(p, 'name'))} is created by no example of the page`)
      return
    }
    const listeners = asList(dig(gw.value, 'spec', 'listeners')).filter(l => dig(p, 'sectionName') === undefined || dig(l, 'name') === dig(p, 'sectionName'))
    if (listeners.length === 0) {
      report(o, `${pointer}/sectionName`, 'dangling-parentref', `Gateway ${gwNs}/${gw.name} has no listener named ${String(dig(p, 'sectionName'))}`)
      return
    }
    const routeNs = state.get('Namespace', undefined, o.namespace!)
    const admits = listeners.some((l) => {
      const from = dig(l, 'allowedRoutes', 'namespaces', 'from') ?? 'Same'
      if (from === 'All')
        return true
      if (from === 'Same')
        return gwNs === o.namespace
      return routeNs !== undefined && matches(fromLabelSelector(dig(l, 'allowedRoutes', 'namespaces', 'selector')), routeNs.labels)
    })
    if (!admits)
      report(o, pointer, 'route-not-allowed', `no listener of Gateway ${gwNs}/${gw.name} admits Routes from namespace ${o.namespace}`)
  })
}

function gatewayRefs(state: State, o: Obj, report: Report): void {
  asList(dig(o.value, 'spec', 'listeners')).forEach((l, li) => asList(dig(l, 'tls', 'certificateRefs')).forEach((c, ci) => {
    const ns = String(dig(c, 'namespace') ?? o.namespace)
    if ((dig(c, 'kind') ?? 'Secret') === 'Secret' && !state.get('Secret', ns, String(dig(c, 'name'))))
      report(o, `/spec/listeners/${li}/tls/certificateRefs/${ci}/name`, 'missing-tls-secret', `TLS Secret ${ns}/${String(dig(c, 'name'))} is created by no example or command of the page`)
  }))
}

/** kube-linter's dangling-networkpolicy and dangling-networkpolicypeer-podselector: selectors that match no Pods. */
function networkPolicyRefs(templates: PodTemplate[], o: Obj, report: Report): void {
  const ns = o.namespace ?? 'default'
  const selects = (selector: unknown): boolean => templates.some(t => t.namespace === ns && matches(fromLabelSelector(selector), t.labels))
  if (!selects(dig(o.value, 'spec', 'podSelector')))
    report(o, '/spec/podSelector', 'dangling-networkpolicy', `NetworkPolicy ${ns}/${o.name} selects no Pod template of the page in ${ns}`)
  for (const direction of ['ingress', 'egress'] as const) {
    const peers = direction === 'ingress'
      ? 'from'
      : 'to'
    asList(dig(o.value, 'spec', direction)).forEach((rule, ri) => asList(dig(rule, peers)).forEach((peer, pi) => {
      // A peer with a namespaceSelector picks Pods of other namespaces, which a page need not create.
      if (dig(peer, 'podSelector') !== undefined && dig(peer, 'namespaceSelector') === undefined && !selects(dig(peer, 'podSelector'))) {
        report(o, `/spec/${direction}/${ri}/${peers}/${pi}/podSelector`, 'dangling-networkpolicypeer-podselector', `NetworkPolicy ${ns}/${o.name} allows ${direction === 'ingress'
          ? 'traffic from'
          : 'traffic to'} Pods matching ${describeSelector(fromLabelSelector(dig(peer, 'podSelector')))}, but no Pod template of the page in ${ns} has those labels`)
      }
    }))
  }
}

function templateRefs(state: State, t: PodTemplate, report: Report): void {
  const { owner: o, namespace: ns, spec, pointer: base } = t
  const need = (kind: string, name: unknown, pointer: string, check: string, optional?: unknown): void => {
    if (typeof name === 'string' && optional !== true && !state.get(kind, kind === 'PriorityClass'
      ? undefined
      : ns, name)) {
      report(o, `${base}/spec${pointer}`, check, `${kind} ${name} is created by no example or command of the page (in ${ns})`)
    }
  }
  const sa = dig(spec, 'serviceAccountName')
  if (typeof sa === 'string' && sa !== 'default')
    need('ServiceAccount', sa, '/serviceAccountName', 'non-existent-service-account')
  need('PriorityClass', dig(spec, 'priorityClassName'), '/priorityClassName', 'dangling-priorityclass')
  asList(spec.volumes).forEach((v, i) => {
    need('ConfigMap', dig(v, 'configMap', 'name'), `/volumes/${i}/configMap`, 'dangling-configmap', dig(v, 'configMap', 'optional'))
    need('Secret', dig(v, 'secret', 'secretName'), `/volumes/${i}/secret`, 'dangling-secret', dig(v, 'secret', 'optional'))
    need('PersistentVolumeClaim', dig(v, 'persistentVolumeClaim', 'claimName'), `/volumes/${i}/persistentVolumeClaim`, 'dangling-persistentvolumeclaim')
  })
  for (const { c, init, index } of containersOf(spec)) {
    const at = `/${init ? 'initContainers' : 'containers'}/${index}`
    asList(c.env).forEach((e, ei) => {
      need('ConfigMap', dig(e, 'valueFrom', 'configMapKeyRef', 'name'), `${at}/env/${ei}`, 'dangling-configmap', dig(e, 'valueFrom', 'configMapKeyRef', 'optional'))
      need('Secret', dig(e, 'valueFrom', 'secretKeyRef', 'name'), `${at}/env/${ei}`, 'dangling-secret', dig(e, 'valueFrom', 'secretKeyRef', 'optional'))
    })
    asList(c.envFrom).forEach((e, ei) => {
      need('ConfigMap', dig(e, 'configMapRef', 'name'), `${at}/envFrom/${ei}`, 'dangling-configmap', dig(e, 'configMapRef', 'optional'))
      need('Secret', dig(e, 'secretRef', 'name'), `${at}/envFrom/${ei}`, 'dangling-secret', dig(e, 'secretRef', 'optional'))
    })
  }
  const sub = dig(spec, 'subdomain')
  if (typeof sub === 'string' && dig(state.get('Service', ns, sub)?.value, 'spec', 'clusterIP') !== 'None')
    report(o, `${base}/spec/subdomain`, 'dangling-subdomain', `subdomain ${sub} needs a Headless Service of that name in ${ns} for the Pods' DNS names`)
}

/** Every reference check over a page's end state. */
export function checkReferences(state: State, report: (f: Finding) => void): void {
  const at: Report = (o, pointer, check, message) => report({
    file: o.at.file,
    line: o.lineOf(pointer),
    check,
    message,
  })
  const templates = podTemplates(state)
  for (const o of state.objects.values()) {
    if (o.at.file.endsWith('kind-cluster.yaml'))
      continue
    const ns = o.namespace ?? 'default'
    if (o.kind === 'Service') {
      const selector = asStringMap(dig(o.value, 'spec', 'selector'))
      if (Object.keys(selector).length > 0 && !templates.some(t => t.namespace === ns && matches(fromMap(selector), t.labels)))
        at(o, '/spec/selector', 'dangling-service', `Service ${ns}/${o.name} selects ${describeSelector(fromMap(selector))}, but no Pod template of the page in ${ns} has those labels: it has no endpoints`)
    }
    if (o.kind === 'PodDisruptionBudget') {
      const reqs = fromLabelSelector(dig(o.value, 'spec', 'selector'))
      if (!templates.some(t => t.namespace === ns && matches(reqs, t.labels)))
        at(o, '/spec/selector', 'dangling-poddisruptionbudget', `PodDisruptionBudget ${ns}/${o.name} selects no Pod template of the page`)
    }
    if (o.kind === 'StatefulSet') {
      const svc = dig(o.value, 'spec', 'serviceName')
      if (typeof svc === 'string' && dig(state.get('Service', ns, svc)?.value, 'spec', 'clusterIP') !== 'None')
        at(o, '/spec/serviceName', 'dangling-statefulset-service', `serviceName ${svc} names no Headless Service in ${ns}: the Pods get no DNS names`)
    }
    if (o.kind === 'ExternalSecret') {
      const kind = String(dig(o.value, 'spec', 'secretStoreRef', 'kind') ?? 'SecretStore')
      const name = String(dig(o.value, 'spec', 'secretStoreRef', 'name'))
      if (!state.get(kind, kind === 'ClusterSecretStore'
        ? undefined
        : ns, name)) {
        at(o, '/spec/secretStoreRef', 'dangling-secretstore', `${kind} ${name} is created by no example of the page`)
      }
    }
    if (o.kind === 'Application') {
      const dest = dig(o.value, 'spec', 'destination', 'namespace')
      const creates = asList(dig(o.value, 'spec', 'syncPolicy', 'syncOptions')).includes('CreateNamespace=true')
      if (typeof dest === 'string' && !creates && !state.hasNamespace(dest))
        at(o, '/spec/destination/namespace', 'namespace-not-created', `destination namespace ${dest} exists nowhere and CreateNamespace=true is not set`)
    }
    if (o.kind === 'HorizontalPodAutoscaler') {
      const kind = String(dig(o.value, 'spec', 'scaleTargetRef', 'kind'))
      const name = String(dig(o.value, 'spec', 'scaleTargetRef', 'name'))
      if (!state.get(kind, ns, name))
        at(o, '/spec/scaleTargetRef', 'dangling-horizontalpodautoscaler', `HorizontalPodAutoscaler ${ns}/${o.name} scales ${kind} ${name}, which no example of the page creates in ${ns}`)
    }
    if (o.kind === 'NetworkPolicy')
      networkPolicyRefs(templates, o, at)
    if (o.kind === 'Gateway')
      gatewayRefs(state, o, at)
    serviceRefs(state, o, at)
  }
  for (const t of templates)
    templateRefs(state, t, at)
}
