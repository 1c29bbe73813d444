import type { ListenerLedger } from '../../../test/support/listeners'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../../test/support/axe'
import { trackListeners } from '../../../test/support/listeners'
import { openViewer } from './viewer'

const LABEL = 'drainの流れ（ノードの退避）'

let stageSize = { width: 360, height: 600 }
let ledger: ListenerLedger | undefined
beforeEach(() => {
  // happy-dom lays nothing out: the viewer's stage measures as a phone screen (360 × 600 unless a
  // test turns it), at the viewport's top-left corner.
  stageSize = { width: 360, height: 600 }
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('zoom-stage')
      ? stageSize.width
      : 0
  })
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('zoom-stage')
      ? stageSize.height
      : 0
  })
  // The figure as .vitepress/node/markdown/mermaid.ts emits it once zoom.ts has given it its button.
  document.body.innerHTML = `
    <main class="vp-doc">
      <p><img src="/cluster.svg" alt="クラスタの全体図" role="button" tabindex="0" aria-haspopup="dialog"
        aria-label="拡大して表示: クラスタの全体図" data-zoom loading="lazy" width="640" height="480" style="max-width:100%"></p>
      <figure class="mermaid-diagram zoomable" data-zoom><div class="mermaid-svg" role="img" aria-labelledby="m-title"><svg viewBox="0 0 1000 200" width="1000" height="200" style="width:1000px;max-width:100%"><title id="m-title">${LABEL}</title><rect width="10" height="10"/></svg></div><button type="button" class="zoom-open" aria-haspopup="dialog"><span aria-hidden="true">拡大</span><span class="visually-hidden">拡大して表示: ${LABEL}</span></button></figure>
    </main>`
})
afterEach(() => {
  for (const dialog of document.querySelectorAll('dialog'))
    dialog.close()
  ledger?.dispose()
  ledger = undefined
  vi.restoreAllMocks()
  vi.useRealTimers()
  document.body.innerHTML = ''
  document.documentElement.className = ''
})

/** Opens the viewer on the page's figure (or image) and waits for the copy to be measured and fitted. */
async function open(which: 'figure' | 'image' = 'figure', onClosed = vi.fn()) {
  const source = document.querySelector<HTMLElement>(which === 'figure'
    ? 'figure'
    : 'img')!
  const dialog = openViewer(source, which === 'figure'
    ? LABEL
    : 'クラスタの全体図', onClosed)
  await flushPromises()
  return { dialog, source, onClosed }
}

const stage = () => document.querySelector<HTMLElement>('.zoom-stage')!
const canvas = () => document.querySelector<HTMLElement>('.zoom-canvas')!
const scale = () => Number(canvas().dataset.scale)
/** Where the copy's top-left corner sits on the stage, rounded to 1/1000 px. */
function offset() {
  const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(canvas().style.transform)!
  const round = (n: string) => Math.round(Number(n) * 1000) / 1000
  return {
    x: round(x!),
    y: round(y!),
  }
}
function button(name: string) {
  return Array.from(document.querySelectorAll<HTMLButtonElement>('dialog button'))
    .find(b => b.textContent!.replace(/[−＋]/, '').trim() === name)!
}
async function press(...names: string[]) {
  for (const name of names)
    button(name).click()
  await flushPromises()
}
/** A key pressed on the focused close button (it bubbles to the dialog); true when not prevented. */
function key(k: string, init: KeyboardEventInit = {}) {
  return button('閉じる').dispatchEvent(new KeyboardEvent('keydown', {
    key: k,
    bubbles: true,
    cancelable: true,
    ...init,
  }))
}
function pointer(type: string, pointerId: number, clientX: number, clientY = 300, init: PointerEventInit = {}) {
  stage().dispatchEvent(new PointerEvent(type, {
    pointerId,
    clientX,
    clientY,
    pointerType: 'touch',
    bubbles: true,
    cancelable: true,
    ...init,
  }))
}
function wheel(deltaY: number, ctrlKey = false) {
  const event = new WheelEvent('wheel', { deltaY, bubbles: true, cancelable: true })
  // happy-dom's WheelEvent is no MouseEvent: give it the pointer's place and modifier by hand.
  Object.defineProperties(event, {
    clientX: { value: 0 },
    clientY: { value: 300 },
    ctrlKey: { value: ctrlKey },
  })
  stage().dispatchEvent(event)
  return event
}

