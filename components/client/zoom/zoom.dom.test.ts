import type { ListenerLedger } from '../../../test/support/listeners'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../../test/support/axe'
import { trackListeners } from '../../../test/support/listeners'
import { enhanceZoomTargets, initZoom } from './zoom'

const DIAGRAM = 'drainの流れ（ノードの退避）'

let ledger: ListenerLedger | undefined
beforeEach(() => {
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
  // The Mermaid figure as .vitepress/node/markdown/mermaid.ts emits it, with its 「拡大」 button (no
  // figcaption: a role on a captioned figure is not allowed).
  document.body.innerHTML = `
    <main class="vp-doc">
      <p><img src="/cluster.svg" alt="クラスタの全体図"></p>
      <figure class="mermaid-diagram zoomable"><div class="mermaid-svg" role="img" aria-labelledby="m-title"><svg viewBox="0 0 1000 200" width="1000" height="200" style="width:1000px;max-width:100%"><title id="m-title">${DIAGRAM}</title><rect width="10" height="10"/></svg></div><button type="button" class="zoom-open" aria-haspopup="dialog"><span aria-hidden="true">拡大</span><span class="visually-hidden">拡大して表示: ${DIAGRAM}</span></button></figure>
      <p><img id="second" src="/pods.svg" alt="Podの一覧"></p>
      <a href="/notes/gitops"><img src="/gitops.svg" alt="GitOpsへのリンク"></a>
      <button type="button"><img src="/icon.svg" alt="ボタンの絵"></button>
    </main>`
})
afterEach(() => {
  for (const dialog of document.querySelectorAll('dialog'))
    dialog.close()
  ledger?.dispose()
  ledger = undefined
  vi.restoreAllMocks()
  vi.doUnmock('./viewer')
  document.body.innerHTML = ''
  document.documentElement.className = ''
})

function setup() {
  ledger = trackListeners(document)
  initZoom(document)
  return {
    image: document.querySelector<HTMLElement>('img[alt="クラスタの全体図"]')!,
    second: document.getElementById('second')!,
    figure: document.querySelector<HTMLElement>('figure.zoomable')!,
    figureButton: document.querySelector<HTMLButtonElement>('figure > button.zoom-open')!,
  }
}

/** Waits for the viewer's chunk (imported on demand) and for the viewer to measure the copy. */
async function settled() {
  await vi.dynamicImportSettled()
  await flushPromises()
}
const dialogs = () => document.querySelectorAll<HTMLDialogElement>('dialog.zoom-dialog')
async function opened(): Promise<HTMLDialogElement> {
  await settled()
  expect(dialogs()).toHaveLength(1)
  return dialogs()[0]!
}
function keydown(target: Element, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  target.dispatchEvent(event)
  return event
}

describe('enhanceZoomTargets', () => {
  it('makes each image a named button that opens a dialog', () => {
    enhanceZoomTargets(document)
    const image = document.querySelector('img')!
    expect(image.getAttribute('role')).toBe('button')
    expect(image.tabIndex).toBe(0)
    expect(image.getAttribute('aria-haspopup')).toBe('dialog')
    expect(image.getAttribute('aria-label')).toBe('拡大して表示: クラスタの全体図')
    expect(image.dataset.zoom).toBe('')
  })

  it('keeps a figure a figure with the one 「拡大」 button the server gave it', () => {
    enhanceZoomTargets(document)
    const figure = document.querySelector('figure')!
    // Named as a button, the figure would lose its visible text (WCAG 2.5.3).
    expect(figure.hasAttribute('role')).toBe(false)
    expect(figure.hasAttribute('tabindex')).toBe(false)
    expect(figure.querySelectorAll('button.zoom-open')).toHaveLength(1)
  })

  it.each([
    { target: 'a figure named by its SVG title', html: `<svg><title>${DIAGRAM}</title></svg>`, name: DIAGRAM },
    { target: 'a figure named by its caption', html: '<img src="/a.svg" alt=""><figcaption>図1 ノードの退避</figcaption>', name: '図1 ノードの退避' },
    { target: 'a figure without a name', html: '<svg><rect width="1" height="1"/></svg>', name: '図' },
  ])('gives $target a 「拡大」 button named after it', ({ html, name }) => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', `<figure class="zoomable" id="added">${html}</figure>`)
    enhanceZoomTargets(document)
    const button = document.querySelector('#added > button.zoom-open')!
    expect(button.getAttribute('type')).toBe('button')
    expect(button.getAttribute('aria-haspopup')).toBe('dialog')
    expect(button.querySelector('[aria-hidden="true"]')!.textContent).toBe('拡大')
    expect(button.querySelector('.visually-hidden')!.textContent).toBe(`拡大して表示: ${name}`)
  })

  it('names an element by its own aria-label first', () => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div class="zoomable" id="added" aria-label="構成図"><svg><title>別の名前</title></svg></div>')
    enhanceZoomTargets(document)
    expect(document.querySelector('#added .visually-hidden')!.textContent).toBe('拡大して表示: 構成図')
  })

  it.each(['a link', 'a button'])('leaves an image inside %s alone', (inside) => {
    enhanceZoomTargets(document)
    const image = document.querySelector(inside === 'a link'
      ? 'a img'
      : 'button img')!
    for (const attr of [
      'role',
      'tabindex',
      'aria-label',
      'data-zoom',
    ])
      expect(image.hasAttribute(attr), attr).toBe(false)
  })

  it('changes nothing when run again (after a dev-server page change)', () => {
    enhanceZoomTargets(document)
    const once = document.body.innerHTML
    enhanceZoomTargets(document)
    expect(document.body.innerHTML).toBe(once)
  })
})

