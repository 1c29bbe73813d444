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
  document.body.innerHTML = `
    <!-- The figure as .vitepress/markdown/mermaid.ts emits it (no figcaption: a role on a captioned figure is not allowed). -->
    <main class="vp-doc">
      <p><img src="/cluster.svg" alt="クラスタの全体図"></p>
      <figure class="mermaid-diagram zoomable"><div class="mermaid-svg" role="img" aria-labelledby="m-title"><svg viewBox="0 0 10 10"><title id="m-title">drainの流れ（ノードの退避）</title><rect width="10" height="10"/></svg></div></figure>
      <a href="/notes/gitops"><img src="/gitops.svg" alt="GitOpsへのリンク"></a>
      <p><button type="button">ほかのボタン</button></p>
    </main>`
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  ledger?.restore()
  ledger = undefined
  document.body.innerHTML = ''
})

function setup() {
  const w = mount(ZoomDialog, { attachTo: document.body })
  wrapper = w
  const dialog = w.get('dialog').element as HTMLDialogElement
  return {
    w,
    dialog,
    stage: () => w.get('.zoom-stage').element,
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

  it('has no axe violations, closed and open', async () => {
    const { w, image } = setup()
    expect(await axeViolations(document.body)).toEqual([])
    image.click()
    await flushPromises()
    expect(await axeViolations(w.element)).toEqual([])
  })

  it('opens a plain copy of the clicked image, named after it', async () => {
    const { w, dialog, stage, image } = setup()
    expect(dialog.open).toBe(false)
    image.click()
    await flushPromises()
    expect(dialog.open).toBe(true)
    expect(w.get('dialog').attributes('aria-label')).toBe('クラスタの全体図')
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
    const { dialog, image, w } = setup()
    image.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
    expect(dialog.open).toBe(false)
    image.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await flushPromises()
    expect(dialog.open).toBe(true)
    await w.get('button.zoom-close').trigger('click')
    await flushPromises()
    const space = new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true })
    image.dispatchEvent(space)
    expect(dialog.open).toBe(true)
    expect(space.defaultPrevented).toBe(true)
  })

  it('opens a figure from its button with a copy that has no button, and gives focus back to that button', async () => {
    const { dialog, stage, figure, w } = setup()
    const button = figure.querySelector<HTMLButtonElement>(':scope > button.zoom-open')!
    button.focus()
    button.click()
    await flushPromises()
    expect(dialog.open).toBe(true)
    const copy = stage().querySelector('figure')!
    expect(copy.classList.contains('zoomable')).toBe(false)
    expect(copy.querySelector('button')).toBeNull()
    expect(w.get('dialog').attributes('aria-label')).toBe('drainの流れ（ノードの退避）')
    await w.get('button.zoom-close').trigger('click')
    await flushPromises()
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(button)
  })

  it('closes with its button, empties the stage and gives focus back to the opener', async () => {
    const { w, dialog, stage, image } = setup()
    image.focus()
    image.click()
    await flushPromises()
    ;(w.get('button').element as HTMLButtonElement).focus()
    await w.get('button').trigger('click')
    await flushPromises()
    expect(dialog.open).toBe(false)
    expect(stage().childElementCount).toBe(0)
    expect(document.activeElement).toBe(image)
  })

  it('closes on a click on the backdrop (the dialog itself) but not on the copy', async () => {
    const { w, dialog, stage, image } = setup()
    image.click()
    await flushPromises()
    await w.get('.zoom-stage').trigger('click')
    expect(dialog.open).toBe(true)
    ;(stage().firstElementChild as HTMLElement).click()
    expect(dialog.open).toBe(true)
    await w.get('dialog').trigger('click')
    expect(dialog.open).toBe(false)
  })

  it('ignores images inside links and other controls', async () => {
    const { dialog, linked } = setup()
    linked.click()
    await flushPromises()
    expect(dialog.open).toBe(false)
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
