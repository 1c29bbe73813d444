import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collectListeners } from '../../../test/support/listeners'
import { ARRIVED_CLASS, initTargetHighlight, markTarget, UNFOLD_CLASS } from './targetHighlight'

// Ported from the composable's test (useTargetHighlight.dom.test.ts, before the islands).
let release: () => void
beforeEach(() => {
  release = collectListeners(window)
  document.body.innerHTML = '<h2 id="はじめに">はじめに</h2><h2 id="argo-cdの同期">Argo CDの同期</h2><h3 id="probe">Probe</h3>'
})
afterEach(() => {
  release()
  document.body.innerHTML = ''
  history.replaceState(null, '', '/')
  document.documentElement.classList.remove(UNFOLD_CLASS)
})

const heading = (id: string) => document.getElementById(id)!
function marked() {
  return [
    ...document.querySelectorAll(`.${ARRIVED_CLASS}`),
  ].map(el => el.id)
}
function goTo(hash: string) {
  history.replaceState(null, '', `#${encodeURIComponent(hash)}`)
  window.dispatchEvent(new HashChangeEvent('hashchange'))
}

describe('initTargetHighlight', () => {
  it('marks the section a page load lands on, decoding a Japanese #hash', () => {
    history.replaceState(null, '', `#${encodeURIComponent('はじめに')}`)
    initTargetHighlight(document)
    expect(marked()).toEqual(['はじめに'])
  })

  it('marks nothing, and does not throw, for a malformed #hash (a link cut off mid-character)', () => {
    history.replaceState(null, '', '#%E3%81')
    expect(() => initTargetHighlight(document)).not.toThrow()
    expect(marked()).toEqual([])
    goTo('はじめに')
    expect(marked()).toEqual(['はじめに'])
  })

  it('marks a section whose id has a literal percent sign', () => {
    heading('probe').id = '100%の可用性'
    history.replaceState(null, '', '#100%の可用性')
    initTargetHighlight(document)
    expect(marked()).toEqual(['100%の可用性'])
  })

  it('marks nothing on a page load without a #hash', () => {
    initTargetHighlight(document)
    expect(marked()).toEqual([])
  })

  it('lays the whole article out once a jump lands on a section, not before', () => {
    initTargetHighlight(document)
    goTo('存在しない節')
    expect(document.documentElement.classList.contains(UNFOLD_CLASS)).toBe(false)
    goTo('argo-cdの同期')
    expect(document.documentElement.classList.contains(UNFOLD_CLASS)).toBe(true)
  })

  it('moves the mark on a hash change and marks nothing for an unknown id', () => {
    initTargetHighlight(document)
    goTo('argo-cdの同期')
    expect(marked()).toEqual(['argo-cdの同期'])
    goTo('はじめに')
    expect(marked()).toEqual(['はじめに'])
    goTo('存在しない節')
    expect(marked()).toEqual([])
  })

  it('keeps the mark until the next arrival, however long the reader stays', () => {
    initTargetHighlight(document)
    goTo('probe')
    document.body.click()
    window.dispatchEvent(new Event('scroll'))
    expect(heading('probe').classList.contains(ARRIVED_CLASS)).toBe(true)
  })
})

describe('markTarget', () => {
  it('marks the target again after a dev-server navigation (the same target hit twice)', () => {
    history.replaceState(null, '', `/notes/gitops#${encodeURIComponent('argo-cdの同期')}`)
    markTarget(document)
    markTarget(document)
    expect(marked()).toEqual(['argo-cdの同期'])
  })

  it('clears an old mark when the new page has no #hash', () => {
    heading('probe').classList.add(ARRIVED_CLASS)
    markTarget(document)
    expect(marked()).toEqual([])
  })
})
