// Rules encoded here:
// - https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy
//   backoffLimit = retries before the Job is failed (default 6); delays 10 s, 20 s, 40 s … capped at six minutes.
//   With backoffLimit N the Job fails on the (N+1)-th failed Pod; the book's "backoffLimit−1 retries" is wrong.
// - https://kubernetes.io/docs/tasks/job/pod-failure-policy/ (stable in v1.31)
//   FailJob on a matching exit code ends the Job at once; Ignore on DisruptionTarget keeps the failure out of the count.
import { describe, expect, it } from 'vitest'
import { layoutProblems } from '../diagrams/svgLayout'
import { backoffDelay, clampInt, describeAttempt, formatSeconds, MAX_BACKOFF_LIMIT, MAX_SUCCEED_ON, simulateJob, summarizeJob } from './jobRetries'
import { jobLayout } from './jobRetriesLayout'

describe('backoffDelay', () => {
  it.each([
    [0, 0],
    [1, 10],
    [2, 20],
    [3, 40],
    [4, 80],
    [5, 160],
    [6, 320],
    [7, 360],
    [20, 360],
  ])('after %d failures waits %d seconds', (failures, seconds) => {
    expect(backoffDelay(failures)).toBe(seconds)
  })
})

describe('simulateJob', () => {
  it.each([0, 1, 2, 3, 4, 5, 6])('with backoffLimit %d fails after backoffLimit + 1 failed Pods', (n) => {
    const r = simulateJob({ backoffLimit: n, scenario: 'alwaysFail' })
    expect(r.status).toBe('Failed')
    expect(r.reason).toBe('BackoffLimitExceeded')
    expect(r.attempts).toHaveLength(n + 1)
    expect(r.attempts.filter(a => a.index > 1)).toHaveLength(n)
  })

  it('does not match the book\'s backoffLimit − 1 count', () => {
    const r = simulateJob({ backoffLimit: 3, scenario: 'alwaysFail' })
    const retries = r.attempts.length - 1
    expect(retries).toBe(3)
    expect(retries).not.toBe(3 - 1)
  })

  it('waits 10, 20, 40 … seconds between attempts and caps nothing below six failures', () => {
    const r = simulateJob({ backoffLimit: 6, scenario: 'alwaysFail' })
    expect(r.attempts.map(a => a.delayBefore)).toEqual([0, 10, 20, 40, 80, 160, 320])
    // 7 Pods × 5 s of run time + 630 s of back-off
    expect(r.endAt).toBe(7 * 5 + 630)
  })

  it.each([
    // backoffLimit, succeedOn, status, Pods
    [2, 3, 'Complete', 3],
    [2, 4, 'Failed', 3],
    [0, 1, 'Complete', 1],
    [0, 2, 'Failed', 1],
    [6, 7, 'Complete', 7],
    [6, 8, 'Failed', 7],
  ] as const)('with backoffLimit %d and success on attempt %d ends %s after %d Pods', (backoffLimit, succeedOn, status, pods) => {
    const r = simulateJob({ backoffLimit, scenario: 'succeedOn', succeedOn })
    expect(r.status).toBe(status)
    expect(r.attempts).toHaveLength(pods)
  })

  it.each([
    [0, 'BackoffLimitExceeded', 1],
    [1, 'PodFailurePolicy', 2],
    [6, 'PodFailurePolicy', 2],
  ] as const)('with exit code 42 and backoffLimit %d fails with %s after %d Pods', (backoffLimit, reason, pods) => {
    const r = simulateJob({ backoffLimit, scenario: 'exit42' })
    expect(r.status).toBe('Failed')
    expect(r.reason).toBe(reason)
    expect(r.attempts).toHaveLength(pods)
  })

  it.each([0, 1, 6])('ignores DisruptionTarget failures even with backoffLimit %d', (backoffLimit) => {
    const r = simulateJob({ backoffLimit, scenario: 'disruption' })
    expect(r.status).toBe('Complete')
    expect(r.attempts.map(a => a.outcome)).toEqual(['ignored', 'ignored', 'succeeded'])
    expect(r.attempts.every(a => a.failedCount === 0)).toBe(true)
    expect(r.attempts.every(a => a.delayBefore === 0)).toBe(true)
  })

  it('clamps out-of-range options', () => {
    expect(simulateJob({ backoffLimit: -3, scenario: 'alwaysFail' }).attempts).toHaveLength(1)
    expect(simulateJob({ backoffLimit: 99, scenario: 'alwaysFail' }).options.backoffLimit).toBe(6)
    expect(simulateJob({ backoffLimit: Number.NaN, scenario: 'alwaysFail' }).options.backoffLimit).toBe(6)
    expect(simulateJob({ backoffLimit: 6, scenario: 'succeedOn', succeedOn: 0 }).attempts).toHaveLength(1)
    expect(clampInt(2.6, 0, 6, 0)).toBe(3)
  })
})

