// Pure model of what happens to a client's source IP on the way through a cloud L4 load
// balancer, a node's kube-proxy rules and (optionally) an L7 ingress proxy to a Pod.
// Follows kubernetes.io "Using Source IP" and the Service traffic-policy docs; SourceIpFlow.vue
// only renders the result. Addresses are illustrative (RFC 5737 / typical Pod CIDRs).

export type TrafficPolicy = 'Cluster' | 'Local'

export interface SourceIpOptions {
  /** Service `spec.externalTrafficPolicy`. @default 'Cluster' */
  policy: TrafficPolicy
  /** Whether a Pod of the Service runs on the node that received the packet (node A). */
  localEndpoint: boolean
  /** An L7 proxy (Ingress controller) sits behind the Service and proxies to the app Pod. */
  ingress: boolean
  /** The load balancer prepends a PROXY protocol header and the receiver accepts it. */
  proxyProtocol: boolean
}

export interface Hop {
  name: string
  src: string
  dst: string
  note: string
}

export interface SourceIpResult {
  hops: Hop[]
  /** The TCP source address the final Pod (the app) sees; null when the packet is dropped. */
  podSeesSource: string | null
  /** Where the source address is rewritten to a node IP; null when it never is. */
  snatAt: string | null
  /** The packet arrives at a node without a local endpoint under Local and is dropped. */
  dropped: boolean
  /** Value of X-Forwarded-For the app receives, when an L7 proxy is in the path. */
  forwardedFor: string | null
  /** Client address carried in a PROXY protocol header, when enabled. */
  proxyHeader: string | null
  /** Whether the app can learn the real client IP by any of the means above. */
  clientIpVisible: boolean
  /** Which Pod receives the connection behind the Service (ingress Pod or app Pod). */
  servedBy: 'podA' | 'podB' | null
  summary: string
  tradeoff: string
}

export const ADDR = {
  client: '203.0.113.7',
  clientPort: 51234,
  vip: '198.51.100.10',
  vipPort: 80,
  nodeA: '10.0.1.5',
  nodeB: '10.0.1.6',
  nodePort: 30080,
  snatPort: 40112,
  podA: '10.244.1.12',
  podB: '10.244.2.8',
  podPort: 8080,
  /** The app Pod behind the ingress controller. */
  app: '10.244.2.30',
  proxyPort: 38004,
} as const

export const DEFAULT_OPTIONS: SourceIpOptions = {
  policy: 'Cluster',
  localEndpoint: true,
  ingress: false,
  proxyProtocol: false,
}

const hp = (ip: string, port: number) => `${ip}:${port}`

const TRADEOFF: Record<TrafficPolicy, string> = {
  Cluster: 'Clusterは全ノードのPodに均等に振り分けられるが、クライアントのIPはノードのIPに書き換わる。別ノードへの転送で1ホップ増えることもある。',
  Local: 'Localは送信元IPを保つが、受けたノードのPodにしか送らない。LBがノード単位で均等に送ると、Podの少ないノードのPodほど負荷が重くなる。',
}

/** Local without a Pod on node A: kube-proxy has no local endpoint and drops the packet. */
function droppedAtNodeA(hops: Hop[], client: string, nodePort: string, proxyHeader: string | null): SourceIpResult {
  hops.push({
    name: 'LB → ノードA',
    src: client,
    dst: nodePort,
    note: 'healthCheckNodePortのヘルスチェックが失敗し、LBは通常ここへ送らない',
  })
  hops.push({
    name: 'kube-proxy（ノードA）',
    src: client,
    dst: '—',
    note: 'ローカルのエンドポイントがないため破棄',
  })
  return {
    hops,
    podSeesSource: null,
    snatAt: null,
    dropped: true,
    forwardedFor: null,
    proxyHeader,
    clientIpVisible: false,
    servedBy: null,
    summary: `ノードA（${ADDR.nodeA}）にはPodがないため破棄される。ヘルスチェックが失敗するので、LBはPodのあるノードBへ送る`,
    tradeoff: TRADEOFF.Local,
  }
}

