// Pure timeline of a Pod deleted while requests flow in: the endpoint turns ready=false at once,
// the proxies stop routing to it a little later, the kubelet runs preStop and then sends SIGTERM,
// and SIGKILL follows when terminationGracePeriodSeconds runs out. Follows the "Termination of
// Pods" flow of kubernetes.io and the kubelet's killContainer (pkg/kubelet/kuberuntime): the
// grace period covers preStop and shutdown together, with a minimum of 2 s left for the container.
// GracefulTermination.vue renders it; gracefulTerminationLayout.ts draws it.

export type AppBehaviour = 'exit' | 'drain' | 'ignore'

export interface TerminationOptions {
  /** `lifecycle.preStop.sleep.seconds`; 0 = no preStop hook. */
  preStopSeconds: number
  /** `terminationGracePeriodSeconds`. @default 30 */
  graceSeconds: number
  /** Seconds until the last kube-proxy or load balancer stops sending new requests to the Pod. */
  propagationSeconds: number
  /** What the app does on SIGTERM. */
  app: AppBehaviour
  /** How long each request takes. One request arrives every second. */
  requestSeconds: number
}

export type Outcome = 'ok' | 'refused' | 'cut' | 'elsewhere'

export interface RequestResult {
  /** Arrival time in seconds from the deletion (x.5, so never at the same instant as an event). */
  at: number
  /** When it stops: its completion, the container's exit (cut) or its arrival (refused, elsewhere). */
  end: number
  outcome: Outcome
}

export interface Timeline {
  options: TerminationOptions
  /** When preStop ends and SIGTERM is sent (0 without preStop). */
  sigterm: number
  /** The hook was still running when the grace period ran out. */
  preStopCut: boolean
  /** When SIGKILL is due if the container is still running. */
  killAt: number
  /** When the app stops accepting new connections. */
  stopAccepting: number
  /** When the last container process ends (the Pod is gone). */
  exitAt: number
  /** The container was still running at killAt. */
  killed: boolean
  requests: RequestResult[]
  /** Right end of the time axis (seconds). */
  end: number
}

/** The kubelet's minimumGracePeriodInSeconds: time always left to the container after preStop. */
export const MIN_GRACE = 2
export const AXIS_START = -1

export const CHOICES = {
  preStopSeconds: [0, 5, 10, 40],
  graceSeconds: [10, 30, 60],
  propagationSeconds: [1, 3, 8],
  app: ['exit', 'drain', 'ignore'] as AppBehaviour[],
  requestSeconds: [1, 5, 20],
} as const

export const APP_LABEL: Record<AppBehaviour, string> = {
  exit: 'すぐ終了する',
  drain: '処理中のリクエストを終えてから終了する',
  ignore: 'SIGTERMを無視する（PID 1のシェルなど）',
}

export const DEFAULT_OPTIONS: TerminationOptions = {
  preStopSeconds: 0,
  graceSeconds: 30,
  propagationSeconds: 3,
  app: 'exit',
  requestSeconds: 1,
}

function check(options: TerminationOptions) {
  const { preStopSeconds, graceSeconds, propagationSeconds, requestSeconds, app } = options
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min
  if (!whole(preStopSeconds, 0) || !whole(graceSeconds, 1) || !whole(propagationSeconds, 1) || !whole(requestSeconds, 1))
    throw new RangeError(`seconds must be whole numbers (preStop ≥ 0, the others ≥ 1): ${JSON.stringify(options)}`)
  if (!CHOICES.app.includes(app))
    throw new RangeError(`unknown app behaviour: ${String(app)}`)
}

/** Arrivals drawn: one just before the deletion, then every second until 2 s after routing stops. */
export function arrivals(propagationSeconds: number): number[] {
  return Array.from({ length: propagationSeconds + 3 }, (_, i) => i - 0.5)
}

