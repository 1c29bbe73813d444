// Cases follow kubernetes.io "Using Source IP" (https://kubernetes.io/docs/tutorials/services/source-ip/)
// and Service traffic policies (https://kubernetes.io/docs/concepts/services-networking/service/#traffic-policies):
// Cluster SNATs external traffic to the node IP; Local keeps the client IP and drops traffic on nodes
// without a local endpoint, which fail the LB's health check on healthCheckNodePort.
import type { SourceIpOptions } from './sourceIp'
import { describe, expect, it } from 'vitest'
import { ADDR, DEFAULT_OPTIONS, simulateSourceIp } from './sourceIp'
import { sourceIpLayout } from './sourceIpLayout'
import { labelBox, layoutProblems, pathSegments, segmentCrossesBox } from './svgLayout'

function opts(o: Partial<SourceIpOptions>): SourceIpOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...o,
  }
}

describe('simulateSourceIp', () => {
  it.each([
    // policy, local Pod, ingress, PROXY, Pod sees, X-Forwarded-For, client IP visible, SNAT
    [
      'Cluster',
      true,
      false,
      false,
      ADDR.nodeA,
      null,
      false,
      true,
    ],
    [
      'Cluster',
      false,
      false,
      false,
      ADDR.nodeA,
      null,
      false,
      true,
    ],
    [
      'Local',
      true,
      false,
      false,
      ADDR.client,
      null,
      true,
      false,
    ],
    [
      'Cluster',
      true,
      true,
      false,
      ADDR.podA,
      ADDR.nodeA,
      false,
      true,
    ],
    [
      'Cluster',
      false,
      true,
      false,
      ADDR.podB,
      ADDR.nodeA,
      false,
      true,
    ],
    [
      'Local',
      true,
      true,
      false,
      ADDR.podA,
      ADDR.client,
      true,
      false,
    ],
    [
      'Cluster',
      true,
      true,
      true,
      ADDR.podA,
      ADDR.client,
      true,
      true,
    ],
    [
      'Cluster',
      false,
      false,
      true,
      ADDR.nodeA,
      null,
      true,
      true,
    ],
    [
      'Local',
      true,
      true,
      true,
      ADDR.podA,
      ADDR.client,
      true,
      false,
    ],
  ] as const)('%s / local=%s / ingress=%s / proxy=%s: the app sees %s', (policy, localEndpoint, ingress, proxyProtocol, sees, xff, visible, snat) => {
    const r = simulateSourceIp({
      policy,
      localEndpoint,
      ingress,
      proxyProtocol,
    })
    expect(r.dropped).toBe(false)
    expect(r.podSeesSource).toBe(sees)
    expect(r.forwardedFor).toBe(xff)
    expect(r.clientIpVisible).toBe(visible)
    expect(r.snatAt !== null).toBe(snat)
  })

  it('drops traffic on a node without a local endpoint under Local', () => {
    const r = simulateSourceIp(opts({ policy: 'Local', localEndpoint: false }))
    expect(r.dropped).toBe(true)
    expect(r.podSeesSource).toBeNull()
    expect(r.servedBy).toBeNull()
    expect(r.hops.at(-1)?.note).toContain('破棄')
    expect(r.hops[1].note).toContain('healthCheckNodePort')
    expect(r.summary).toContain('破棄')
  })

  it('forwards to the Pod on node B when node A has none under Cluster', () => {
    const r = simulateSourceIp(opts({ localEndpoint: false }))
    expect(r.servedBy).toBe('podB')
    expect(r.hops[2]).toMatchObject({ src: `${ADDR.nodeA}:${ADDR.snatPort}`, dst: `${ADDR.podB}:${ADDR.podPort}` })
  })

  it('keeps the client address on every hop under Local', () => {
    const r = simulateSourceIp(opts({ policy: 'Local' }))
    expect(r.hops.map(h => h.src)).toEqual(Array.from({ length: 3 }).fill(`${ADDR.client}:${ADDR.clientPort}`))
    expect(r.hops[2].dst).toBe(`${ADDR.podA}:${ADDR.podPort}`)
  })

  it('opens a new connection from the ingress Pod to the app', () => {
    const r = simulateSourceIp(opts({ policy: 'Local', ingress: true }))
    expect(r.hops).toHaveLength(4)
    expect(r.hops[3].dst).toBe(`${ADDR.app}:${ADDR.podPort}`)
    expect(r.hops[3].note).toContain(`X-Forwarded-For: ${ADDR.client}`)
  })

  it.each([
    [
      opts({}),
      'Podが見る送信元IP: 10.0.1.5（ノードのIP）',
    ],
    [
      opts({ policy: 'Local' }),
      'Podが見る送信元IP: 203.0.113.7（クライアントのIP）',
    ],
    [
      opts({ ingress: true }),
      'アプリPodが見る送信元IP: 10.244.1.12（Ingress PodのIP）。X-Forwarded-For: 10.0.1.5（ノードのIP）',
    ],
    [
      opts({ proxyProtocol: true }),
      'Podが見る送信元IP: 10.0.1.5（ノードのIP）。PROXYヘッダのクライアント: 203.0.113.7（Podが解釈できる場合）',
    ],
  ])('writes a Japanese summary (%#)', (o, summary) => {
    expect(simulateSourceIp(o).summary).toBe(summary)
  })

  it.each([
    ['Cluster', '均等'],
    ['Local', '負荷が重く'],
  ] as const)('states the trade-off of %s', (policy, phrase) => {
    expect(simulateSourceIp(opts({ policy })).tradeoff).toContain(phrase)
  })

  it('records the PROXY header only when enabled', () => {
    expect(simulateSourceIp(opts({})).proxyHeader).toBeNull()
    expect(simulateSourceIp(opts({ proxyProtocol: true })).proxyHeader).toBe(`${ADDR.client}:${ADDR.clientPort}`)
  })
})

