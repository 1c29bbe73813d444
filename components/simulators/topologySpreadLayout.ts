import type { Box, Label } from '../diagrams/svgLayout'
import type { Decision, SpreadState } from './topologySpread'
import { currentSkew, decideNext } from './topologySpread'

// Drawing of the spread simulator: zones stacked as rows, two nodes side by side, so that a 280-unit-wide SVG keeps
// every label ≥ 12 px on a phone. Fixed height: nothing below it moves as Pods come and go.
export const SPREAD_W = 280
export const SHOWN_PER_NODE = 4
const ZONE_H = 124
const NODE_W = 126
const NODE_H = 74
const CHIP_W = 54
const CHIP_H = 21

export interface SpreadNodeView {
  name: string
  box: Box
  title: Label
  /** 「← 次」 and/or 「+n」 (Pods not drawn). */
  marks: Label | null
  next: boolean
  pods: { name: string, box: Box, label: Label }[]
}
export interface SpreadZoneView {
  name: string
  box: Box
  blocked: boolean
  title: Label
  count: Label
  verdict: Label
  fits: boolean
  nodes: SpreadNodeView[]
}

/** One node of a zone: its name, the 「← 次」/「+n」 marks, and up to SHOWN_PER_NODE Pod chips. */
function nodeView(state: SpreadState, decision: Decision, node: string, ni: number, box: Box, y: number): SpreadNodeView {
  const nbox = {
    x: box.x + 8 + ni * (NODE_W + 8),
    y: y + 26,
    w: NODE_W,
    h: NODE_H,
  }
  const pods = state.pods.filter(p => p.node === node)
  const next = decision.kind === 'schedule' && decision.node === node
  const hidden = Math.max(0, pods.length - SHOWN_PER_NODE)
  const marks = [
    next ? '← 次' : '',
    hidden > 0
      ? `+${hidden}`
      : '',
  ].filter(Boolean).join(' ')
  return {
    name: node,
    box: nbox,
    title: {
      text: node,
      x: nbox.x + 6,
      y: nbox.y + 16,
      size: 12.5,
    },
    marks: marks
      ? {
          text: marks,
          x: nbox.x + nbox.w - 6,
          y: nbox.y + 16,
          size: 12.5,
          anchor: 'end',
          bold: next,
        }
      : null,
    next,
    pods: pods.slice(0, SHOWN_PER_NODE).map((p, i) => {
      const chip = {
        x: nbox.x + 6 + (i % 2) * (CHIP_W + 6),
        y: nbox.y + 22 + Math.floor(i / 2) * (CHIP_H + 4),
        w: CHIP_W,
        h: CHIP_H,
      }
      return {
        name: p.name,
        box: chip,
        label: {
          text: p.name,
          x: chip.x + 4,
          y: chip.y + 15.5,
          size: 12.5,
        },
      }
    }),
  }
}

export function spreadLayout(state: SpreadState): { width: number, height: number, zones: SpreadZoneView[], footer: Label } {
  const decision = decideNext(state)
  const zones = state.zones.map((z, zi): SpreadZoneView => {
    const y = 2 + zi * (ZONE_H + 6)
    const box = { x: 2, y, w: SPREAD_W - 4, h: ZONE_H }
    const blocked = state.blockedZones.includes(z.name)
    const evaluation = decision.evaluations[zi]!
    return {
      name: z.name,
      box,
      blocked,
      title: {
        text: `${z.name}${blocked ? '（taint）' : ''}`,
        x: box.x + 8,
        y: y + 18,
        size: 13.5,
        bold: true,
      },
      count: {
        text: `Pod ${evaluation.count}個`,
        x: box.x + box.w - 8,
        y: y + 18,
        size: 13,
        anchor: 'end',
      },
      verdict: {
        text: `追加後の偏り ${evaluation.skewAfter} ${evaluation.fits ? '○' : '×'}`,
        x: box.x + 8,
        y: y + ZONE_H - 8,
        size: 13,
      },
      fits: evaluation.fits,
      nodes: z.nodes.map((node, ni) => nodeView(state, decision, node, ni, box, y)),
    }
  })
  const top = 2 + state.zones.length * (ZONE_H + 6)
  const pending = state.pods.filter(p => p.node === null).length
  return {
    width: SPREAD_W,
    height: top + 20,
    zones,
    footer: {
      text: `最小 ${decision.globalMin}・現在の偏り ${currentSkew(state)}・Pending ${pending}個`,
      x: 4,
      y: top + 14,
      size: 13,
    },
  }
}