export function simulate(options: TerminationOptions): Timeline {
  check(options)
  const { preStopSeconds, graceSeconds, propagationSeconds, app, requestSeconds } = options
  const sigterm = Math.min(preStopSeconds, graceSeconds)
  const killAt = sigterm + Math.max(graceSeconds - sigterm, MIN_GRACE)
  const stopAccepting = app === 'ignore'
    ? killAt
    : sigterm
  const times = arrivals(propagationSeconds)
  const accepted = times.filter(at => at < propagationSeconds && at < stopAccepting)
  const lastEnd = Math.max(sigterm, ...accepted.map(at => at + requestSeconds))
  const exitAt = app === 'exit'
    ? sigterm
    : app === 'ignore'
      ? killAt
      : Math.min(killAt, lastEnd)
  const killed = app === 'ignore' || (app === 'drain' && lastEnd > killAt)
  const requests = times.map((at): RequestResult => {
    if (at >= propagationSeconds)
      return { at, end: at, outcome: 'elsewhere' }
    if (at >= stopAccepting)
      return { at, end: at, outcome: 'refused' }
    return at + requestSeconds <= exitAt
      ? { at, end: at + requestSeconds, outcome: 'ok' }
      : { at, end: exitAt, outcome: 'cut' }
  })
  const shownEnds = requests.map(r => r.end)
  return {
    options: { ...options },
    sigterm,
    preStopCut: preStopSeconds > graceSeconds,
    killAt,
    stopAccepting,
    exitAt,
    killed,
    requests,
    end: Math.ceil(Math.max(exitAt, propagationSeconds, ...shownEnds)) + 1,
  }
}

/** Seconds as Japanese text: 0.5 → 「0.5秒」, -0.5 → 「削除の0.5秒前」. */
export function seconds(t: number): string {
  return t < 0
    ? `削除の${-t}秒前`
    : `${t}秒`
}

export function counts(t: Timeline): Record<Outcome, number> {
  const c: Record<Outcome, number> = {
    ok: 0,
    refused: 0,
    cut: 0,
    elsewhere: 0,
  }
  for (const r of t.requests)
    c[r.outcome]++
  return c
}

/** One line per moment of the timeline, in order (the figure's text alternative). */
export function events(t: Timeline): string[] {
  const { preStopSeconds, graceSeconds, propagationSeconds, app } = t.options
  const out = [`0秒: Podを削除する。EndpointSliceでこのPodがready=false（terminating=true）になる`]
  out.push(preStopSeconds === 0
    ? 'preStopなし: kubeletはすぐにSIGTERMを送る'
    : t.preStopCut
      ? `0〜${t.sigterm}秒: preStopのsleep ${preStopSeconds}秒が猶予${graceSeconds}秒で打ち切られる`
      : `0〜${t.sigterm}秒: preStopのsleep。この間もアプリは普段どおり受け付ける`)
  const moments: [number, string][] = [
    [propagationSeconds, `${propagationSeconds}秒: すべてのkube-proxyとロードバランサーがこのPodに送るのをやめる`],
    [t.sigterm, `${t.sigterm}秒: SIGTERM。アプリは${APP_LABEL[app]}`],
  ]
  if (t.killed)
    moments.push([t.killAt, `${t.killAt}秒: 猶予が尽きてSIGKILL。コンテナが止まる`])
  else
    moments.push([t.exitAt, `${t.exitAt}秒: コンテナが自分で終了する（SIGKILLは不要）`])
  // A stable sort keeps the text order for moments at the same second.
  moments.sort((a, b) => a[0] - b[0])
  return [
    ...out,
    ...moments.map(m => m[1]),
  ]
}

export function summarize(t: Timeline): string {
  const c = counts(t)
  const failed = c.refused + c.cut
  const routed = t.requests.length - c.elsewhere
  const head = `このPodに届いた${routed}件のうち`
  if (failed === 0)
    return `${head}失敗は0件。${t.killed ? 'ただしPodが消えるのはSIGKILLの後' : 'すべて処理してからPodが消える'}`
  const parts = [
    c.refused > 0
      ? `受け付けられず${c.refused}件（${t.requests.filter(r => r.outcome === 'refused').map(r => seconds(r.at)).join('、')}に到着）`
      : '',
    c.cut > 0
      ? `処理中に切断${c.cut}件`
      : '',
  ].filter(Boolean)
  return `${head}失敗${failed}件: ${parts.join('、')}`
}
