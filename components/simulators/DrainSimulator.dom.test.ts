import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/support/axe'
import { createDrainState, runDrain, stepDrain, summarizeDrain } from './drain'
import DrainSimulator from './DrainSimulator.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function setup() {
  const w = mount(DrainSimulator, { attachTo: document.body })
  wrapper = w
  const button = (name: string) => w.findAll('button').find(b => b.text() === name)!
  return {
    w,
    summary: () => w.get('[aria-live="polite"]').text(),
    log: () => logNamed(w, 'イベントの記録（新しい8件）'),
    step: button('1ステップ進める'),
    reset: button('リセット'),
    radio: (label: string) => w.findAll('label').find(l => l.text() === label)!.get('input'),
    replicas: w.get('select#drain-replicas'),
  }
}

/** The list inside the figure whose caption names it (a figure, not aria-label on an <ol>). */
function logNamed(w: ReturnType<typeof mount>, name: string) {
  const figure = w.findAll('figure').find(f => f.find('figcaption').text() === name)
  if (!figure)
    throw new Error(`no figure captioned ${name}`)
  return figure.get('ol')
}

describe('drainSimulator', () => {
  it('has no axe violations, initially and mid-drain', async () => {
    const { w, step } = setup()
    expect(await axeViolations(w.element)).toEqual([])
    await step.trigger('click')
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('names the region, the controls and both drawings', () => {
    const { w } = setup()
    expect(w.get('section').attributes('aria-labelledby')).toBe('drain-sim-title')
    expect(w.get('#drain-sim-title').text()).toBe('drainとPDBのシミュレーター')
    expect(w.get('label[for="drain-replicas"]').text()).toBe('レプリカ数')
    expect(w.findAll('svg[role="img"]').map(s => s.get('title').text())).toEqual(['ノードとPodの配置', 'ステップごとのReadyなPodの数'])
  })

  it('shows the initial state in the live summary and the drawing', () => {
    const { w, summary } = setup()
    const initial = createDrainState({ replicas: 3, pdb: 'none' })
    expect(summary()).toBe(summarizeDrain(initial))
    expect(w.get('#drain-svg-desc').text()).toBe(summarizeDrain(initial))
    expect(w.findAll('rect.pod')).toHaveLength(3)
  })

  it('steps the drain as the model does under minAvailable and logs the refused eviction', async () => {
    const { summary, step, radio, log } = setup()
    await radio('minAvailable: 2').setValue(true)
    let expected = createDrainState({ replicas: 3, pdb: 'minAvailable' })
    expect(summary()).toBe(summarizeDrain(expected))
    for (let i = 0; i < 2; i++) {
      await step.trigger('click')
      expected = stepDrain(expected)
      expect(summary()).toBe(summarizeDrain(expected))
    }
    expect(log().text()).toContain('429 Too Many Requests')
  })

  it('drops to zero Ready Pods without a PDB, disables stepping when done and resets', async () => {
    const { w, summary, step, reset, radio, replicas } = setup()
    await radio('minAvailable: 2').setValue(true)
    await radio('PDBなし').setValue(true)
    await replicas.setValue('2')
    expect(summary()).toBe(summarizeDrain(createDrainState({ replicas: 2, pdb: 'none' })))
    await step.trigger('click')
    await step.trigger('click')
    expect(summary()).toContain('Ready 0/2')
    expect(w.findAll('rect.bar.zero').length).toBeGreaterThan(0)

    const done = runDrain({ replicas: 2, pdb: 'none' })
    for (let i = 2; i < done.step; i++)
      await step.trigger('click')
    expect(summary()).toBe(summarizeDrain(done))
    expect(step.attributes('disabled')).toBeDefined()

    await reset.trigger('click')
    expect(summary()).toBe(summarizeDrain(createDrainState({ replicas: 2, pdb: 'none' })))
    expect(step.attributes('disabled')).toBeUndefined()
  })

  it('reports a drain that can never finish', async () => {
    const { summary, step, radio, replicas } = setup()
    await radio('minAvailable: 2').setValue(true)
    await replicas.setValue('2')
    const stuck = runDrain({ replicas: 2, pdb: 'minAvailable' })
    for (let i = 0; i < stuck.step; i++)
      await step.trigger('click')
    expect(summary()).toBe(summarizeDrain(stuck))
    expect(summary()).toContain('drainは進まない')
  })

  it('draws the budget line only under a PDB', async () => {
    const { w, radio } = setup()
    expect(w.find('line.budget').exists()).toBe(false)
    await radio('maxUnavailable: 1').setValue(true)
    expect(w.find('line.budget').exists()).toBe(true)
  })

  it('keeps at most the newest 8 events in the log', async () => {
    const { step, radio, replicas, log } = setup()
    await radio('minAvailable: 2').setValue(true)
    await replicas.setValue('2')
    const stuck = runDrain({ replicas: 2, pdb: 'minAvailable' })
    for (let i = 0; i < stuck.step; i++)
      await step.trigger('click')
    expect(log().findAll('li').map(li => li.text())).toEqual(stuck.events.slice(-8))
  })
})