describe('drawing', () => {
  const all = [true, false].flatMap(localEndpoint => [true, false].flatMap(ingress => [true, false].flatMap(proxyProtocol =>
    (['Cluster', 'Local'] as const).map(policy => ({
      policy,
      localEndpoint,
      ingress,
      proxyProtocol,
    })))))

  it('keeps every label inside its box and the canvas, and no arrow crosses a label, in all 16 cases', () => {
    for (const o of all) {
      const layout = sourceIpLayout(o, simulateSourceIp(o))
      const segments = layout.arrows.flatMap(a => pathSegments(a.d))
      expect(layoutProblems({ w: layout.width, h: layout.height }, layout.labels, segments), JSON.stringify(o)).toEqual([])
    }
    expect(all).toHaveLength(16)
  })

  it('keeps arrows out of the boxes they do not start or end at', () => {
    for (const o of all) {
      const layout = sourceIpLayout(o, simulateSourceIp(o))
      const inner = layout.boxes.filter(b => b.cls !== 'sip-node').map(b => ({
        ...b.box,
        x: b.box.x + 1,
        y: b.box.y + 1,
        w: b.box.w - 2,
        h: b.box.h - 2,
      }))
      for (const [p, q] of layout.arrows.flatMap(a => pathSegments(a.d)))
        expect(inner.some(b => segmentCrossesBox(p, q, b)), `${JSON.stringify(o)} ${p.x},${p.y}→${q.x},${q.y}`).toBe(false)
    }
  })

  it('draws ② apart from node A\'s label (it covered 「ノードA」 before)', () => {
    const layout = sourceIpLayout(DEFAULT_OPTIONS, simulateSourceIp(DEFAULT_OPTIONS))
    const nodeA = labelBox(layout.labels.find(l => l.key === 'nodeA')!.label)
    const two = pathSegments(layout.arrows.find(a => a.key === 'a2')!.d)
    expect(two.some(([p, q]) => segmentCrossesBox(p, q, nodeA))).toBe(false)
  })
})