describe('japanese text', () => {
  it.each([
    [5, '5秒'],
    [60, '1分'],
    [360, '6分'],
    [665, '11分5秒'],
  ])('formats %d seconds as %s', (s, text) => {
    expect(formatSeconds(s)).toBe(text)
  })

  it.each([
    [
      { backoffLimit: 2, scenario: 'alwaysFail' } as const,
      '失敗したPodが3個になった時点',
    ],
    [
      { backoffLimit: 2, scenario: 'succeedOn', succeedOn: 2 } as const,
      'Jobは完了した',
    ],
    [
      { backoffLimit: 4, scenario: 'exit42' } as const,
      'FailJobルール',
    ],
  ])('summarises %o', (opts, fragment) => {
    expect(summarizeJob(simulateJob(opts))).toContain(fragment)
  })

  it('describes each attempt with its wait and outcome', () => {
    const [first, second] = simulateJob({ backoffLimit: 1, scenario: 'alwaysFail' }).attempts
    expect(describeAttempt(first!)).toBe('1個目のPod: すぐに起動、失敗（数える）。失敗の数 1。')
    expect(describeAttempt(second!)).toBe('2個目のPod: 10秒待って起動、失敗（数える）。失敗の数 2。')
  })
})

describe('drawing', () => {
  it('keeps every label inside its row, chip or the canvas, in every scenario and limit', () => {
    let checked = 0
    for (let backoffLimit = 0; backoffLimit <= MAX_BACKOFF_LIMIT; backoffLimit++) {
      for (const scenario of [
        'alwaysFail',
        'succeedOn',
        'exit42',
        'disruption',
      ] as const) {
        for (let succeedOn = 1; succeedOn <= MAX_SUCCEED_ON; succeedOn++) {
          const layout = jobLayout(simulateJob({ backoffLimit, scenario, succeedOn }))
          const labels = [
            ...layout.headers.map(label => ({ label })),
            ...layout.rows.flatMap(r => [
              {
                label: r.name,
                box: {
                  x: 0,
                  y: r.track.y - 5,
                  w: r.track.x,
                  h: 24,
                },
              },
              {
                label: r.delay,
                box: {
                  x: r.track.x + r.track.w,
                  y: r.track.y - 5,
                  w: r.chip.x - r.track.x - r.track.w,
                  h: 24,
                },
              },
              { label: r.result, box: r.chip },
            ]),
            { label: layout.status },
            { label: layout.reason },
          ]
          expect(layoutProblems({ w: layout.width, h: layout.height }, labels, [])).toEqual([])
          checked++
        }
      }
    }
    expect(checked).toBe((MAX_BACKOFF_LIMIT + 1) * 4 * MAX_SUCCEED_ON)
  })

  it('draws the wait in proportion, within the track', () => {
    const layout = jobLayout(simulateJob({ backoffLimit: 6, scenario: 'alwaysFail' }))
    expect(layout.rows[0]!.bar).toBeNull()
    expect(layout.rows[2]!.bar!.w).toBeLessThan(layout.rows[4]!.bar!.w)
    expect(layout.rows.at(-1)!.bar!.w).toBeCloseTo(320 / 360 * layout.rows.at(-1)!.track.w)
  })
})
