import type { ListenerLedger } from '../../../test/support/listeners'
import type { LinkPreviewOptions } from './linkPreview'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../../test/support/axe'
import { trackListeners } from '../../../test/support/listeners'
import { initLinkPreview, PREVIEW_ID } from './linkPreview'

// Wikilinks as .vitepress/node/markdown/linkPreview.ts emits them, one with an aria-describedby of its own.
const ARTICLE = `
  <main class="vp-doc">
    <p>
      <a id="gitops" href="/notes/gitops" aria-describedby="footnote-1"
        data-preview-title="GitOps" data-preview-maturity="budding"
        data-preview-desc="Gitを正とする運用のしかた" data-preview-section="Argo CDの同期"
        data-preview-excerpt="Argo CDはGitの状態に合わせる。">GitOps</a>
      と <a id="pdb" href="/notes/pod-disruption-budget" data-preview-title="PodDisruptionBudget" data-preview-desc="退避の上限">PDB</a>
      と <a id="plain" href="/chapters/ch1">第1章</a>
    </p>
  </main>
  <a id="outside" href="/notes/gitops" data-preview-title="GitOps">本文の外</a>
  <p id="footnote-1">脚注</p>`

let ledgers: ListenerLedger[] = []
beforeEach(() => {
  vi.useFakeTimers()
  document.body.innerHTML = ARTICLE
})
afterEach(() => {
  for (const l of ledgers.splice(0))
    l.dispose()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.useRealTimers()
  document.body.innerHTML = ''
})

function setup(options?: LinkPreviewOptions) {
  ledgers = [
    trackListeners(document),
    trackListeners(window),
  ]
  return initLinkPreview(document, options)
}

const link = (id: string) => document.getElementById(id) as HTMLAnchorElement
/** The card while it is shown; null when hidden or never created. */
function card(): HTMLElement | null {
  const el = document.getElementById(PREVIEW_ID)
  return el && !el.hidden
    ? el
    : null
}
function pointer(type: string, target: Element, init: PointerEventInit = {}) {
  return target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', ...init }))
}
const key = (k: string, target: Element = document.body) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))

function hover(id: string) {
  pointer('pointerover', link(id))
  vi.advanceTimersByTime(300)
}

/** Places a link in the viewport, as happy-dom lays nothing out. */
function place(a: Element, box: { left: number, top: number, width?: number, height?: number }) {
  const { left, top, width = 80, height = 20 } = box
  a.getBoundingClientRect = () => ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
  }) as DOMRect
}

/** A 1024 × 600 viewport and a 320 × 120 card. */
function layout() {
  vi.stubGlobal('innerHeight', 600)
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(1024)
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.id === PREVIEW_ID
      ? 320
      : 0
  })
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.id === PREVIEW_ID
      ? 120
      : 0
  })
}

