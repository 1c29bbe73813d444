// Timeline of a Job's Pods for a given backoffLimit and failure scenario (restartPolicy: Never).
// The Job fails once counted failures exceed backoffLimit (N retries → up to N+1 failed Pods);
// each retry waits 10 s, 20 s, 40 s … capped at 6 minutes; podFailurePolicy rules can fail the Job
// at once (FailJob) or keep a failure out of the count (Ignore). Rules:
// https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-backoff-failure-policy

export type Scenario = 'alwaysFail' | 'succeedOn' | 'exit42' | 'disruption'

export interface JobOptions {
  backoffLimit: number
  scenario: Scenario
  /** Attempt (1-based) that succeeds in the 'succeedOn' scenario. @default 3 */
  succeedOn?: number
  /** Seconds each Pod runs before it exits. @default 5 */
  runSeconds?: number
}

export type AttemptOutcome = 'failed' | 'succeeded' | 'ignored' | 'failJob'

export interface Attempt {
  index: number
  /** Seconds waited after the previous Pod ended before this one was created. */
  delayBefore: number
  startAt: number
  endAt: number
  exitCode: number | null
  disrupted: boolean
  outcome: AttemptOutcome
  /** Failures counted towards backoffLimit after this attempt. */
  failedCount: number
}

export interface JobResult {
  options: Required<JobOptions>
  attempts: Attempt[]
  status: 'Complete' | 'Failed'
  reason: 'Completed' | 'BackoffLimitExceeded' | 'PodFailurePolicy'
  endAt: number
}

export const BASE_DELAY = 10
export const MAX_DELAY = 360
export const MAX_BACKOFF_LIMIT = 6
export const MAX_SUCCEED_ON = 8

/** Back-off before the next Pod after the given number of counted failures (10 s · 2^(n−1), capped). */
export function backoffDelay(failures: number): number {
  if (failures <= 0)
    return 0
  return Math.min(MAX_DELAY, BASE_DELAY * 2 ** (failures - 1))
}

export function clampInt(n: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(n))
    return fallback
  return Math.min(max, Math.max(min, Math.round(n)))
}

interface PodRun { exitCode: number | null, disrupted: boolean }

function podRun(scenario: Scenario, attempt: number, succeedOn: number): PodRun {
  switch (scenario) {
    case 'succeedOn':
      return {
        exitCode: attempt >= succeedOn
          ? 0
          : 1,
        disrupted: false,
      }
    case 'exit42':
      return {
        exitCode: attempt === 1
          ? 1
          : 42,
        disrupted: false,
      }
    case 'disruption':
      // The first two Pods are evicted by a node drain (DisruptionTarget), later ones succeed.
      return attempt <= 2
        ? { exitCode: null, disrupted: true }
        : { exitCode: 0, disrupted: false }
    default:
      return { exitCode: 1, disrupted: false }
  }
}

/** podFailurePolicy used in the scenarios: FailJob on exit code 42, Ignore on DisruptionTarget. */
function classify(run: PodRun): AttemptOutcome {
  if (run.disrupted)
    return 'ignored'
  if (run.exitCode === 0)
    return 'succeeded'
  if (run.exitCode === 42)
    return 'failJob'
  return 'failed'
}

export function simulateJob(opts: JobOptions): JobResult {
  const options: Required<JobOptions> = {
    succeedOn: 3,
    runSeconds: 5,
    ...opts,
    backoffLimit: clampInt(opts.backoffLimit, 0, MAX_BACKOFF_LIMIT, 6),
  }
  options.succeedOn = clampInt(options.succeedOn, 1, MAX_SUCCEED_ON, 3)
  const attempts: Attempt[] = []
  let failed = 0
  let clock = 0
  // Upper bound: every counted failure plus the two ignored disruptions plus one success.
  for (let index = 1; index <= options.backoffLimit + 4; index++) {
    const previous = attempts.at(-1)
    // Ignored failures add no back-off in this model; counted ones wait per backoffDelay.
    const delayBefore = previous && previous.outcome === 'failed'
      ? backoffDelay(failed)
      : 0
    const startAt = clock + delayBefore
    const endAt = startAt + options.runSeconds
    const run = podRun(options.scenario, index, options.succeedOn)
    const outcome = classify(run)
    if (outcome === 'failed')
      failed += 1
    attempts.push({
      index,
      delayBefore,
      startAt,
      endAt,
      exitCode: run.exitCode,
      disrupted: run.disrupted,
      outcome,
      failedCount: failed,
    })
    clock = endAt
    if (outcome === 'succeeded') {
      return {
        options,
        attempts,
        status: 'Complete',
        reason: 'Completed',
        endAt,
      }
    }
    if (outcome === 'failJob') {
      return {
        options,
        attempts,
        status: 'Failed',
        reason: 'PodFailurePolicy',
        endAt,
      }
    }
    if (failed > options.backoffLimit) {
      return {
        options,
        attempts,
        status: 'Failed',
        reason: 'BackoffLimitExceeded',
        endAt,
      }
    }
  }
  /* v8 ignore next */
  throw new Error('unreachable: the scenarios always end within backoffLimit + 4 attempts')
}

export function formatSeconds(s: number): string {
  if (s < 60)
    return `${s}秒`
  const m = Math.floor(s / 60)
  const rest = s % 60
  return rest === 0
    ? `${m}分`
    : `${m}分${rest}秒`
}

const OUTCOME_LABEL: Record<AttemptOutcome, string> = {
  failed: '失敗（数える）',
  succeeded: '成功',
  ignored: '中断（Ignore・数えない）',
  failJob: '終了コード42（FailJob）',
}

export function describeAttempt(a: Attempt): string {
  const wait = a.delayBefore > 0
    ? `${formatSeconds(a.delayBefore)}待って`
    : 'すぐに'
  return `${a.index}個目のPod: ${wait}起動、${OUTCOME_LABEL[a.outcome]}。失敗の数 ${a.failedCount}。`
}

export function summarizeJob(r: JobResult): string {
  const pods = `${r.attempts.length}個のPodを作り`
  if (r.status === 'Complete')
    return `${pods}、${formatSeconds(r.endAt)}後にJobは完了した。`
  if (r.reason === 'PodFailurePolicy')
    return `${pods}、終了コード42がFailJobルールに当たり、${formatSeconds(r.endAt)}後にJobはFailedになった。`
  return `backoffLimit ${r.options.backoffLimit} のため、失敗したPodが${r.options.backoffLimit + 1}個になった時点（${formatSeconds(r.endAt)}後）でJobはFailed（BackoffLimitExceeded）になった。`
}
