import type { VueWrapper } from '@vue/test-utils'
import type { ListenerLedger } from '../testing/listeners'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../testing/axe'
import { trackListeners } from '../testing/listeners'
import { navigate, resetVitepress } from '../testing/vitepress'
import ZoomDialog from './ZoomDialog.vue'

vi.mock('vitepress', () => import('../testing/vitepress'))

let wrapper: VueWrapper | undefined
let ledger: ListenerLedger | undefined
beforeEach(() => {
  resetVitepress()
  // happy-dom lays nothing out: the viewer's stage measures as a 360 × 600 phone screen.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('zoom-stage')
      ? 360
      : 0
  })
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('zoom-stage')
      ? 600
      : 0
  })
  document.body.innerHTML = `
    <!-- The figure as .vitepress/markdown/mermaid.ts emits it (no figcaption: a role on a captioned figure is not allowed). -->
    <main class="vp-doc">
      <p><img src="/cluster.svg" alt="クラスタの全体図"></p>
      <figure class="mermaid-diagram zoomable"><div class="mermaid-svg" role="img" aria-labelledby="m-title"><svg viewBox="0 0 1000 200" width="1000" height="200" style="width:1000px;max-width:100%"><title id="m-title">drainの流れ（ノードの退避）</title><rect width="10" height="10"/></svg></div></figure>
      <a href="/notes/gitops"><img src="/gitops.svg" alt="GitOpsへのリンク"></a>
      <p><button type="button">ほかのボタン</button></p>
    </main>`
})
afterEach(() => {
  vi.restoreAllMocks()
  wrapper?.unmount()
  wrapper = undefined
  ledger?.restore()
  ledger = undefined
  document.body.innerHTML = ''
})

/** The viewer's dialog once its chunk has loaded and the copy is measured. */
async function opened(): Promise<HTMLDialogElement> {
  await vi.waitFor(() => {
    expect(document.querySelector('dialog.zoom-dialog')?.hasAttribute('open')).toBe(true)
    expect(document.querySelector('.zoom-stage.zoom-ready')).not.toBeNull()
  }, { timeout: 10_000 }) // the first open compiles the viewer's chunk
  return document.querySelector<HTMLDialogElement>('dialog.zoom-dialog')!
}

function button(name: string) {
  return [
    ...document.querySelectorAll<HTMLButtonElement>('dialog button'),
  ]
    .find(b => b.textContent!.replace(/[−＋]/, '').trim() === name)!
}
const canvas = () => document.querySelector<HTMLElement>('.zoom-canvas')!
const scale = () => Number(canvas().dataset.scale)
const key = (k: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }))

async function closeWith(click: HTMLButtonElement) {
  click.click()
  await flushPromises()
  await vi.waitFor(() => expect(document.querySelector('dialog.zoom-dialog')).toBeNull())
}

function setup() {
  const w = mount(ZoomDialog, { attachTo: document.body })
  wrapper = w
  return {
    w,
    stage: () => document.querySelector('.zoom-canvas')!,
    image: document.querySelector<HTMLElement>('img[alt="クラスタの全体図"]')!,
    figure: document.querySelector<HTMLElement>('figure.zoomable')!,
    linked: document.querySelector<HTMLElement>('a img')!,
  }
}