export function simulateSourceIp(options: SourceIpOptions): SourceIpResult {
  const { policy, localEndpoint, ingress, proxyProtocol } = options
  const client = hp(ADDR.client, ADDR.clientPort)
  const nodePort = hp(ADDR.nodeA, ADDR.nodePort)
  const target = ingress ? 'Ingress Pod' : 'Pod'
  const hops: Hop[] = [
    {
      name: 'クライアント → LB',
      src: client,
      dst: hp(ADDR.vip, ADDR.vipPort),
      note: 'LBのVIPへ接続',
    },
  ]
  const proxyHeader = proxyProtocol ? client : null

  if (policy === 'Local' && !localEndpoint)
    return droppedAtNodeA(hops, client, nodePort, proxyHeader)

  hops.push({
    name: 'LB → ノードA',
    src: client,
    dst: nodePort,
    note: proxyProtocol ? 'L4で転送。先頭にPROXYヘッダを付ける' : 'L4で転送。送信元は変えない',
  })

  // Under Cluster kube-proxy masquerades external traffic on the receiving node, local Pod or not.
  const snat = policy === 'Cluster'
  const servedBy = localEndpoint ? 'podA' : 'podB'
  const podIp = servedBy === 'podA'
    ? ADDR.podA
    : ADDR.podB
  const seenByService = snat
    ? hp(ADDR.nodeA, ADDR.snatPort)
    : client
  const kpNotes = [
    snat ? 'DNATとSNAT（送信元をノードAのIPに）' : 'DNATのみ（SNATしない）',
    servedBy === 'podB'
      ? 'ノードBのPodへ転送'
      : 'ノードAのPodへ転送',
  ]
  hops.push({
    name: `kube-proxy → ${target}`,
    src: seenByService,
    dst: hp(podIp, ADDR.podPort),
    note: kpNotes.join('。'),
  })

  const receiverSees = snat ? ADDR.nodeA : ADDR.client
  // The first proxy can only forward what it saw: the PROXY header survives SNAT, the TCP source does not.
  const forwardedFor = ingress
    ? (proxyProtocol ? ADDR.client : receiverSees)
    : null
  if (ingress) {
    hops.push({
      name: 'Ingress Pod → アプリPod',
      src: hp(podIp, ADDR.proxyPort),
      dst: hp(ADDR.app, ADDR.podPort),
      note: `新しい接続。X-Forwarded-For: ${forwardedFor}`,
    })
  }

  const podSeesSource = ingress ? podIp : receiverSees
  const clientIpVisible = !snat || proxyProtocol
  const summary = summarize(podSeesSource, forwardedFor, options)

  return {
    hops,
    podSeesSource,
    snatAt: snat
      ? `ノードA（${ADDR.nodeA}）`
      : null,
    dropped: false,
    forwardedFor,
    proxyHeader,
    clientIpVisible,
    servedBy,
    summary,
    tradeoff: TRADEOFF[policy],
  }
}

function summarize(podSeesSource: string, forwardedFor: string | null, { ingress, proxyProtocol }: SourceIpOptions): string {
  const label = (ip: string) => ip === ADDR.client
    ? 'クライアントのIP'
    : ip === ADDR.nodeA
      ? 'ノードのIP'
      : 'Ingress PodのIP'
  let summary = `${ingress ? 'アプリPod' : 'Pod'}が見る送信元IP: ${podSeesSource}（${label(podSeesSource)}）`
  if (ingress)
    summary += `。X-Forwarded-For: ${forwardedFor}（${label(forwardedFor!)}）`
  else if (proxyProtocol)
    summary += `。PROXYヘッダのクライアント: ${ADDR.client}（Podが解釈できる場合）`
  return summary
}
