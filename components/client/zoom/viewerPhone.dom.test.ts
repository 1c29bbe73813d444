// The zoom viewer on a phone for a Mermaid figure as .vitepress/node/markdown/mermaid.ts emits it: it opens
// with the labels readable (not fitted smaller), on the variant the page shows, and the browser's Back
// closes it without leaving the page. (Gestures, keys and the fit: viewer.dom.test.ts.)
import type { ListenerLedger } from '../../../test/support/listeners'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { trackListeners } from '../../../test/support/listeners'
import { openViewer } from './viewer'

const LABEL = 'PDBがあるときのdrainの流れ'

function svg(variant: string, width: number, height: number) {
  return `<svg v-pre data-variant="${variant}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="width:${width}px;max-width:100%;min-width:${Math.ceil(width * 0.75)}px;height:auto"><title>${LABEL}</title><text>kubectl</text></svg>`
}

let ledger: ListenerLedger | undefined
beforeEach(() => {
  // happy-dom lays nothing out: the stage measures as a 360 × 600 phone screen.
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
  vi.spyOn(history, 'pushState')
  vi.spyOn(history, 'back').mockImplementation(() => {})
  document.body.innerHTML = `<main class="vp-doc"><figure class="mermaid-diagram zoomable mmd-switch-752 mmd-scroll-566" data-label-px="16" data-zoom>`
    + `<div class="mermaid-svg" role="img" tabindex="0">${svg('wide', 971, 891)}${svg('narrow', 723, 789)}</div>`
    + `<span class="mermaid-hint" aria-hidden="true">横にスクロールできます</span>`
    + `<button type="button" class="zoom-open" aria-haspopup="dialog"><span aria-hidden="true">拡大</span></button></figure></main>`
})
afterEach(() => {
  for (const dialog of document.querySelectorAll('dialog'))
    dialog.close()
  ledger?.dispose()
  ledger = undefined
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

const figure = () => document.querySelector<HTMLElement>('figure')!
const canvas = () => document.querySelector<HTMLElement>('.zoom-canvas')!

async function open(source = figure(), onClosed = vi.fn()) {
  const dialog = openViewer(source, LABEL, onClosed)
  await flushPromises()
  return { dialog, onClosed }
}

/** The page shows the narrow twin (as the container query does in a phone's column). */
function showNarrow() {
  const empty = { length: 0 } as DOMRectList
  const one = { length: 1 } as DOMRectList
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return this.getAttribute('data-variant') === 'narrow'
      ? one
      : empty
  })
}

describe('openViewer on a phone', () => {
  it('opens a diagram with 16-px labels at 14 px (87.5%), at its top-left corner, not fitted to 37%', async () => {
    await open()
    expect(Number(canvas().dataset.scale)).toBe(0.875)
    expect(canvas().style.width).toBe(`${971 * 0.875}px`)
    expect(canvas().style.transform).toBe('translate(0px, 0px)')
    expect(document.querySelector('output')!.value).toBe('88%')
  })

  it('opens at the fit a figure that says nothing of its labels', async () => {
    delete figure().dataset.labelPx
    await open()
    expect(Number(canvas().dataset.scale)).toBeCloseTo(360 / 971, 9)
  })

  it('shows the variant the page shows, and no hint, tab stop or layout class', async () => {
    showNarrow()
    await open()
    const copy = canvas().querySelector('figure')!
    const svgs = copy.querySelectorAll('svg')
    expect(svgs).toHaveLength(1)
    expect(svgs[0]!.getAttribute('viewBox')).toBe('0 0 723 789')
    expect(svgs[0]!.hasAttribute('data-variant')).toBe(false)
    expect(svgs[0]!.hasAttribute('style')).toBe(false)
    expect(canvas().style.width).toBe(`${723 * 0.875}px`)
    expect(copy.querySelector('.mermaid-hint, [tabindex]')).toBeNull()
    expect(copy.className).toBe('mermaid-diagram')
    // The page's figure keeps both.
    expect(figure().querySelectorAll('svg')).toHaveLength(2)
  })

  it('shows the original when the page shows it', async () => {
    await open()
    expect(canvas().querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 971 891')
  })
})

describe('the browser\'s Back', () => {
  it('pushes one history entry on open; Back closes the viewer and pops nothing more', async () => {
    ledger = trackListeners(window)
    const { dialog, onClosed } = await open()
    expect(history.pushState).toHaveBeenCalledTimes(1)
    expect(history.pushState).toHaveBeenCalledWith({ gardenZoom: true }, '')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(dialog.open).toBe(false)
    expect(document.querySelector('dialog')).toBeNull()
    expect(onClosed).toHaveBeenCalledTimes(1)
    expect(history.back).not.toHaveBeenCalled()
    expect(ledger.active()).toEqual([])
  })

  it.each([
    [
      'the close button',
      () => document.querySelector<HTMLButtonElement>('.zoom-close')!.click(),
    ],
    [
      'Esc (the dialog closes itself)',
      () => document.querySelector('dialog')!.close(),
    ],
  ])('closing with %s takes its history entry back once', async (_, close) => {
    await open()
    close()
    expect(history.back).toHaveBeenCalledTimes(1)
    // The Back that follows is the viewer's own, already closed: nothing else happens.
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(history.back).toHaveBeenCalledTimes(1)
  })
})