describe('zoomDialog', () => {
  it('makes each image a named button, and gives each zoomable figure a 「拡大」 button of its own', () => {
    const { image, figure, linked } = setup()
    expect(image.getAttribute('role')).toBe('button')
    expect(image.tabIndex).toBe(0)
    expect(image.getAttribute('aria-haspopup')).toBe('dialog')
    expect(image.getAttribute('aria-label')).toBe('拡大して表示: クラスタの全体図')
    // The figure itself stays a figure: named as a button it would lose its visible text (WCAG 2.5.3).
    expect(figure.hasAttribute('role')).toBe(false)
    const button = figure.querySelector<HTMLButtonElement>(':scope > button.zoom-open')!
    expect(button.type).toBe('button')
    expect(button.getAttribute('aria-haspopup')).toBe('dialog')
    expect(button.querySelector('.visually-hidden')!.textContent).toBe('拡大して表示: drainの流れ（ノードの退避）')
    expect(button.querySelector('[aria-hidden="true"]')!.textContent).toBe('拡大')
    expect(linked.hasAttribute('role')).toBe(false)
  })

  it('renders nothing until a target is opened', () => {
    setup()
    expect(document.querySelector('dialog')).toBeNull()
  })

  it('has no axe violations, closed and open', async () => {
    const { w, image } = setup()
    expect(await axeViolations(document.body)).toEqual([])
    image.click()
    await opened()
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('opens a plain copy of the clicked image, named after it, with the close button focused', async () => {
    const { stage, image } = setup()
    image.click()
    const dialog = await opened()
    expect(dialog.getAttribute('aria-label')).toBe('クラスタの全体図')
    expect(dialog.querySelector('.zoom-title')!.textContent!.trim()).toBe('クラスタの全体図')
    const copy = stage().firstElementChild as HTMLElement
    expect(copy.tagName).toBe('IMG')
    expect(copy).not.toBe(image)
    for (const attr of [
      'role',
      'tabindex',
      'aria-label',
      'aria-haspopup',
      'data-zoom',
    ])
      expect(copy.hasAttribute(attr)).toBe(false)
  })

  it('opens an image from the keyboard with Enter and Space, and not for other keys', async () => {
    const { image } = setup()
    image.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
    await flushPromises()
    expect(document.querySelector('dialog')).toBeNull()
    image.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await opened()
    await closeWith(button('閉じる'))
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true })
    image.dispatchEvent(space)
    expect(space.defaultPrevented).toBe(true)
    await opened()
  })

  it('opens a figure from its button with a copy that has no button, and gives focus back to that button', async () => {
    const { stage, figure } = setup()
    const open = figure.querySelector<HTMLButtonElement>(':scope > button.zoom-open')!
    open.focus()
    open.click()
    const dialog = await opened()
    const copy = stage().querySelector('figure')!
    expect(copy.classList.contains('zoomable')).toBe(false)
    expect(copy.querySelector('button')).toBeNull()
    // The copy's SVG loses the inline size that fits it to the column: the viewer sizes it.
    expect(copy.querySelector('svg')!.hasAttribute('style')).toBe(false)
    expect(dialog.getAttribute('aria-label')).toBe('drainの流れ（ノードの退避）')
    await closeWith(button('閉じる'))
    expect(document.activeElement).toBe(open)
  })

  it('closes on Esc (the dialog\'s close event) and gives focus back to the opener', async () => {
    const { image } = setup()
    image.focus()
    image.click()
    const dialog = await opened()
    dialog.close()
    await vi.waitFor(() => expect(document.querySelector('dialog.zoom-dialog')).toBeNull())
    expect(document.activeElement).toBe(image)
  })

  it('opens a diagram fitted to the screen: 1000 px wide on a 360 px stage is 36%, centred', async () => {
    const { figure } = setup()
    figure.querySelector<HTMLButtonElement>('.zoom-open')!.click()
    await opened()
    expect(scale()).toBeCloseTo(0.36, 9)
    expect(canvas().style.width).toBe('360px')
    expect(canvas().style.height).toBe('72px')
    expect(canvas().style.transform).toBe('translate(0px, 264px)')
    expect(document.querySelector('.zoom-percent')!.textContent).toBe('36%')
  })

  it('enlarges, shrinks and returns to the fit with its named buttons', async () => {
    const { figure } = setup()
    figure.querySelector<HTMLButtonElement>('.zoom-open')!.click()
    await opened()
    for (const name of ['閉じる', '拡大', '縮小', '全体表示'])
      expect(button(name), name).toBeDefined()
    button('拡大').click()
    await flushPromises()
    expect(scale()).toBeCloseTo(0.54, 9)
    expect(canvas().style.width).toBe('540px')
    expect(document.querySelector('.zoom-percent')!.textContent).toBe('54%')
    button('縮小').click()
    await flushPromises()
    expect(scale()).toBeCloseTo(0.36, 9)
    // Never below the fit.
    button('縮小').click()
    await flushPromises()
    expect(scale()).toBeCloseTo(0.36, 9)
    button('拡大').click()
    button('拡大').click()
    await flushPromises()
    expect(scale()).toBeCloseTo(0.81, 9)
    button('全体表示').click()
    await flushPromises()
    expect(scale()).toBeCloseTo(0.36, 9)
  })

  it('zooms with + − 0 and pans with the arrow keys, leaving other keys alone', async () => {
    const { figure } = setup()
    figure.querySelector<HTMLButtonElement>('.zoom-open')!.click()
    await opened()
    button('閉じる').focus()
    key('+')
    key('+')
    key('+')
    await flushPromises()
    expect(scale()).toBeCloseTo(0.36 * 1.5 ** 3, 9)
    const before = canvas().style.transform
    key('ArrowRight')
    await flushPromises()
    // → shows more of the right: the copy moves left by a tenth of the stage.
    const x = (t: string) => Number(/translate\((-?[\d.]+)px/.exec(t)![1])
    expect(x(canvas().style.transform)).toBeCloseTo(x(before) - 36, 6)
    key('-')
    await flushPromises()
    expect(scale()).toBeCloseTo(0.36 * 1.5 ** 2, 9)
    expect(key('Tab')).toBe(true)
    expect(key('0')).toBe(false)
    await flushPromises()
    expect(scale()).toBeCloseTo(0.36, 9)
  })

  it('zooms in on the wheel going up, around the pointer', async () => {
    const { figure } = setup()
    figure.querySelector<HTMLButtonElement>('.zoom-open')!.click()
    await opened()
    const wheel = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true })
    // happy-dom's WheelEvent is no MouseEvent: give it the pointer's place by hand.
    Object.defineProperties(wheel, {
      clientX: { value: 0 },
      clientY: { value: 300 },
    })
    document.querySelector('.zoom-stage')!.dispatchEvent(wheel)
    await flushPromises()
    expect(wheel.defaultPrevented).toBe(true)
    expect(scale()).toBeGreaterThan(0.36)
    // Zoomed around the left edge: the copy's left edge stays there.
    expect(canvas().style.transform).toMatch(/^translate\(0px,/)
  })

  it('ignores images inside links and other controls', async () => {
    const { linked } = setup()
    linked.click()
    await flushPromises()
    expect(document.querySelector('dialog')).toBeNull()
  })

  it('enhances the images of the next page after an in-site navigation', async () => {
    setup()
    const next = document.createElement('img')
    next.alt = '新しいページの図'
    document.querySelector('.vp-doc')!.append(next)
    navigate('/notes/pod-disruption-budget')
    await flushPromises()
    expect(next.getAttribute('aria-label')).toBe('拡大して表示: 新しいページの図')
  })

  it('removes its document listeners on unmount', () => {
    ledger = trackListeners(document)
    const { w } = setup()
    expect(ledger.active()).toEqual(expect.arrayContaining(['click', 'keydown']))
    w.unmount()
    wrapper = undefined
    expect(ledger.active()).toEqual([])
  })
})
