import type { Balancer, GrpcState } from './grpcBalancing'
import type { Box, Label } from './svgLayout'
import { connections } from './grpcBalancing'

// Drawing of the gRPC balancing simulation: a 300-unit-wide SVG (drawn ≥ 312 px wide on a 360-px phone) with labels ≥ 12.5 units.
// Connection lines stop at the edges of the balancer band so they never run through its label.
export const GRPC_W = 300
export const GRPC_H = 298
const CLIENT_Y = 22
const CLIENT_R = 13
export const BAND: Box = { x: 4, y: 54, w: 292, h: 30 }
const POD_Y = 116
const POD_H = 22
const BAR_BASE = 250
const BAR_MAX = 84

const BAND_LABEL: Record<Balancer, string> = {
  l4: 'kube-proxy: 接続を開いたときだけPodを選ぶ',
  l7: 'L7プロキシ: リクエストごとにPodを選ぶ',
  client: 'Headless Service: DNSが全PodのIPを返す',
}

export function grpcColumnX(i: number, n: number): number {
  return 8 + (GRPC_W - 16) * (i + 0.5) / n
}

const SIZE = 12.5

/** Each Pod's column: its box, its request bar on the shared scale and the count above it. */
function podColumns(state: GrpcState, initialPods: number) {
  const size = SIZE
  const max = Math.max(1, ...state.counts)
  const w = Math.min(30, (GRPC_W - 16) / state.pods - 6)
  return state.counts.map((n, i) => {
    const x = grpcColumnX(i, state.pods)
    const h = BAR_MAX * n / max
    const box = { x: x - w / 2, y: POD_Y, w, h: POD_H }
    return {
      n,
      box,
      added: i >= initialPods,
      label: {
        text: `P${i + 1}`,
        x,
        y: POD_Y + 15.5,
        size,
        anchor: 'middle',
      } as Label,
      bar: { x: x - w / 2, y: BAR_BASE - h, w, h },
      base: { x1: x - w / 2, x2: x + w / 2, y: BAR_BASE },
      count: {
        text: String(n),
        x,
        y: BAR_BASE - h - 5,
        size,
        anchor: 'middle',
      } as Label,
      zero: n === 0 && state.total > 0,
    }
  })
}

/** Client-to-Pod connections, broken at the balancer band so no line runs through its label. */
function connectionLines(state: GrpcState, clientX: number[], podX: number[]) {
  const top = CLIENT_Y + CLIENT_R
  const bandTop = BAND.y
  const bandBottom = BAND.y + BAND.h
  const lines: { key: string, d: string }[] = []
  connections(state).forEach((targets, c) => {
    const cx = clientX[c]!
    for (const p of targets) {
      const px = podX[p]!
      const at = (y: number) => cx + (px - cx) * (y - top) / (POD_Y - top)
      const [x1, x2] = state.options.balancer === 'l7'
        ? [GRPC_W / 2, GRPC_W / 2]
        : [
            at(bandTop),
            at(bandBottom),
          ]
      lines.push({ key: `${c}-${p}`, d: `M${cx} ${top} L${x1} ${bandTop} M${x2} ${bandBottom} L${px} ${POD_Y}` })
    }
  })
  return lines
}

export function grpcLayout(state: GrpcState, initialPods: number) {
  const size = SIZE
  const clients = state.clients.map((_, i) => {
    const cx = grpcColumnX(i, state.clients.length)
    return {
      cx,
      cy: CLIENT_Y,
      r: CLIENT_R,
      label: {
        text: `C${i + 1}`,
        x: cx,
        y: CLIENT_Y + 4.5,
        size,
        anchor: 'middle',
      } as Label,
    }
  })
  const pods = podColumns(state, initialPods)
  const lines = connectionLines(state, clients.map(c => c.cx), pods.map(p => p.label.x))
  return {
    width: GRPC_W,
    height: GRPC_H,
    band: {
      ...BAND,
      label: {
        text: BAND_LABEL[state.options.balancer],
        x: GRPC_W / 2,
        y: BAND.y + 20,
        size,
        anchor: 'middle',
      } as Label,
    },
    clients,
    pods,
    lines,
    captions: [
      {
        text: `送信 ${state.total}件 ・ 張り直し ${state.reconnects}回`,
        x: 4,
        y: 272,
        size,
      },
      {
        text: '破線の枠: 後から増えたPod',
        x: 4,
        y: 291,
        size,
      },
    ] as Label[],
  }
}
