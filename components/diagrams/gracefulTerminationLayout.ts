// Drawing of a termination timeline: a 300-unit-wide SVG in one column (≥ 312 px on a 360-px
// phone, so the 12.5-unit labels render at ≥ 12 CSS px). Four lanes share one time axis; each lane's
// label sits above its bar and every mark stays inside the bar band, so no line meets a label.
// The height is fixed whatever the options, so nothing shifts when they change.

import type { Timeline } from './gracefulTermination'
import type { Box, Label, Point } from './svgLayout'
import { AXIS_START, counts } from './gracefulTermination'
import { MIN_FONT, pathSegments } from './svgLayout'

export const GT_W = 300
export const GT_H = 286
const SIZE = MIN_FONT
const X0 = 10
const X1 = 290
const BAR_H = 14
const LANE_Y = [16, 53, 90, 127]
const ROW_TOP = 134
const ROW_H = 7
const AXIS_Y = 216

export interface Segment { key: string, box: Box, cls: string }
export interface Mark { key: string, d: string, cls: string }
export interface Dot { key: string, cx: number, cy: number, r: number, cls: string }

function tickStep(span: number): number {
  return [1, 2, 5, 10, 20].find(s => span / s <= 7) ?? 20
}

function laneLabel(key: string, text: string, lane: number): { key: string, label: Label } {
  return {
    key,
    label: {
      text,
      x: X0 - 4,
      y: LANE_Y[lane]!,
      size: SIZE,
    },
  }
}

interface KeyedLabel { key: string, label: Label }

/** One row per request: a line for its duration, a dot when it succeeds, a cross when it fails. */
function requestRows(t: Timeline, x: (s: number) => number): { marks: Mark[], dots: Dot[] } {
  const marks: Mark[] = []
  const dots: Dot[] = []
  t.requests.forEach((r, i) => {
    const cy = ROW_TOP + ROW_H * i + ROW_H / 2
    const key = `r${i}`
    if (r.end > r.at)
      marks.push({ key: `${key}-line`, d: `M${x(r.at)} ${cy} H${x(r.end)}`, cls: `gt-req gt-${r.outcome}` })
    if (r.outcome === 'ok' || r.outcome === 'elsewhere') {
      dots.push({
        key,
        cx: x(r.outcome === 'ok'
          ? r.end
          : r.at),
        cy,
        r: 2.5,
        cls: `gt-dot gt-${r.outcome}`,
      })
    }
    else {
      marks.push({
        key: `${key}-x`,
        d: cross(x(r.end), cy),
        cls: 'gt-cross',
      })
    }
  })
  return { marks, dots }
}

/** Time axis with ticks that stop above their labels. */
function timeAxis(end: number, x: (s: number) => number): { marks: Mark[], labels: KeyedLabel[] } {
  const step = tickStep(end)
  const ticks = Array.from({ length: Math.floor(end / step) + 1 }, (_, i) => i * step)
  const marks: Mark[] = [
    { key: 'axis', d: `M${X0} ${AXIS_Y} H${X1}`, cls: 'gt-axis' },
  ]
  const labels = ticks.map((s) => {
    marks.push({ key: `tick${s}`, d: `M${x(s)} ${AXIS_Y} V${AXIS_Y + 4}`, cls: 'gt-axis' })
    return {
      key: `tick${s}`,
      label: {
        text: String(s),
        x: x(s),
        y: AXIS_Y + 22,
        size: SIZE,
        anchor: 'middle',
      } as Label,
    }
  })
  return { marks, labels }
}

