// Drawing of the source-IP walk: one column, top to bottom (client, LB, node A, node B, app Pod, the
// hops), 300 units wide so that 12.5-unit labels render at 12 px or more on a 360-px phone. Arrows run
// between the boxes or down the right-hand channel, never through a label; the component only draws this.

import type { SourceIpOptions, SourceIpResult } from './sourceIp'
import type { Box, Label } from './svgLayout'
import { ADDR } from './sourceIp'

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

/** What the drawing collects, with the three ways to add to it. */
interface Sketch {
  boxes: SipBox[]
  labels: SipLabel[]
  arrows: SipArrow[]
  box: (key: string, b: Box, cls?: string) => Box
  text: (key: string, label: Omit<Label, 'size'> & { size?: number }, container?: Box, cls?: string) => void
  mark: (i: number, x: number, y: number, anchor?: Label['anchor']) => void
}

function sketch(): Sketch {
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
  return {
    boxes,
    labels,
    arrows,
    box,
    text,
    mark,
  }
}

/** The client and the load balancer, with the first two hops between them and node A. */
function drawEntry({ box, text, mark, arrows }: Sketch, hcFailed: boolean) {
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
}

/** Node A with kube-proxy's verdict, and node B with the health-check detour under Local. */
function drawNodes({ box, text, arrows }: Sketch, options: SourceIpOptions, result: SourceIpResult, hcFailed: boolean) {
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
}

/** The Service's Pods on both nodes, and the hop to the one that serves. */
function drawPods({ box, text, mark, arrows }: Sketch, options: SourceIpOptions, result: SourceIpResult) {
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
}

/** The app Pod behind the ingress Pod, with what it sees; returns the bottom of the boxes. */
function drawApp({ box, text, mark, arrows }: Sketch, result: SourceIpResult): number {
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
  return 480
}

export function sourceIpLayout(options: SourceIpOptions, result: SourceIpResult) {
  const s = sketch()
  const hcFailed = options.policy === 'Local' && !options.localEndpoint
  drawEntry(s, hcFailed)
  drawNodes(s, options, result, hcFailed)
  drawPods(s, options, result)
  const bottom = options.ingress && result.servedBy
    ? drawApp(s, result)
    : 396
  const { text, boxes, labels, arrows } = s
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
