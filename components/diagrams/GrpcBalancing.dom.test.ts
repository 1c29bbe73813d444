import type { VueWrapper } from '@vue/test-utils'
import type { GrpcOptions } from './grpcBalancing'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { axeViolations } from '../../test/support/axe'
import { createSimulation, run, scale, step, summarize } from './grpcBalancing'
import GrpcBalancing from './GrpcBalancing.vue'

const DEFAULTS: GrpcOptions = { balancer: 'l4', clients: 2, reconnectEvery: 0 }

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function setup() {
  const w = mount(GrpcBalancing, { attachTo: document.body })
  wrapper = w
  const button = (name: string) => w.findAll('button').find(b => b.text() === name)!
  const labelled = (text: string) => {
    const label = w.findAll('label').find(l => l.text().startsWith(text))!
    const id = label.attributes('for')
    return id
      ? w.get(`[id="${id}"]`)
      : label.get('input, select')
  }
  return {
    w,
    summary: () => w.get('[aria-live="polite"]').text(),
    svg: () => w.get('svg[role="img"]'),
    sendOne: button('1件送る'),
    sendHundred: button('100件送る'),
    scaleUp: button('Podを6個に増やす'),
    reset: button('リセット'),
    labelled,
  }
}

describe('grpcBalancing', () => {
  it('has no axe violations, before and after sending', async () => {
    const { w, sendHundred } = setup()
    expect(await axeViolations(w.element)).toEqual([])
    await sendHundred.trigger('click')
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('names its controls, groups and drawing', () => {
    const { w, svg } = setup()
    expect(w.findAll('legend').map(l => l.text())).toEqual(['条件', '振り分け方'])
    const [title, desc] = svg().attributes('aria-labelledby')!.split(' ').map(id => w.get(`[id="${id}"]`).text())
    expect(title).toBe('gRPCリクエストのPodごとの件数（L4（kube-proxy、接続単位））')
    expect(desc).toBe(summarize(createSimulation(DEFAULTS, 3)))
  })

  it('draws the default clients and Pods', () => {
    const { svg } = setup()
    expect(svg().text()).toContain('C1')
    expect(svg().text()).toContain('C2')
    expect(svg().text()).toContain('P3')
    expect(svg().text()).not.toContain('P4')
  })

  it('leaves new Pods idle under L4 after scaling 3 → 6, as the model does', async () => {
    const { w, summary, sendHundred, scaleUp } = setup()
    let model = createSimulation(DEFAULTS, 3)
    expect(summary()).toBe(summarize(model))
    await sendHundred.trigger('click')
    model = run(model, 100)
    expect(summary()).toBe(summarize(model))
    await scaleUp.trigger('click')
    await sendHundred.trigger('click')
    model = run(scale(model, 6), 100)
    expect(summary()).toBe(summarize(model))
    expect(summary()).toContain('Pod4、Pod5、Pod6')
    expect(scaleUp.attributes('disabled')).toBeDefined()
    expect(w.findAll('rect.grpc-added')).toHaveLength(3)
    expect(w.findAll('text.grpc-zero')).toHaveLength(model.counts.filter(n => n === 0).length)
  })

  for (const [label, balancer] of [
    ['L7プロキシ（リクエスト単位）', 'l7'],
    ['クライアント側（Headless Service）', 'client'],
  ] as const) {
    it(`follows the model with ${balancer}`, async () => {
      const { summary, sendHundred, labelled, svg } = setup()
      await labelled(label).setValue(true)
      await sendHundred.trigger('click')
      const model = run(createSimulation({ ...DEFAULTS, balancer }, 3), 100)
      expect(summary()).toBe(summarize(model))
      expect(summary()).toContain('全Podにリクエストが届いている')
      expect(svg().get('title').text()).toContain(label)
    })
  }

  it('resets with the Pod, client and reconnect controls', async () => {
    const { w, summary, sendOne, sendHundred, labelled } = setup()
    await labelled('Pod数').setValue('5')
    await labelled('クライアント数').setValue('4')
    await labelled('接続の張り直し').setValue('10')
    const options = { balancer: 'l4', clients: 4, reconnectEvery: 10 } as const
    expect(summary()).toBe(summarize(createSimulation(options, 5)))
    expect(w.findAll('output').map(o => o.text())).toEqual(['5', '4'])
    await sendOne.trigger('click')
    await sendHundred.trigger('click')
    expect(summary()).toBe(summarize(run(createSimulation(options, 5), 101)))
  })

  it('sends one request as the model\'s step does, and the reset button starts over', async () => {
    const { summary, sendOne, reset, labelled } = setup()
    await labelled('L7プロキシ（リクエスト単位）').setValue(true)
    await labelled('Pod数').setValue('4')
    await sendOne.trigger('click')
    expect(summary()).toBe(summarize(step(createSimulation({ ...DEFAULTS, balancer: 'l7' }, 4))))
    await reset.trigger('click')
    expect(summary()).toBe(summarize(createSimulation({ ...DEFAULTS, balancer: 'l7' }, 4)))
  })

  it('groups the balancer radios under one name, so arrow keys move between them', () => {
    const { w } = setup()
    const names = new Set(w.findAll('input[type="radio"]').map(r => r.attributes('name')))
    expect(names.size).toBe(1)
  })

  it('gives two instances on one page distinct ids and radio groups', () => {
    const page = mount(defineComponent({
      render: () => [
        h(GrpcBalancing),
        h(GrpcBalancing),
      ],
    }), { attachTo: document.body })
    wrapper = page
    const ids = page.findAll('[id]').map(e => e.attributes('id'))
    expect(ids).toHaveLength(8)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(page.findAll('input[type="radio"]').map(r => r.attributes('name'))).size).toBe(2)
  })
})