describe('initZoom', () => {
  it('enhances the page and opens nothing until a target is used', async () => {
    const { image } = setup()
    expect(image.getAttribute('role')).toBe('button')
    await settled()
    expect(document.querySelector('dialog')).toBeNull()
  })

  it('opens a copy of a clicked image, named after it', async () => {
    const { image } = setup()
    image.click()
    const dialog = await opened()
    expect(dialog.getAttribute('aria-label')).toBe('クラスタの全体図')
    const copy = dialog.querySelector('.zoom-canvas > img')!
    expect(copy).not.toBe(image)
    expect(copy.getAttribute('src')).toBe('/cluster.svg')
  })

  it('opens a figure from its button, named after the diagram', async () => {
    const { figureButton } = setup()
    figureButton.click()
    const dialog = await opened()
    expect(dialog.getAttribute('aria-label')).toBe(DIAGRAM)
    expect(dialog.querySelector('.zoom-canvas > figure')).not.toBeNull()
  })

  it.each([
    { key: 'Enter', opens: true },
    { key: ' ', opens: true },
    { key: 'a', opens: false },
    { key: 'Escape', opens: false },
  ])('opens an image from the keyboard with $key: $opens', async ({ key, opens }) => {
    const { image } = setup()
    const event = keydown(image, key)
    await settled()
    expect(dialogs()).toHaveLength(opens ? 1 : 0)
    // Space would also scroll the page.
    expect(event.defaultPrevented).toBe(opens)
  })

  it.each(['a link', 'a button'])('ignores a click on an image inside %s', async (inside) => {
    setup()
    document.querySelector<HTMLElement>(inside === 'a link'
      ? 'a img'
      : 'button img')!.click()
    await settled()
    expect(document.querySelector('dialog')).toBeNull()
  })

  it('opens no second viewer while one is open', async () => {
    const { image, second } = setup()
    image.click()
    await opened()
    second.click()
    await settled()
    expect(dialogs()).toHaveLength(1)
    expect(dialogs()[0]!.getAttribute('aria-label')).toBe('クラスタの全体図')
  })

  // Both presses arrive before the viewer's chunk has answered (always the case on a first use
  // over a slow network; here the import's await gives the same order).
  it.each([
    {
      twice: 'a double click',
      press: (el: HTMLElement) => el.click(),
    },
    {
      twice: 'Enter held down (key repeat)',
      press: (el: HTMLElement) => keydown(el, 'Enter'),
    },
  ])('opens one viewer for $twice', async ({ press }) => {
    const { image } = setup()
    press(image)
    press(image)
    await settled()
    expect(dialogs()).toHaveLength(1)
  })

  it.each([
    { opener: 'an image', close: 'its close button' },
    { opener: 'a figure\'s button', close: 'Esc (the dialog closes itself)' },
  ])('gives focus back to $opener when closed with $close', async ({ opener, close }) => {
    const { image, figureButton } = setup()
    const control = opener === 'an image'
      ? image
      : figureButton
    control.focus()
    control.click()
    const dialog = await opened()
    dialog.querySelector<HTMLButtonElement>('.zoom-close')!.focus()
    if (close === 'its close button')
      dialog.querySelector<HTMLButtonElement>('.zoom-close')!.click()
    else
      dialog.close()
    expect(dialogs()).toHaveLength(0)
    expect(document.activeElement).toBe(control)
  })

  // The chunk is fetched before the first click when a reader is about to use a target. A fresh
  // module registry (a fresh zoom.ts) with a stand-in viewer that counts its loads.
  it.each([
    {
      event: 'pointerover',
      fire: (el: HTMLElement) => el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })),
    },
    {
      event: 'touchstart',
      fire: (el: HTMLElement) => el.dispatchEvent(new Event('touchstart', { bubbles: true })),
    },
    {
      event: 'focusin',
      fire: (el: HTMLElement) => el.focus(),
    },
  ])('fetches the viewer on $event at a target, and not elsewhere', async ({ fire }) => {
    let loads = 0
    vi.resetModules()
    vi.doMock('./viewer', () => {
      loads++
      return {
        openViewer: vi.fn(),
      }
    })
    const fresh = await import('./zoom')
    ledger = trackListeners(document)
    fresh.initZoom(document)
    fire(document.querySelector('a')!)
    await settled()
    expect(loads).toBe(0)
    fire(document.querySelector('img')!)
    await settled()
    expect(loads).toBe(1)
  })

  it('has no axe violations, closed and open', async () => {
    const { image } = setup()
    expect(await axeViolations(document.body)).toEqual([])
    image.click()
    const dialog = await opened()
    expect(await axeViolations(dialog)).toEqual([])
  })
})