/** Legend: a shape and its word, then the axis caption. */
function legend(): { marks: Mark[], dots: Dot[], labels: KeyedLabel[] } {
  const legendY = 260
  const marks: Mark[] = []
  const dots: Dot[] = []
  const labels: KeyedLabel[] = []
  const entries = [
    {
      key: 'lg-ok',
      shape: { kind: 'dot', cls: 'gt-dot gt-ok' },
      x: X0,
      text: '成功',
    },
    {
      key: 'lg-fail',
      shape: { kind: 'cross', cls: 'gt-cross' },
      x: 56,
      text: '失敗（拒否・切断）',
    },
    {
      key: 'lg-else',
      shape: { kind: 'dot', cls: 'gt-dot gt-elsewhere' },
      x: 196,
      text: '他のPodへ',
    },
  ]
  for (const l of entries) {
    if (l.shape.kind === 'dot') {
      dots.push({
        key: l.key,
        cx: l.x,
        cy: legendY - 4.5,
        r: 3,
        cls: l.shape.cls,
      })
    }
    else {
      marks.push({
        key: l.key,
        d: cross(l.x, legendY - 4.5),
        cls: l.shape.cls,
      })
    }
    labels.push({
      key: l.key,
      label: {
        text: l.text,
        x: l.x + 7,
        y: legendY,
        size: SIZE,
      },
    })
  }
  labels.push({
    key: 'caption',
    label: {
      text: '横軸: Podを削除してからの秒数（1秒前から）',
      x: X0 - 4,
      y: 280,
      size: SIZE,
    },
  })
  return { marks, dots, labels }
}

export function terminationLayout(t: Timeline) {
  const { preStopSeconds, propagationSeconds, requestSeconds } = t.options
  const x = (s: number) => X0 + (X1 - X0) * (s - AXIS_START) / (t.end - AXIS_START)
  const bar = (lane: number) => LANE_Y[lane]! + 6
  const segments: Segment[] = []
  const seg = (key: string, lane: number, from: number, to: number, cls: string) => {
    if (to > from) {
      segments.push({
        key,
        box: {
          x: x(from),
          y: bar(lane),
          w: x(to) - x(from),
          h: BAR_H,
        },
        cls,
      })
    }
  }
  const marks: Mark[] = []
  // Event ticks span the bar only: above it is the lane's label, below it the next lane's.
  const tick = (key: string, lane: number, at: number, cls: string) =>
    marks.push({ key, d: `M${x(at)} ${bar(lane)} V${bar(lane) + BAR_H}`, cls })

  // Lane 0: where new requests go.
  seg('ready', 0, AXIS_START, 0, 'gt-on')
  seg('propagating', 0, 0, propagationSeconds, 'gt-pending')
  seg('removed', 0, propagationSeconds, t.end, 'gt-off')
  // Lane 1: the preStop hook.
  seg('prestop', 1, 0, t.sigterm, 'gt-prestop')
  // Lane 2: the container: accepting, then only finishing (drain), then gone.
  seg('accepting', 2, AXIS_START, Math.min(t.stopAccepting, t.exitAt), 'gt-on')
  seg('finishing', 2, t.stopAccepting, t.exitAt, 'gt-pending')
  tick('sigterm', 2, t.sigterm, 'gt-term')
  if (t.killed)
    tick('sigkill', 2, t.killAt, 'gt-kill')

  // Lane 3: one row per request; then the time axis and the legend.
  const rows = requestRows(t, x)
  const axis = timeAxis(t.end, x)
  const key = legend()
  marks.push(...rows.marks, ...axis.marks, ...key.marks)
  const dots = [
    ...rows.dots,
    ...key.dots,
  ]

  const c = counts(t)
  const labels = [
    laneLabel('lane0', `Serviceの宛先: ${propagationSeconds}秒で全経路から外れる`, 0),
    laneLabel('lane1', preStopSeconds === 0
      ? 'preStop: なし'
      : `preStop: sleep ${preStopSeconds}秒${t.preStopCut ? '（猶予で打ち切り）' : ''}`, 1),
    laneLabel('lane2', t.killed
      ? `コンテナ: SIGTERM ${t.sigterm}秒、SIGKILL ${t.killAt}秒`
      : `コンテナ: SIGTERM ${t.sigterm}秒、終了 ${t.exitAt}秒`, 2),
    laneLabel('lane3', `リクエスト（各${requestSeconds}秒）: 失敗${c.refused + c.cut}件`, 3),
    ...axis.labels,
    ...key.labels,
  ]

  return {
    width: GT_W,
    height: GT_H,
    segments,
    marks,
    dots,
    labels,
  }
}

function cross(cx: number, cy: number, r = 3): string {
  return `M${cx - r} ${cy - r} L${cx + r} ${cy + r} M${cx - r} ${cy + r} L${cx + r} ${cy - r}`
}

/** Every straight piece the layout draws (for the label-crossing check). */
export function layoutSegments(layout: ReturnType<typeof terminationLayout>): [Point, Point][] {
  return layout.marks.flatMap(m => pathSegments(m.d))
}
