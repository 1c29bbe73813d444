import type { VueWrapper } from '@vue/test-utils'
import type { TerminationOptions } from './gracefulTermination'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { axeViolations } from '../../test/support/axe'
import { DEFAULT_OPTIONS, events, simulate, summarize } from './gracefulTermination'
import GracefulTermination from './GracefulTermination.vue'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

function setup(initial?: Partial<TerminationOptions>) {
  const w = mount(GracefulTermination, {
    attachTo: document.body,
    props: { initial },
  })
  wrapper = w
  const select = (label: string) => w.findAll('label').find(l => l.text().startsWith(label))!.get('select')
  return {
    w,
    select,
    summary: () => w.get('[aria-live="polite"]').text(),
    svg: () => w.get('svg[role="img"]'),
  }
}

describe('gracefulTermination', () => {
  it('has no axe violations, before and after a change', async () => {
    const { w, select } = setup()
    expect(await axeViolations(w.element)).toEqual([])
    await select('preStopのsleep').setValue('5')
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('names its controls and its drawing without ids, so two on a page cannot clash', () => {
    const { w, svg } = setup()
    expect(w.get('legend').text()).toBe('条件')
    expect(w.findAll('select')).toHaveLength(5)
    for (const label of w.findAll('label'))
      expect(label.findAll('select')).toHaveLength(1)
    expect(svg().get('title').text()).toBe('Podの削除とリクエストの時間軸（preStop なし、猶予30秒）')
    expect(svg().get('desc').text()).toContain(summarize(simulate(DEFAULT_OPTIONS)))
    expect(w.findAll('[id]')).toHaveLength(0)
  })

  it('shows the default race in text: requests still routed after SIGTERM fail', () => {
    const { summary, w } = setup()
    expect(summary()).toBe(summarize(simulate(DEFAULT_OPTIONS)))
    expect(summary()).toContain('受け付けられず3件')
    expect(w.findAll('ol li').map(li => li.text())).toEqual(events(simulate(DEFAULT_OPTIONS)))
  })

  it.each([
    [
      'preStopのsleep',
      '5',
      { preStopSeconds: 5 },
    ],
    [
      'terminationGracePeriodSeconds',
      '10',
      { graceSeconds: 10 },
    ],
    [
      '全経路から外れるまで',
      '8',
      { propagationSeconds: 8 },
    ],
    [
      '1件のリクエストの長さ',
      '20',
      { requestSeconds: 20 },
    ],
    [
      'SIGTERMを受けたアプリ',
      'drain',
      { app: 'drain' },
    ],
  ] as [string, string, Partial<TerminationOptions>][])('follows the model when 「%s」 becomes %s', async (label, value, change) => {
    const { select, summary, svg } = setup()
    await select(label).setValue(value)
    const model = simulate({
      ...DEFAULT_OPTIONS,
      ...change,
    })
    expect(summary()).toBe(summarize(model))
    expect(svg().findAll('circle, path, rect').length).toBeGreaterThan(0)
  })

  it('starts from the initial props it is given', () => {
    const initial = { preStopSeconds: 10, app: 'drain' } as const
    const { summary, select } = setup(initial)
    expect(summary()).toBe(summarize(simulate({
      ...DEFAULT_OPTIONS,
      ...initial,
    })))
    // The chosen option carries the `selected` attribute (happy-dom's own selectedness is off by one here).
    expect(select('preStopのsleep').findAll('option').filter(o => o.attributes('selected') !== undefined).map(o => o.text())).toEqual(['10秒'])
  })

  it('hydrates as a standalone island with the markup the server rendered', async () => {
    const props = {
      initial: { preStopSeconds: 5 },
    }
    const html = await renderToString(createSSRApp(GracefulTermination, props))
    expect(html).toContain('このPodに届いた4件のうち失敗は0件')
    expect(html).toMatch(/<title[^>]*>Podの削除とリクエストの時間軸（preStop 5秒、猶予30秒）<\/title>/)
    // Without JavaScript the selects show the initial values.
    expect(html).toMatch(/<option value="5"[^>]*selected[^>]*>5秒<\/option>/)
    expect(html).not.toMatch(/selected[^>]*selected/)
    const el = document.createElement('div')
    el.innerHTML = html
    document.body.append(el)
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = createSSRApp(GracefulTermination, JSON.parse(JSON.stringify(props)) as typeof props)
    app.mount(el)
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    // Hydration adopted the server DOM as it was: compare with a fresh parse of the same HTML.
    const parsed = document.createElement('div')
    parsed.innerHTML = html
    expect(el.innerHTML).toBe(parsed.innerHTML)
    warn.mockRestore()
    error.mockRestore()
    app.unmount()
  })
})
