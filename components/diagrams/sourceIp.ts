// Pure model of what happens to a client's source IP on the way through a cloud L4 load
// balancer, a node's kube-proxy rules and (optionally) an L7 ingress proxy to a Pod.
// Follows kubernetes.io "Using Source IP" and the Service traffic-policy docs; SourceIpFlow.vue
// only renders the result. Addresses are illustrative (RFC 5737 / typical Pod CIDRs).

import type { Box, Label } from './svgLayout'

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

  if (policy === 'Local' && !localEndpoint) {
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

// --- Drawing: one column, top to bottom (client, LB, node A, node B, app Pod, the hops), 300 units
// wide so that 12.5-unit labels render at 12 px or more on a 360-px phone. Arrows run between the
// boxes or down the right-hand channel, never through a label; the component only draws this.
export const SIP_W = 300
const SIZE = 12.5
const INNER_X = 18
const INNER_W = 238
const CX = INNER_X + INNER_W / 2
const CHANNEL = 280
const MARKS = ['①', '②', '③', '④'] as const

export interface SipLabel { key: string, label: Label, cls?: string, box?: Box }
export interface SipBox { key: string, box: Box, cls: string }
export interface SipArrow { key: string, d: string, cls?: string }

export function sourceIpLayout(options: SourceIpOptions, result: SourceIpResult) {
  const boxes: SipBox[] = []
  const labels: SipLabel[] = []
  const arrows: SipArrow[] = []
  const box = (key: string, b: Box, cls = 'sip-box') => {
    boxes.push({ key, box: b, cls })
    return b
  }
  const text = (key: string, label: Omit<Label, 'size'> & { size?: number }, container?: Box, cls?: string) => {
    labels.push({
      key,
      label: { size: SIZE, ...label },
      box: container,
      cls,
    })
  }
  const mark = (i: number, x: number, y: number, anchor: Label['anchor'] = 'start') =>
    text(`mark${i}`, {
      text: MARKS[i]!,
      x,
      y,
      anchor,
      bold: true,
    }, undefined, 'sip-mark')
  const hcFailed = options.policy === 'Local' && !options.localEndpoint

  const client = box('client', { x: INNER_X, y: 4, w: INNER_W, h: 40 })
  text('client', {
    text: 'クライアント',
    x: CX,
    y: 20,
    anchor: 'middle',
  }, client)
  text('client-ip', {
    text: '',
    tail: ADDR.client,
    x: CX,
    y: 37,
    anchor: 'middle',
  }, client)
  arrows.push({ key: 'a1', d: `M${CX} 44 V72` })
  mark(0, CX + 8, 63)

  const lb = box('lb', { x: INNER_X, y: 76, w: INNER_W, h: 40 })
  text('lb', {
    text: 'L4ロードバランサ',
    x: CX,
    y: 92,
    anchor: 'middle',
  }, lb)
  text('lb-ip', {
    text: '',
    tail: `${ADDR.vip}:${ADDR.vipPort}`,
    x: CX,
    y: 109,
    anchor: 'middle',
  }, lb)
  arrows.push({
    key: 'a2',
    d: `M${CX} 116 V146`,
    cls: hcFailed ? 'sip-bad' : undefined,
  })
  mark(1, CX - 8, 136, 'end')

  const nodeA = box('nodeA', { x: 8, y: 148, w: 258, h: 160 }, 'sip-node')
  text('nodeA', {
    text: 'ノードA ',
    tail: ADDR.nodeA,
    x: INNER_X,
    y: 166,
  }, nodeA)
  const kp = box('kp', {
    x: INNER_X,
    y: 174,
    w: INNER_W,
    h: 56,
  }, result.dropped ? 'sip-box sip-bad-box' : 'sip-box')
  text('kp', {
    text: 'kube-proxy ',
    tail: `:${ADDR.nodePort}`,
    x: 26,
    y: 190,
  }, kp)
  if (result.dropped) {
    text('kp-state', {
      text: '✕ 破棄',
      x: 26,
      y: 207,
      bold: true,
    }, kp, 'sip-bad-t')
  }
  else if (result.snatAt) {
    text('kp-state', {
      text: 'SNAT → ',
      tail: ADDR.nodeA,
      x: 26,
      y: 207,
      bold: true,
    }, kp, 'sip-bad-t')
  }
  else {
    text('kp-state', {
      text: 'SNATなし',
      x: 26,
      y: 207,
      bold: true,
    }, kp, 'sip-ok-t')
  }
  if (options.policy === 'Local') {
    text('hc', {
      text: `ヘルスチェック: ${hcFailed ? '失敗' : '成功'}`,
      x: 26,
      y: 224,
      bold: true,
    }, kp, hcFailed ? 'sip-bad-t' : 'sip-ok-t')
  }

  const nodeB = box('nodeB', { x: 8, y: 318, w: 258, h: 78 }, 'sip-node')
  text('nodeB', {
    text: 'ノードB ',
    tail: ADDR.nodeB,
    x: INNER_X,
    y: 336,
  }, nodeB)
  if (hcFailed) {
    arrows.push({ key: 'hc', d: `M${INNER_X + INNER_W} 96 H${CHANNEL} V330 H268`, cls: 'sip-dash' })
    text('hc-label', { text: '健全なノードBへ', x: CX + 8, y: 136 }, undefined, 'sip-small')
  }

  const seen = options.ingress ? null : result.podSeesSource
  for (const [p, y] of [
    ['podA', 256],
    ['podB', 344],
  ] as const) {
    const empty = p === 'podA' && !options.localEndpoint
    const served = result.servedBy === p
    const b = box(p, { x: INNER_X, y, w: INNER_W, h: 44 }, empty
      ? 'sip-empty'
      : served ? 'sip-box sip-served' : 'sip-box')
    if (empty) {
      text(p, { text: 'このServiceのPodなし', x: 26, y: y + 27 }, b, 'sip-small')
      continue
    }
    text(p, {
      text: `${options.ingress ? 'Ingress Pod' : 'Pod'} `,
      tail: p === 'podA'
        ? ADDR.podA
        : ADDR.podB,
      x: 26,
      y: y + 18,
    }, b)
    if (served && seen) {
      text(`${p}-seen`, {
        text: '見える送信元 ',
        tail: seen,
        x: 26,
        y: y + 36,
        bold: true,
      }, b, 'sip-strong')
    }
  }

  if (result.servedBy === 'podA') {
    arrows.push({ key: 'a3', d: `M${CX} 230 V254` })
    mark(2, CX + 8, 247)
  }
  else if (result.servedBy === 'podB') {
    arrows.push({ key: 'a3', d: `M${INNER_X + INNER_W} 202 H${CHANNEL} V366 H258` })
    mark(2, CHANNEL + 6, 290)
  }

  let bottom = 396
  if (options.ingress && result.servedBy) {
    const app = box('app', {
      x: INNER_X,
      y: 420,
      w: INNER_W,
      h: 60,
    }, 'sip-box sip-served')
    text('app', {
      text: 'アプリPod ',
      tail: ADDR.app,
      x: 26,
      y: 438,
    }, app)
    text('app-src', {
      text: '送信元 ',
      tail: result.podSeesSource ?? '',
      x: 26,
      y: 455,
      bold: true,
    }, app, 'sip-strong')
    text('app-xff', {
      text: 'XFF ',
      tail: result.forwardedFor ?? '',
      x: 26,
      y: 472,
      bold: true,
    }, app, 'sip-strong')
    if (result.servedBy === 'podB') {
      arrows.push({ key: 'a4', d: `M${CX} 388 V418` })
      mark(3, CX + 8, 413)
    }
    else {
      arrows.push({ key: 'a4', d: `M${INNER_X + INNER_W} 278 H${CHANNEL} V450 H258` })
      mark(3, CHANNEL + 6, 420)
    }
    bottom = 480
  }

  const rowsTop = bottom + 10
  result.hops.forEach((h, i) => {
    const y = rowsTop + i * 36
    text(`hop${i}`, { text: `${MARKS[i]} ${h.name}`, x: 4, y: y + 14 })
    text(`hop${i}-addr`, { text: `${h.src} → ${h.dst}`, x: 20, y: y + 30 })
  })
  return {
    width: SIP_W,
    height: rowsTop + result.hops.length * 36 + 2,
    boxes,
    labels,
    arrows,
  }
}
