// Pure, seeded simulation of gRPC (HTTP/2) requests spread over Pods by three kinds of balancer:
// L4 (kube-proxy picks a Pod per connection), an HTTP/2-aware L7 proxy (picks per request) and
// client-side round robin over a headless Service's endpoints. Deterministic (mulberry32 with a
// fixed seed) so the server render, the client and the tests agree. GrpcBalancing.vue renders it.

export type Balancer = 'l4' | 'l7' | 'client'

export interface GrpcOptions {
  balancer: Balancer
  /** Number of client processes, each holding one HTTP/2 connection (or one per endpoint). 1–8 */
  clients: number
  /** Requests per connection before it is closed and reopened (max connection age); 0 = never. */
  reconnectEvery: number
}

export interface ClientState {
  /** L4: the Pod the connection was opened to; null before the first request. */
  pod: number | null
  /** Requests sent on the current connection(s). */
  sent: number
  /** client-side: endpoints known since the last DNS resolution. */
  known: number
  /** client-side: next endpoint in the round robin. */
  cursor: number
}

export interface GrpcState {
  options: GrpcOptions
  pods: number
  counts: number[]
  clients: ClientState[]
  nextClient: number
  rng: number
  total: number
  reconnects: number
}

export const MAX_PODS = 8
export const MAX_CLIENTS = 8
// Fixed so every render agrees; 3 sends the default two clients to different Pods.
export const SEED = 3

export const BALANCER_LABEL: Record<Balancer, string> = {
  l4: 'L4（kube-proxy、接続単位）',
  l7: 'L7プロキシ（リクエスト単位）',
  client: 'クライアント側（Headless Service）',
}

/** mulberry32: returns [value in [0, 1), next state]. */
export function mulberry32(state: number): [number, number] {
  const next = (state + 0x6D2B79F5) | 0
  let t = next
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next]
}

function checkRange(name: string, value: number, max: number) {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new RangeError(`${name} must be an integer from 1 to ${max}: ${value}`)
}

export function createSimulation(options: GrpcOptions, pods: number): GrpcState {
  checkRange('pods', pods, MAX_PODS)
  checkRange('clients', options.clients, MAX_CLIENTS)
  if (!Number.isInteger(options.reconnectEvery) || options.reconnectEvery < 0)
    throw new RangeError(`reconnectEvery must be a non-negative integer: ${options.reconnectEvery}`)
  return {
    options: { ...options },
    pods,
    counts: Array.from<number>({ length: pods }).fill(0),
    clients: Array.from({ length: options.clients }, (_, i) => ({
      pod: null,
      sent: 0,
      known: pods,
      cursor: i % pods,
    })),
    nextClient: 0,
    rng: SEED,
    total: 0,
    reconnects: 0,
  }
}

function clone(s: GrpcState): GrpcState {
  return {
    ...s,
    counts: [...s.counts],
    clients: s.clients.map(c => ({ ...c })),
  }
}

function pick(s: GrpcState, n: number): number {
  const [v, next] = mulberry32(s.rng)
  s.rng = next
  return Math.floor(v * n)
}

/** Sends one request from the next client (clients take turns). */
export function step(state: GrpcState): GrpcState {
  const s = clone(state)
  const c = s.clients[s.nextClient]
  s.nextClient = (s.nextClient + 1) % s.clients.length
  const { balancer, reconnectEvery } = s.options
  const expired = reconnectEvery > 0 && c.sent >= reconnectEvery
  if (expired) {
    s.reconnects++
    c.sent = 0
  }
  let pod: number
  if (balancer === 'l4') {
    if (c.pod === null || expired)
      c.pod = pick(s, s.pods)
    pod = c.pod
  }
  else if (balancer === 'l7') {
    // The proxy watches EndpointSlices, so it picks among all current Pods for every request.
    pod = pick(s, s.pods)
  }
  else {
    // gRPC re-resolves DNS when its connections go away; until then it only knows the old endpoints.
    if (expired)
      c.known = s.pods
    pod = c.cursor % c.known
    c.cursor = (c.cursor + 1) % c.known
  }
  c.sent++
  s.counts[pod]++
  s.total++
  return s
}

export function run(state: GrpcState, requests: number): GrpcState {
  let s = state
  for (let i = 0; i < requests; i++)
    s = step(s)
  return s
}

/** Scales the Deployment; existing connections stay as they are. */
export function scale(state: GrpcState, pods: number): GrpcState {
  checkRange('pods', pods, MAX_PODS)
  const s = clone(state)
  s.counts = Array.from({ length: pods }, (_, i) => state.counts[i] ?? 0)
  s.pods = pods
  for (const c of s.clients) {
    if (c.pod !== null && c.pod >= pods)
      c.pod = null
    c.known = Math.min(c.known, pods)
    c.cursor %= c.known
  }
  return s
}

/** Indices of Pods each client currently sends to (for drawing the connections). */
export function connections(state: GrpcState): number[][] {
  const all = Array.from({ length: state.pods }, (_, i) => i)
  return state.clients.map((c) => {
    if (state.options.balancer === 'l4') {
      return c.pod === null
        ? []
        : [c.pod]
    }
    if (state.options.balancer === 'l7')
      return all
    return all.slice(0, c.known)
  })
}

export function idlePods(state: GrpcState): number[] {
  return state.counts.flatMap((n, i) => n === 0
    ? [i]
    : [])
}

export function summarize(state: GrpcState): string {
  const head = `${BALANCER_LABEL[state.options.balancer]}、Pod ${state.pods}個、クライアント ${state.clients.length}個`
  if (state.total === 0)
    return `${head}。まだリクエストを送っていない`
  const per = state.counts.map((n, i) => `Pod${i + 1}: ${n}`).join('、')
  const idle = idlePods(state)
  const tail = idle.length === 0
    ? '全Podにリクエストが届いている'
    : `リクエストが0件のPod: ${idle.map(i => `Pod${i + 1}`).join('、')}`
  return `${head}。${state.total}件送信（${per}）。${tail}`
}
