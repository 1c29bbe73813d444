import { afterEach, describe, expect, it, vi } from 'vitest'
import { warmSearchOnIntent } from './searchWarmup'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('warmSearchOnIntent', () => {
  it('warms once, on the first pointer over, touch on or focus of the search button', () => {
    document.body.innerHTML = '<div class="VPNavBarSearch"><button type="button"><span>検索</span></button></div><p>本文</p>'
    const warm = vi.fn()
    warmSearchOnIntent(document, warm)
    document.querySelector('p')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(warm).not.toHaveBeenCalled()
    document.querySelector('span')!.dispatchEvent(new Event('touchstart', { bubbles: true }))
    expect(warm).toHaveBeenCalledTimes(1)
    document.querySelector('button')!.dispatchEvent(new Event('focusin', { bubbles: true }))
    document.querySelector('button')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(warm).toHaveBeenCalledTimes(1)
  })
})
