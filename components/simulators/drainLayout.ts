import type { Box, Label } from '../diagrams/svgLayout'
import type { DrainState, SimPod } from './drain'
import { desiredHealthy } from './drain'

// Drawing of the drain simulator: nodes stacked as rows so that a 280-unit-wide SVG keeps every label ≥ 12 px on a phone.
export const DRAIN_W = 280
const ROW_PAD = 8
const HEAD_H = 28
const POD_H = 24
const POD_GAP = 4

export interface DrainPodView { name: string, box: Box, label: Label, ready: boolean }
export interface DrainNodeView { name: string, box: Box, title: Label, cordon: Label | null, pods: DrainPodView[] }

export function podLabel(p: SimPod): string {
  return `${p.name} ${p.startingFor === 0
    ? 'Ready'
    : `起動中 残り${p.startingFor}`}`
}

/** Node rows with their Pods; the height follows the Pods (at most `replicas` in all). */
export function drainLayout(state: DrainState): { width: number, height: number, nodes: DrainNodeView[] } {
  let y = 2
  const nodes = state.nodes.map((name) => {
    const pods = state.pods.filter(p => p.node === name)
    const h = HEAD_H + pods.length * (POD_H + POD_GAP) + (pods.length > 0
      ? ROW_PAD - POD_GAP
      : 0)
    const box = { x: 2, y, w: DRAIN_W - 4, h }
    const cordoned = state.cordoned && name === state.drainedNode
    const view: DrainNodeView = {
      name,
      box,
      title: {
        text: name,
        x: box.x + ROW_PAD,
        y: y + 19,
        size: 14,
        bold: true,
      },
      cordon: cordoned
        ? {
            text: 'cordon',
            x: box.x + box.w - ROW_PAD,
            y: y + 19,
            size: 13,
            anchor: 'end',
          }
        : null,
      pods: pods.map((p, i) => {
        const pod = {
          x: box.x + ROW_PAD,
          y: y + HEAD_H + i * (POD_H + POD_GAP),
          w: box.w - 2 * ROW_PAD,
          h: POD_H,
        }
        return {
          name: p.name,
          box: pod,
          label: {
            text: podLabel(p),
            x: pod.x + 8,
            y: pod.y + 17,
            size: 13,
          },
          ready: p.startingFor === 0,
        }
      }),
    }
    y += h + 6
    return view
  })
  return { width: DRAIN_W, height: y - 4, nodes }
}

export const CHART_W = 280
export const CHART_H = 96
const CHART_LEFT = 22
const CHART_BASE = CHART_H - 8

/** Ready-over-time bars (newest 24 steps), the axis labels and the budget line. */
export function drainChart(state: DrainState) {
  const history = state.availableHistory.slice(-24)
  const max = state.options.replicas
  const barW = Math.min(20, (CHART_W - CHART_LEFT - 4) / Math.max(history.length, 1))
  const barY = (v: number) => 8 + (CHART_BASE - 8) * (1 - v / max)
  const budget = desiredHealthy(state.options)
  return {
    history,
    bars: history.map((v, i) => ({
      x: CHART_LEFT + 2 + i * barW,
      y: barY(v),
      w: Math.max(barW - 3, 2),
      h: CHART_BASE - barY(v),
      zero: v === 0,
    })),
    axis: { x1: CHART_LEFT, x2: CHART_W, y: CHART_BASE },
    budgetY: state.options.pdb === 'none'
      ? null
      : barY(budget),
    labels: [
      {
        text: String(max),
        x: 2,
        y: barY(max) + 10,
        size: 13,
      },
      {
        text: '0',
        x: 2,
        y: CHART_BASE,
        size: 13,
      },
    ] as Label[],
  }
}
