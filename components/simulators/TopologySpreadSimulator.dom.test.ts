import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/support/axe'
import { addPod, createSpreadState, removePod, setMaxSkew, setWhenUnsatisfiable, setZoneBlocked, summarizeSpread } from './topologySpread'
import TopologySpreadSimulator from './TopologySpreadSimulator.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function setup() {
  const w = mount(TopologySpreadSimulator, { attachTo: document.body })
  wrapper = w
  const button = (name: string) => w.findAll('button').find(b => b.text() === name)!
  return {
    w,
    summary: () => w.get('[aria-live="polite"]').text(),
    log: () => logNamed(w, 'イベントの記録（新しい8件）'),
    add: button('Podを追加'),
    remove: button('Podを削除（スケールダウン）'),
    reset: button('リセット'),
    taint: w.findAll('label').find(l => l.text().startsWith('zone-c のノードにtaint'))!.get('input[type="checkbox"]'),
    mode: (value: string) => w.findAll('label').find(l => l.text() === value)!.get('input[type="radio"]'),
    maxSkew: w.get('select#spread-max-skew'),
    removeZone: w.get('select#spread-remove-zone'),
  }
}

/** The list inside the figure whose caption names it (a figure, not aria-label on an <ol>). */
function logNamed(w: ReturnType<typeof mount>, name: string) {
  const figure = w.findAll('figure').find(f => f.find('figcaption').text() === name)
  if (!figure)
    throw new Error(`no figure captioned ${name}`)
  return figure.get('ol')
}

describe('topologySpreadSimulator', () => {
  it('has no axe violations, initially and with a Pending Pod', async () => {
    const { w, taint, add } = setup()
    expect(await axeViolations(w.element)).toEqual([])
    await taint.setValue(true)
    await add.trigger('click')
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('names the region and labels every control', () => {
    const { w } = setup()
    expect(w.get('#spread-sim-title').text()).toBe('topologySpreadConstraintsのシミュレーター（topologyKey: ゾーン）')
    expect(w.get('label[for="spread-max-skew"]').text()).toBe('maxSkew')
    expect(w.get('label[for="spread-remove-zone"]').text()).toBe('削除するゾーン')
    expect(w.get('svg[role="img"] title').text()).toBe('ゾーンとノードごとのPodの配置')
  })

  it('places, holds Pending and leaves skew as the model does', async () => {
    const { w, summary, log, add, remove, taint, mode, removeZone } = setup()
    let expected = createSpreadState()
    expect(summary()).toBe(summarizeSpread(expected))

    await taint.setValue(true)
    expected = setZoneBlocked(expected, 'zone-c', true)
    expect(w.get('svg').text()).toContain('zone-c（taint）')
    await add.trigger('click')
    expected = addPod(expected)
    expect(summary()).toBe(summarizeSpread(expected))
    expect(summary()).toContain('Pending 1個')

    await mode('ScheduleAnyway').setValue(true)
    expected = setWhenUnsatisfiable(expected, 'ScheduleAnyway')
    expect(summary()).toBe(summarizeSpread(expected))
    expect(summary()).toContain('Pending 0個')

    await taint.setValue(false)
    expected = setZoneBlocked(expected, 'zone-c', false)
    await add.trigger('click')
    expected = addPod(expected)
    expect(summary()).toBe(summarizeSpread(expected))

    await removeZone.setValue('zone-b')
    await remove.trigger('click')
    await remove.trigger('click')
    expected = removePod(removePod(expected, 'zone-b'), 'zone-b')
    expect(summary()).toBe(summarizeSpread(expected))
    expect(log().text()).toContain('のまま残り')
  })

  it('changes maxSkew from its select', async () => {
    const { summary, maxSkew } = setup()
    await maxSkew.setValue('2')
    expect(summary()).toContain('maxSkew 2')
    expect(summary()).toBe(summarizeSpread(setMaxSkew(createSpreadState(), 2)))
  })

  it('marks the node the next Pod goes to and each zone\'s skew after adding', () => {
    const { w } = setup()
    expect(w.findAll('rect.node.next')).toHaveLength(1)
    expect(w.get('svg').text()).toContain('← 次')
    expect(w.get('svg').text()).toMatch(/追加後の偏り \d ○/)
  })

  it('resets the state and the zone to remove from', async () => {
    const { summary, add, reset, removeZone } = setup()
    await add.trigger('click')
    await removeZone.setValue('zone-c')
    await reset.trigger('click')
    expect(summary()).toBe(summarizeSpread(createSpreadState()))
    expect((removeZone.element as HTMLSelectElement).value).toBe('zone-a')
  })

  it('disables adding at 18 Pods', async () => {
    const { add } = setup()
    let state = createSpreadState()
    while (state.pods.length < 18) {
      expect(add.attributes('disabled')).toBeUndefined()
      await add.trigger('click')
      state = addPod(state)
    }
    expect(add.attributes('disabled')).toBeDefined()
  })

  it('groups the whenUnsatisfiable radios under one name, so arrow keys move between them', () => {
    const { mode } = setup()
    expect(mode('DoNotSchedule').attributes('name')).toBe(mode('ScheduleAnyway').attributes('name'))
  })
})
