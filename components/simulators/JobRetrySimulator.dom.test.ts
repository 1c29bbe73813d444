import type { VueWrapper } from '@vue/test-utils'
import type { JobOptions } from './jobRetries'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../../test/support/axe'
import { describeAttempt, simulateJob, summarizeJob } from './jobRetries'
import JobRetrySimulator from './JobRetrySimulator.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

function setup() {
  const w = mount(JobRetrySimulator, { attachTo: document.body })
  wrapper = w
  return {
    w,
    summary: () => w.get('[aria-live="polite"]').text(),
    items: () => logNamed(w, 'Podごとの経過').findAll('li').map(li => li.text()),
    svg: () => w.get('svg[role="img"]'),
    scenario: (label: string | RegExp) => w.findAll('fieldset label').find(l => typeof label === 'string'
      ? l.text() === label
      : label.test(l.text()))!.get('input'),
    backoffLimit: w.get('select#job-backoff-limit'),
    succeedOn: w.get('select#job-succeed-on'),
  }
}
const expected = (o: JobOptions) => simulateJob(o)

/** The list inside the figure whose caption names it (a figure, not aria-label on an <ol>). */
function logNamed(w: ReturnType<typeof mount>, name: string) {
  const figure = w.findAll('figure').find(f => f.find('figcaption').text() === name)
  if (!figure)
    throw new Error(`no figure captioned ${name}`)
  return figure.get('ol')
}

describe('jobRetrySimulator', () => {
  it('has no axe violations', async () => {
    const { w, scenario } = setup()
    expect(await axeViolations(w.element)).toEqual([])
    await scenario('k回目で成功').setValue(true)
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('names the region, the controls and the drawing', () => {
    const { w } = setup()
    expect(w.get('#job-sim-title').text()).toBe('Jobのリトライのシミュレーター（restartPolicy: Never）')
    expect(w.get('label[for="job-backoff-limit"]').text()).toBe('backoffLimit')
    expect(w.get('label[for="job-succeed-on"]').text()).toBe('成功する回（k）')
    expect(w.get('fieldset legend').text()).toBe('失敗のしかた')
    expect(w.get('svg title').text()).toBe('Podごとの待ち時間と結果')
  })

  it('shows each scenario as the model does', async () => {
    const { summary, items, svg, scenario, backoffLimit, succeedOn } = setup()
    const initial = expected({ backoffLimit: 2, scenario: 'alwaysFail' })
    expect(summary()).toBe(summarizeJob(initial))
    expect(items()).toEqual(initial.attempts.map(describeAttempt))
    expect(items()).toHaveLength(3)

    await backoffLimit.setValue('0')
    expect(summary()).toBe(summarizeJob(expected({ backoffLimit: 0, scenario: 'alwaysFail' })))
    expect(items()).toHaveLength(1)

    await backoffLimit.setValue('4')
    await scenario(/終了コード42/).setValue(true)
    expect(summary()).toBe(summarizeJob(expected({ backoffLimit: 4, scenario: 'exit42' })))
    expect(svg().text()).toContain('FailJob 1/5')

    await scenario(/drainで中断/).setValue(true)
    await backoffLimit.setValue('0')
    expect(summary()).toBe(summarizeJob(expected({ backoffLimit: 0, scenario: 'disruption' })))
    expect(svg().text()).toContain('中断・数えず')

    await scenario('k回目で成功').setValue(true)
    await backoffLimit.setValue('6')
    await succeedOn.setValue('5')
    const succeeded = expected({ backoffLimit: 6, scenario: 'succeedOn', succeedOn: 5 })
    expect(summary()).toBe(summarizeJob(succeeded))
    expect(svg().text()).toContain('1分20秒')
    expect(items()).toEqual(succeeded.attempts.map(describeAttempt))
  })

  it('enables the k select only for the k-th-success scenario', async () => {
    const { summary, scenario, succeedOn } = setup()
    expect(succeedOn.attributes('disabled')).toBeDefined()
    await scenario('k回目で成功').setValue(true)
    expect(succeedOn.attributes('disabled')).toBeUndefined()
    expect(summary()).toBe(summarizeJob(expected({ backoffLimit: 2, scenario: 'succeedOn', succeedOn: 3 })))
  })

  it('groups the scenario radios under one name, so arrow keys move between them', () => {
    const { w } = setup()
    const names = new Set(w.findAll('input[type="radio"]').map(r => r.attributes('name')))
    expect([...names]).toEqual(['job-scenario'])
  })
})
