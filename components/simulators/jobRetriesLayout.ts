import type { Box, Label } from '../diagrams/svgLayout'
import type { Attempt, AttemptOutcome, JobResult } from './jobRetries'
import { formatSeconds, MAX_DELAY } from './jobRetries'

// Drawing of the Job retries: one row per Pod in a 280-unit-wide SVG, labels ≥ 12.5 units (≥ 12 px on a phone).
export const JOB_W = 280
const JOB_ROW_H = 24
const JOB_TOP = 24
export const JOB_BAR = { x: 46, w: 50 } as const

const OUTCOME_SHORT: Record<AttemptOutcome, string> = {
  failed: '失敗',
  succeeded: '成功',
  ignored: '中断・数えず',
  failJob: 'FailJob',
}

export interface JobRowView {
  index: number
  outcome: AttemptOutcome
  name: Label
  track: Box
  bar: Box | null
  delay: Label
  chip: Box
  result: Label
}

const SIZE = 12.5

/** One Pod's row: its number, the back-off wait before it as a bar, and its outcome with the failure count. */
function jobRowView(r: JobResult, a: Attempt, i: number): JobRowView {
  const size = SIZE
  const y = JOB_TOP + i * JOB_ROW_H
  const track = {
    x: JOB_BAR.x,
    y: y + 5,
    w: JOB_BAR.w,
    h: 13,
  }
  const chip = {
    x: 166,
    y: y + 1,
    w: JOB_W - 168,
    h: 21,
  }
  return {
    index: a.index,
    outcome: a.outcome,
    name: {
      text: `${a.index}個目`,
      x: 2,
      y: y + 16,
      size,
    },
    track,
    bar: a.delayBefore === 0
      ? null
      : {
          ...track,
          w: Math.max(3, (a.delayBefore / MAX_DELAY) * JOB_BAR.w),
        },
    delay: {
      text: a.delayBefore
        ? formatSeconds(a.delayBefore)
        : 'すぐ',
      x: 100,
      y: y + 16,
      size,
    },
    chip,
    result: {
      text: `${OUTCOME_SHORT[a.outcome]} ${a.failedCount}/${r.options.backoffLimit + 1}`,
      x: chip.x + 5,
      y: y + 16,
      size,
    },
  }
}

export function jobLayout(r: JobResult) {
  const size = SIZE
  const rows = r.attempts.map((a, i) => jobRowView(r, a, i))
  const bottom = JOB_TOP + rows.length * JOB_ROW_H
  return {
    width: JOB_W,
    height: bottom + 44,
    headers: [
      { text: 'Pod', x: 2, y: 16, size },
      {
        text: '待ち（上限6分）',
        x: JOB_BAR.x,
        y: 16,
        size,
      },
      { text: '結果・失敗の数', x: 166, y: 16, size },
    ] as Label[],
    rows,
    status: {
      text: `Job: ${r.status}（${formatSeconds(r.endAt)}後）`,
      x: 2,
      y: bottom + 18,
      size: 13.5,
      bold: true,
    } as Label,
    reason: {
      text: `理由: ${r.reason}`,
      x: 2,
      y: bottom + 37,
      size: 13,
    } as Label,
  }
}