describe('openViewer', () => {
  it('opens a modal dialog named after the target, with the title, the buttons and the size', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal')
    const { dialog } = await open()
    expect(showModal).toHaveBeenCalledTimes(1)
    expect(dialog.open).toBe(true)
    expect(dialog.parentElement).toBe(document.body)
    expect(dialog.getAttribute('aria-label')).toBe(LABEL)
    expect(dialog.querySelector('.zoom-title')!.textContent).toBe(LABEL)
    for (const name of ['閉じる', '縮小', '拡大', '全体表示'])
      expect(button(name), name).toBeDefined()
    expect(dialog.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('表示の大きさ')
    expect(dialog.querySelector('output')!.getAttribute('aria-live')).toBe('polite')
    expect(stage().classList).toContain('zoom-ready')
  })

  it('shows a copy of an image without the page-only attributes', async () => {
    const { source } = await open('image')
    const copy = canvas().firstElementChild as HTMLImageElement
    expect(copy.tagName).toBe('IMG')
    expect(copy).not.toBe(source)
    expect(copy.getAttribute('src')).toBe('/cluster.svg')
    expect(copy.getAttribute('alt')).toBe('クラスタの全体図')
    const pageOnly = [
      'role',
      'tabindex',
      'aria-label',
      'aria-haspopup',
      'data-zoom',
      'loading',
      'width',
      'height',
      'style',
    ]
    expect(pageOnly.filter(attr => copy.hasAttribute(attr))).toEqual([])
    expect(pageOnly.filter(attr => source.hasAttribute(attr))).toEqual(pageOnly)
  })

  it('shows a copy of a figure without its button and with the SVG unsized', async () => {
    const { source } = await open()
    const copy = canvas().querySelector('figure')!
    expect(copy.classList.contains('zoomable')).toBe(false)
    expect(copy.hasAttribute('data-zoom')).toBe(false)
    expect(copy.querySelector('button')).toBeNull()
    expect(copy.querySelector('svg')!.hasAttribute('style')).toBe(false)
    expect(source.querySelector('button.zoom-open')).not.toBeNull()
  })

  it('opens a diagram fitted to the screen: 1000 px wide on a 360 px stage is 36%, centred', async () => {
    await open()
    expect(scale()).toBeCloseTo(0.36, 9)
    expect(canvas().style.width).toBe('360px')
    expect(canvas().style.height).toBe('72px')
    expect(canvas().style.transform).toBe('translate(0px, 264px)')
    expect(document.querySelector('output')!.value).toBe('36%')
  })

  it.each([
    {
      buttons: ['拡大'],
      expected: 0.54,
      percent: '54%',
    },
    {
      buttons: ['拡大', '縮小'],
      expected: 0.36,
      percent: '36%',
    },
    {
      buttons: ['縮小'],
      expected: 0.36,
      percent: '36%',
    },
    {
      buttons: ['拡大', '拡大'],
      expected: 0.81,
      percent: '81%',
    },
    {
      buttons: ['拡大', '拡大', '全体表示'],
      expected: 0.36,
      percent: '36%',
    },
  ])('after $buttons shows the copy at $percent', async ({ buttons, expected, percent }) => {
    await open()
    await press(...buttons)
    expect(scale()).toBeCloseTo(expected, 9)
    expect(canvas().style.width).toBe(`${Math.round(1000 * expected)}px`)
    expect(document.querySelector('output')!.value).toBe(percent)
  })

  it.each([
    {
      keys: ['+'],
      expected: 0.54,
    },
    {
      keys: ['='],
      expected: 0.54,
    },
    {
      keys: [';'],
      expected: 0.54,
    },
    {
      keys: ['+', '+', '+'],
      expected: 0.36 * 1.5 ** 3,
    },
    {
      keys: ['+', '-'],
      expected: 0.36,
    },
    {
      keys: ['+', '_'],
      expected: 0.36,
    },
    {
      keys: ['+', '+', '0'],
      expected: 0.36,
    },
  ])('zooms with the keys $keys, taking them from the page', async ({ keys, expected }) => {
    await open()
    for (const k of keys)
      expect(key(k), k).toBe(false)
    expect(scale()).toBeCloseTo(expected, 9)
  })

  it.each([
    { key: 'Tab', init: {} },
    { key: 'a', init: {} },
    {
      key: '+',
      init: { ctrlKey: true },
    },
    {
      key: '0',
      init: { metaKey: true },
    },
    {
      key: '-',
      init: { altKey: true },
    },
  ])('leaves $key $init to the browser', async ({ key: k, init }) => {
    await open()
    expect(key(k, init)).toBe(true)
    expect(scale()).toBeCloseTo(0.36, 9)
  })

  // Zoomed in to the most (4×, 4000 × 800 px) around the centre: the copy's top-left corner is at
  // (-1820, -100). An arrow shows more of that side: the copy moves a tenth of the stage the other way.
  it.each([
    { key: 'ArrowRight', x: -1856, y: -100 },
    { key: 'ArrowLeft', x: -1784, y: -100 },
    { key: 'ArrowDown', x: -1820, y: -160 },
    { key: 'ArrowUp', x: -1820, y: -40 },
  ])('pans with $key', async ({ key: k, x, y }) => {
    await open()
    for (let i = 0; i < 7; i++)
      key('+')
    expect(scale()).toBe(4)
    expect(offset()).toEqual({ x: -1820, y: -100 })
    expect(key(k)).toBe(false)
    expect(offset()).toEqual({ x, y })
  })

  it.each([
    {
      wheel: 'up',
      deltaY: -100,
      ctrlKey: false,
      expected: 0.36 * Math.exp(0.2),
    },
    {
      wheel: 'down at the fit',
      deltaY: 100,
      ctrlKey: false,
      expected: 0.36,
    },
    {
      wheel: 'up with ctrl (a trackpad pinch)',
      deltaY: -10,
      ctrlKey: true,
      expected: 0.36 * Math.exp(0.1),
    },
  ])('zooms on the wheel going $wheel, around the pointer', async ({ deltaY, ctrlKey, expected }) => {
    await open()
    const event = wheel(deltaY, ctrlKey)
    expect(event.defaultPrevented).toBe(true)
    expect(scale()).toBeCloseTo(expected, 9)
    // Around the stage's left edge: the copy's left edge stays there.
    expect(offset().x).toBe(0)
  })

  it('zooms twice as large around a double-clicked point', async () => {
    await open()
    stage().dispatchEvent(new MouseEvent('dblclick', { clientX: 180, clientY: 300, bubbles: true }))
    expect(scale()).toBeCloseTo(0.72, 9)
    expect(offset().x).toBe(-180)
  })

  it('drags the copy with one finger or the mouse, and stops when it is lifted', async () => {
    await open()
    await press('拡大', '拡大')
    expect(offset().x).toBe(-225)
    pointer('pointerdown', 1, 100)
    pointer('pointermove', 1, 60)
    expect(offset().x).toBe(-265)
    pointer('pointerup', 1, 60)
    pointer('pointermove', 1, 0)
    expect(offset().x).toBe(-265)
    pointer('pointerdown', 2, 100, 300, { pointerType: 'mouse', button: 0 })
    pointer('pointermove', 2, 150, 300, { pointerType: 'mouse' })
    expect(offset().x).toBe(-215)
  })

  it('ignores the mouse\'s other buttons', async () => {
    await open()
    await press('拡大', '拡大')
    pointer('pointerdown', 1, 100, 300, { pointerType: 'mouse', button: 2 })
    pointer('pointermove', 1, 60, 300, { pointerType: 'mouse' })
    expect(offset().x).toBe(-225)
  })

  it('pinches with two fingers, then drags on from there with the one left', async () => {
    await open()
    pointer('pointerdown', 1, 100)
    pointer('pointerdown', 2, 200)
    pointer('pointermove', 2, 300)
    // The fingers twice as far apart, their midpoint 50 px to the right: 72%, the content under
    // the midpoint kept under it.
    expect(scale()).toBeCloseTo(0.72, 9)
    expect(offset()).toEqual({ x: -100, y: 228 })
    pointer('pointerup', 2, 300)
    pointer('pointermove', 1, 80)
    expect(scale()).toBeCloseTo(0.72, 9)
    expect(offset()).toEqual({ x: -120, y: 228 })
    pointer('pointercancel', 1, 80)
    pointer('pointermove', 1, 0)
    expect(offset().x).toBe(-120)
  })

  it.each([
    { view: 'a fitted view is fitted again', buttons: [], expected: 0.18 },
    {
      view: 'a zoomed view keeps its scale',
      buttons: ['拡大'],
      expected: 0.54,
    },
  ])('on resize (a stage half as wide), $view', async ({ buttons, expected }) => {
    await open()
    await press(...buttons)
    stageSize = { width: 180, height: 600 }
    window.dispatchEvent(new Event('resize'))
    expect(scale()).toBeCloseTo(expected, 9)
  })

  it.each([
    {
      how: 'the close button',
      close: () => button('閉じる').click(),
    },
    {
      how: 'Esc (the dialog closes itself)',
      close: () => document.querySelector('dialog')!.close(),
    },
  ])('closes with $how: removes the dialog and its listeners, unlocks the page, then calls back', async ({ close }) => {
    ledger = trackListeners(window)
    const onClosed = vi.fn(() => {
      expect(document.querySelector('dialog')).toBeNull()
      expect(document.documentElement.classList.contains('garden-zoom-open')).toBe(false)
    })
    await open('figure', onClosed)
    expect(ledger.active()).toEqual(['popstate', 'resize'])
    close()
    expect(onClosed).toHaveBeenCalledTimes(1)
    expect(ledger.active()).toEqual([])
  })

  it('locks the page\'s scroll after the first frame, and unlocks it on close', async () => {
    vi.useFakeTimers({
      toFake: [
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'setTimeout',
        'clearTimeout',
      ],
    })
    const root = document.documentElement
    const { dialog } = await open()
    expect(root.classList.contains('garden-zoom-open')).toBe(false)
    // The frame that shows the dialog, then the task after it.
    vi.advanceTimersToNextFrame()
    vi.advanceTimersToNextTimer()
    expect(root.classList.contains('garden-zoom-open')).toBe(true)
    dialog.close()
    expect(root.classList.contains('garden-zoom-open')).toBe(false)
  })

  it('leaves the page unlocked when closed before the first frame', async () => {
    vi.useFakeTimers({
      toFake: [
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'setTimeout',
        'clearTimeout',
      ],
    })
    const { dialog } = await open()
    dialog.close()
    vi.runAllTimers()
    expect(document.documentElement.classList.contains('garden-zoom-open')).toBe(false)
  })

  it('has no axe violations while open', async () => {
    const { dialog } = await open()
    expect(await axeViolations(dialog)).toEqual([])
  })
})