describe('initLinkPreview', () => {
  it('creates no card until a link is hovered', () => {
    setup()
    expect(document.getElementById(PREVIEW_ID)).toBeNull()
  })

  it('shows the card 300 ms after a mouse enters a link, with title, maturity, description, section and excerpt', () => {
    setup()
    pointer('pointerover', link('gitops'))
    vi.advanceTimersByTime(299)
    expect(card()).toBeNull()
    vi.advanceTimersByTime(1)
    const el = card()!
    expect(el.getAttribute('role')).toBe('tooltip')
    expect(el.parentElement).toBe(document.body)
    expect(el.querySelector('.link-preview-title')!.textContent).toBe('GitOps')
    expect(el.querySelector('.link-preview-maturity')!.textContent).toBe('若葉')
    expect(el.querySelector('.link-preview-maturity')!.classList).toContain('maturity-budding')
    expect(el.querySelector('.link-preview-desc')!.textContent).toBe('Gitを正とする運用のしかた')
    expect(el.querySelector('.link-preview-section')!.textContent).toBe('§ Argo CDの同期')
    expect(el.querySelector('.link-preview-excerpt')!.textContent).toBe('Argo CDはGitの状態に合わせる。')
  })

  it('leaves out the maturity, section and excerpt a link does not have', () => {
    setup()
    hover('pdb')
    expect(card()!.querySelector('.link-preview-title')!.textContent).toBe('PodDisruptionBudget')
    for (const part of ['.link-preview-maturity', '.link-preview-section', '.link-preview-excerpt'])
      expect(card()!.querySelector(part), part).toBeNull()
  })

  it.each([
    {
      delays: 'the default delays',
      options: {},
      show: 300,
      hide: 200,
    },
    {
      delays: 'the delays given',
      options: { showDelay: 50, hideDelay: 500 },
      show: 50,
      hide: 500,
    },
  ])('shows and hides after $delays', ({ options, show, hide }) => {
    setup(options)
    pointer('pointerover', link('pdb'))
    vi.advanceTimersByTime(show - 1)
    expect(card()).toBeNull()
    vi.advanceTimersByTime(1)
    expect(card()).not.toBeNull()
    pointer('pointerout', link('pdb'), { relatedTarget: document.body })
    vi.advanceTimersByTime(hide - 1)
    expect(card()).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect(card()).toBeNull()
  })

  it.each([
    { target: 'a link without preview data', id: 'plain', init: {} },
    {
      target: 'a touch pointer',
      id: 'gitops',
      init: { pointerType: 'touch' },
    },
    { target: 'a link outside the article', id: 'outside', init: {} },
  ])('shows no card for $target', ({ id, init }) => {
    setup()
    pointer('pointerover', link(id), init)
    vi.advanceTimersByTime(1000)
    expect(card()).toBeNull()
  })

  it('hides a card at once when a finger touches the page', () => {
    setup()
    hover('gitops')
    pointer('pointerdown', document.body, { pointerType: 'touch' })
    expect(card()).toBeNull()
  })

  it('cancels a pending card when the pointer leaves before the delay', () => {
    setup()
    pointer('pointerover', link('gitops'))
    vi.advanceTimersByTime(100)
    pointer('pointerout', link('gitops'), { relatedTarget: document.body })
    vi.advanceTimersByTime(1000)
    expect(card()).toBeNull()
  })

  it('keeps the card while the pointer is on it and hides it 200 ms after the pointer leaves it', () => {
    setup()
    hover('gitops')
    pointer('pointerout', link('gitops'), { relatedTarget: document.body })
    vi.advanceTimersByTime(100)
    card()!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }))
    vi.advanceTimersByTime(500)
    expect(card()).not.toBeNull()

    card()!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }))
    vi.advanceTimersByTime(199)
    expect(card()).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect(card()).toBeNull()
  })

  it('keeps the card when the pointer moves from the link straight onto it', () => {
    setup()
    hover('gitops')
    pointer('pointerout', link('gitops'), { relatedTarget: card()!.firstElementChild })
    vi.advanceTimersByTime(1000)
    expect(card()).not.toBeNull()
  })

  it('describes the link by the card while shown and restores its own aria-describedby', () => {
    setup()
    hover('gitops')
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1 garden-link-preview')
    key('Escape')
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1')
    hover('pdb')
    expect(link('pdb').getAttribute('aria-describedby')).toBe('garden-link-preview')
    key('Escape')
    expect(link('pdb').hasAttribute('aria-describedby')).toBe(false)
  })

  it('moves the card from one link to the next, giving the first its own description back', () => {
    setup()
    hover('gitops')
    hover('pdb')
    expect(card()!.querySelector('.link-preview-title')!.textContent).toBe('PodDisruptionBudget')
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1')
    expect(link('pdb').getAttribute('aria-describedby')).toBe('garden-link-preview')
    expect(document.querySelectorAll(`#${PREVIEW_ID}`)).toHaveLength(1)
  })

  it('shows at once on keyboard focus and hides on blur', () => {
    setup()
    link('pdb').focus()
    expect(card()!.textContent).toContain('PodDisruptionBudget')
    link('pdb').blur()
    expect(card()).toBeNull()
  })

  it.each([
    {
      press: 'a click',
      pointerType: 'mouse',
      later: 0,
      shown: false,
    },
    {
      press: 'a tap',
      pointerType: 'touch',
      later: 500,
      shown: false,
    },
    {
      press: 'a click over a second ago',
      pointerType: 'mouse',
      later: 1001,
      shown: true,
    },
  ])('after $press, focus shows a card: $shown', ({ pointerType, later, shown }) => {
    setup()
    pointer('pointerdown', link('pdb'), { pointerType })
    vi.advanceTimersByTime(later)
    link('pdb').focus()
    expect(card() !== null).toBe(shown)
  })

  it('hides on Escape', () => {
    setup()
    link('gitops').focus()
    key('Escape', link('gitops'))
    expect(card()).toBeNull()
    expect(document.activeElement).toBe(link('gitops'))
  })

  it('hides when asked to', () => {
    const preview = setup()
    hover('gitops')
    preview.hide()
    expect(card()).toBeNull()
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1')
  })

  it('moves a focused link\'s card along on scroll', () => {
    layout()
    setup()
    place(link('pdb'), { left: 100, top: 200 })
    link('pdb').focus()
    expect(card()!.style.top).toBe('228px')
    place(link('pdb'), { left: 100, top: 150 })
    window.dispatchEvent(new Event('scroll'))
    expect(card()!.style.top).toBe('178px')
  })

  it('drops a hover card on scroll', () => {
    setup()
    hover('gitops')
    window.dispatchEvent(new Event('scroll'))
    expect(card()).toBeNull()
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1')
  })

  it.each([
    {
      where: 'below a link with room under it',
      box: { left: 100, top: 100 },
      side: 'below',
      left: '100px',
      top: '128px',
    },
    {
      where: 'above a link near the bottom',
      box: { left: 100, top: 560 },
      side: 'above',
      left: '100px',
      top: '432px',
    },
    {
      where: 'inside the viewport for a link near its right edge',
      box: { left: 900, top: 100 },
      side: 'below',
      left: '696px',
      top: '128px',
    },
  ])('places the card $where', ({ box, side, left, top }) => {
    layout()
    setup()
    place(link('gitops'), box)
    hover('gitops')
    expect(card()!.className).toBe(`link-preview link-preview-${side}`)
    expect(card()!.style.left).toBe(left)
    expect(card()!.style.top).toBe(top)
  })

  it('has no axe violations while a card is shown', async () => {
    setup()
    hover('gitops')
    vi.useRealTimers()
    expect(await axeViolations(document.body)).toEqual([])
  })
})
