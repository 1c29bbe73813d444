import type { VueWrapper } from '@vue/test-utils'
import type { SourceIpOptions } from './sourceIp'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/support/axe'
import { DEFAULT_OPTIONS, simulateSourceIp } from './sourceIp'
import SourceIpFlow from './SourceIpFlow.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function setup() {
  const w = mount(SourceIpFlow, { attachTo: document.body })
  wrapper = w
  return {
    w,
    summary: () => w.get('[aria-live="polite"]').text(),
    svg: () => w.get('svg[role="img"]'),
    control: (label: string) => w.findAll('label').find(l => l.text() === label)!.get('input'),
  }
}
function model(o: Partial<SourceIpOptions>) {
  return simulateSourceIp({
    ...DEFAULT_OPTIONS,
    ...o,
  })
}

describe('sourceIpFlow', () => {
  it('has no axe violations, with and without the Ingress', async () => {
    const { w, control } = setup()
    expect(await axeViolations(w.element)).toEqual([])
    await control('L7プロキシ（Ingress）を挟む').setValue(true)
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('names the drawing by its title and the model\'s summary', () => {
    const { w, svg } = setup()
    const [title, desc] = svg().attributes('aria-labelledby')!.split(' ').map(id => w.get(`[id="${id}"]`).text())
    expect(title).toBe('送信元IPの変化（externalTrafficPolicy: Cluster）')
    expect(desc).toBe(model({}).summary)
  })

  it('shows the first hop and the initial summary', () => {
    const { summary, svg } = setup()
    expect(svg().text()).toContain('203.0.113.7:51234 → 198.51.100.10:80')
    expect(summary()).toBe(model({}).summary)
  })

  it('shows the model summary for each control', async () => {
    const { w, summary, svg, control } = setup()
    expect(summary()).toBe(model({}).summary)
    expect(svg().text()).toContain('SNAT → 10.0.1.5')

    await control('Local').setValue(true)
    expect(summary()).toBe(model({ policy: 'Local' }).summary)
    expect(svg().text()).toContain('SNATなし')
    expect(svg().get('title').text()).toBe('送信元IPの変化（externalTrafficPolicy: Local）')

    await control('受けたノード（ノードA）にPodがある').setValue(false)
    expect(summary()).toBe(model({ policy: 'Local', localEndpoint: false }).summary)
    expect(svg().text()).toContain('ヘルスチェック: 失敗')
    expect(svg().text()).toContain('健全なノードBへ')

    await control('Cluster').setValue(true)
    expect(summary()).toBe(model({ localEndpoint: false }).summary)

    await control('L7プロキシ（Ingress）を挟む').setValue(true)
    expect(summary()).toBe(model({ localEndpoint: false, ingress: true }).summary)
    expect(svg().text()).toContain('アプリPod')

    await control('LBがPROXYプロトコルで送る').setValue(true)
    const last = model({ localEndpoint: false, ingress: true, proxyProtocol: true })
    expect(summary()).toBe(last.summary)
    expect(svg().text()).toContain('XFF 203.0.113.7')
    expect(w.get('.sip-tradeoff').text()).toBe(last.tradeoff)
  })

  it('lists one note per hop, with the circled numbers hidden from screen readers', async () => {
    const { w, control } = setup()
    const notes = () => w.findAll('ol.sip-notes li')
    expect(notes()).toHaveLength(model({}).hops.length)
    await control('L7プロキシ（Ingress）を挟む').setValue(true)
    expect(notes()).toHaveLength(model({ ingress: true }).hops.length)
    expect(notes()[0]!.get('span').attributes('aria-hidden')).toBe('true')
  })

  it('grows the drawing\'s height with the Ingress rows', async () => {
    const { svg, control } = setup()
    const height = () => Number(svg().attributes('viewBox')!.split(' ')[3])
    const before = height()
    await control('L7プロキシ（Ingress）を挟む').setValue(true)
    expect(height()).toBeGreaterThan(before)
  })

  it('groups the policy radios under one name, so arrow keys move between them', () => {
    const { control } = setup()
    expect(control('Cluster').attributes('name')).toBe(control('Local').attributes('name'))
  })
})
