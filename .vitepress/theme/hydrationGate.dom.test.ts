import { afterEach, describe, expect, it, vi } from 'vitest'
import { HYDRATION_TRIGGERS, openHydrationGate, shouldReplayClick, syncAppearanceSwitch } from './hydrationGate'

afterEach(() => {
  document.body.innerHTML = ''
  delete document.documentElement.dataset.hydration
})

function button(): HTMLButtonElement {
  document.body.innerHTML = '<div id="app"><p>SSR</p></div><main><button type="button">テーマ</button><a href="#x">リンク</a><p>本文</p></main>'
  return document.querySelector('button')!
}

describe('openHydrationGate', () => {
  it('renders an empty #app (the 404 page) at once', () => {
    document.body.innerHTML = '<div id="app"></div>'
    const mount = vi.fn()
    openHydrationGate(window).mount(mount)
    expect(mount).toHaveBeenCalledTimes(1)
  })

  it('waits for an interaction before mounting, then mounts once', () => {
    button()
    const gate = openHydrationGate(window)
    const mount = vi.fn()
    gate.mount(mount)
    expect(mount).not.toHaveBeenCalled()
    expect(document.documentElement.dataset.hydration).toBe('waiting')
    window.dispatchEvent(new Event('pointerdown'))
    window.dispatchEvent(new Event('keydown'))
    expect(mount).toHaveBeenCalledTimes(1)
    expect(document.documentElement.dataset.hydration).toBe('done')
  })

  it.each(HYDRATION_TRIGGERS.filter(t => t !== 'scroll'))('%s on any element mounts', (type) => {
    const el = button()
    const gate = openHydrationGate(window)
    const mount = vi.fn()
    gate.mount(mount)
    expect(mount).not.toHaveBeenCalled()
    el.dispatchEvent(new Event(type, { bubbles: false }))
    expect(mount).toHaveBeenCalledTimes(1)
  })

  it('scrolling the page mounts; scrolling inside an element does not', () => {
    const el = button()
    const gate = openHydrationGate(window)
    const mount = vi.fn()
    gate.mount(mount)
    el.dispatchEvent(new Event('scroll'))
    expect(mount).not.toHaveBeenCalled()
    document.dispatchEvent(new Event('scroll'))
    expect(mount).toHaveBeenCalledTimes(1)
  })

  it('an interaction before the app is ready mounts as soon as it is, and replays a button click', () => {
    const gate = openHydrationGate(window)
    const el = button()
    el.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }))
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 7 }))
    const clicks: number[] = []
    const mount = vi.fn(() => el.addEventListener('click', e => clicks.push(e.clientX)))
    gate.mount(mount)
    expect(mount).toHaveBeenCalledTimes(1)
    expect(clicks).toEqual([7])
    expect(document.documentElement.dataset.hydration).toBe('done')
  })

  it('does not replay a click the browser already acted on (a link)', () => {
    const gate = openHydrationGate(window)
    button()
    const link = document.querySelector('a')!
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
    const replayed = vi.fn()
    gate.mount(() => link.addEventListener('click', replayed))
    expect(replayed).not.toHaveBeenCalled()
  })

  it('stops listening once mounted', () => {
    button()
    const remove = vi.spyOn(window, 'removeEventListener')
    const gate = openHydrationGate(window)
    gate.mount(() => {})
    window.dispatchEvent(new Event('focusin'))
    expect(remove.mock.calls.map(c => c[0]).sort()).toEqual([...HYDRATION_TRIGGERS].sort())
    remove.mockRestore()
  })
})

describe('shouldReplayClick', () => {
  it('replays clicks on buttons and text, not on links, summaries, labels or fields', () => {
    document.body.innerHTML = '<button>b</button><a href="/x"><span>s</span></a><details><summary>d</summary></details><label>l</label><input><p>t</p>'
    const click = (sel: string) => {
      const e = new MouseEvent('click', { bubbles: true })
      document.querySelector(sel)!.dispatchEvent(e)
      return shouldReplayClick(e)
    }
    expect(['button', 'p'].map(click)).toEqual([true, true])
    expect(['a span', 'summary', 'label', 'input'].map(click)).toEqual([false, false, false, false])
    expect(shouldReplayClick(new Event('keydown'))).toBe(false)
  })
})

describe('syncAppearanceSwitch', () => {
  const html = '<button class="VPSwitchAppearance" role="switch" title="ダークテーマに切り替える" aria-checked="false" data-title-dark="ライトテーマに切り替える" data-title-light="ダークテーマに切り替える"></button>'

  it('names the server-rendered switch for a reader in the dark theme', () => {
    document.body.innerHTML = html
    document.documentElement.classList.add('dark')
    syncAppearanceSwitch(document)
    document.documentElement.classList.remove('dark')
    const el = document.querySelector('button')!
    expect([
      el.title,
      el.getAttribute('aria-checked'),
    ]).toEqual(['ライトテーマに切り替える', 'true'])
  })

  it('leaves it as rendered in the light theme', () => {
    document.body.innerHTML = html
    syncAppearanceSwitch(document)
    const el = document.querySelector('button')!
    expect([
      el.title,
      el.getAttribute('aria-checked'),
    ]).toEqual(['ダークテーマに切り替える', 'false'])
  })
})
