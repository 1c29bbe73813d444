import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { trackListeners } from '../testing/listeners'
import { navigate, resetVitepress } from '../testing/vitepress'
import { ARRIVED_CLASS, useTargetHighlight } from './useTargetHighlight'

vi.mock('vitepress', () => import('../testing/vitepress'))

const Host = defineComponent({
  setup() {
    useTargetHighlight()
    return () => null
  },
})

let wrapper: VueWrapper | undefined
beforeEach(() => {
  resetVitepress()
  document.body.innerHTML = '<h2 id="はじめに">はじめに</h2><h2 id="argo-cdの同期">Argo CDの同期</h2>'
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  history.replaceState(null, '', '/')
})

const heading = (id: string) => document.getElementById(id)!
function goTo(hash: string) {
  history.replaceState(null, '', `#${encodeURIComponent(hash)}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

describe('useTargetHighlight', () => {
  it('marks the section a page load lands on, decoding a Japanese #hash', () => {
    history.replaceState(null, '', `#${encodeURIComponent('はじめに')}`)
    wrapper = mount(Host)
    expect(heading('はじめに').classList.contains(ARRIVED_CLASS)).toBe(true)
  })

  it('moves the mark on a hash change and marks nothing for an unknown id', () => {
    wrapper = mount(Host)
    goTo('argo-cdの同期')
    expect(heading('argo-cdの同期').classList.contains(ARRIVED_CLASS)).toBe(true)
    goTo('はじめに')
    expect(heading('argo-cdの同期').classList.contains(ARRIVED_CLASS)).toBe(false)
    expect(heading('はじめに').classList.contains(ARRIVED_CLASS)).toBe(true)
    goTo('存在しない節')
    expect(document.querySelectorAll(`.${ARRIVED_CLASS}`)).toHaveLength(0)
  })

  it('marks the target after an in-site navigation', async () => {
    wrapper = mount(Host)
    history.replaceState(null, '', `/notes/gitops#${encodeURIComponent('argo-cdの同期')}`)
    navigate('/notes/gitops')
    await flushPromises()
    expect(heading('argo-cdの同期').classList.contains(ARRIVED_CLASS)).toBe(true)
  })

  it('stops listening for hash changes on unmount', () => {
    const ledger = trackListeners(window)
    wrapper = mount(Host)
    expect(ledger.active()).toEqual(['hashchange'])
    wrapper.unmount()
    wrapper = undefined
    expect(ledger.active()).toEqual([])
    goTo('はじめに')
    expect(heading('はじめに').classList.contains(ARRIVED_CLASS)).toBe(false)
    ledger.restore()
  })
})
