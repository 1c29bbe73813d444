import type { VueWrapper } from '@vue/test-utils'
import type { ListenerLedger } from '../testing/listeners'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../testing/axe'
import { trackListeners } from '../testing/listeners'
import { navigate, resetVitepress } from '../testing/vitepress'
import LinkPreview from './LinkPreview.vue'

vi.mock('vitepress', () => import('../testing/vitepress'))

let wrapper: VueWrapper | undefined
const ledgers: ListenerLedger[] = []
beforeEach(() => {
  vi.useFakeTimers()
  resetVitepress()
  document.body.innerHTML = `
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
    <p id="footnote-1">脚注</p>`
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  for (const l of ledgers.splice(0))
    l.restore()
  vi.useRealTimers()
  document.body.innerHTML = ''
})

const link = (id: string) => document.getElementById(id) as HTMLAnchorElement
function pointer(type: string, target: Element, init: PointerEventInit = {}) {
  return target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerType: 'mouse', ...init }))
}
const key = (k: string, target: Element = document.body) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }))

function setup() {
  const w = mount(LinkPreview, { attachTo: document.body })
  wrapper = w
  return {
    w,
    card: () => document.getElementById('garden-link-preview'),
  }
}

async function hover(id: string) {
  pointer('pointerover', link(id))
  await vi.advanceTimersByTimeAsync(300)
  await flushPromises()
}

describe('linkPreview', () => {
  it('shows nothing until a link is hovered', () => {
    const { card } = setup()
    expect(card()).toBeNull()
  })

  it('shows the card 300 ms after a mouse enters a link, with title, maturity, description, section and excerpt', async () => {
    const { card } = setup()
    pointer('pointerover', link('gitops'))
    await vi.advanceTimersByTimeAsync(299)
    expect(card()).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    const el = card()!
    expect(el.getAttribute('role')).toBe('tooltip')
    expect(el.querySelector('.link-preview-title')!.textContent).toBe('GitOps')
    expect(el.querySelector('.link-preview-maturity')!.textContent).toBe('若葉')
    expect(el.textContent).toContain('Gitを正とする運用のしかた')
    expect(el.textContent).toContain('§ Argo CDの同期')
    expect(el.textContent).toContain('Argo CDはGitの状態に合わせる。')
  })

  it('describes the link by the card while shown and restores its own aria-describedby', async () => {
    setup()
    await hover('gitops')
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1 garden-link-preview')
    key('Escape')
    await flushPromises()
    expect(link('gitops').getAttribute('aria-describedby')).toBe('footnote-1')
    await hover('pdb')
    expect(link('pdb').getAttribute('aria-describedby')).toBe('garden-link-preview')
    key('Escape')
    expect(link('pdb').hasAttribute('aria-describedby')).toBe(false)
  })

  it('leaves out the maturity, section and excerpt a link does not have', async () => {
    const { card } = setup()
    await hover('pdb')
    expect(card()!.querySelector('.link-preview-maturity')).toBeNull()
    expect(card()!.querySelector('.link-preview-section')).toBeNull()
    expect(card()!.querySelector('.link-preview-excerpt')).toBeNull()
  })

  it('shows no card for a link without preview data or for a touch pointer', async () => {
    const { card } = setup()
    await hover('plain')
    expect(card()).toBeNull()
    pointer('pointerover', link('gitops'), { pointerType: 'touch' })
    await vi.advanceTimersByTimeAsync(1000)
    expect(card()).toBeNull()
  })

  it('hides 200 ms after the pointer leaves, unless it moves onto the card', async () => {
    const { card } = setup()
    await hover('gitops')
    pointer('pointerout', link('gitops'), { relatedTarget: document.body })
    await vi.advanceTimersByTimeAsync(100)
    card()!.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }))
    await vi.advanceTimersByTimeAsync(500)
    await flushPromises()
    expect(card()).not.toBeNull()

    card()!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }))
    await vi.advanceTimersByTimeAsync(199)
    expect(card()).not.toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    await flushPromises()
    expect(card()).toBeNull()
  })

  it('shows at once on keyboard focus and hides on blur', async () => {
    const { card } = setup()
    link('pdb').focus()
    await flushPromises()
    expect(card()!.textContent).toContain('PodDisruptionBudget')
    link('pdb').blur()
    await flushPromises()
    expect(card()).toBeNull()
  })

  it('shows no card for the focus that a tap or click causes', async () => {
    const { card } = setup()
    pointer('pointerdown', link('pdb'))
    link('pdb').focus()
    await flushPromises()
    expect(card()).toBeNull()
  })

  it('hides on Escape', async () => {
    const { card } = setup()
    link('gitops').focus()
    await flushPromises()
    key('Escape', link('gitops'))
    await flushPromises()
    expect(card()).toBeNull()
  })

  it('drops a hover card on scroll but keeps a focused link\'s card', async () => {
    const { card } = setup()
    await hover('gitops')
    window.dispatchEvent(new Event('scroll'))
    await flushPromises()
    expect(card()).toBeNull()

    link('pdb').focus()
    await flushPromises()
    window.dispatchEvent(new Event('scroll'))
    await flushPromises()
    expect(card()!.textContent).toContain('PodDisruptionBudget')
  })

  it('hides when the reader navigates to another page', async () => {
    const { card } = setup()
    await hover('gitops')
    navigate('/notes/gitops')
    await flushPromises()
    expect(card()).toBeNull()
  })

  it('has no axe violations while a card is shown', async () => {
    setup()
    await hover('gitops')
    vi.useRealTimers()
    expect(await axeViolations(document.body)).toEqual([])
  })

  it('removes its document and window listeners on unmount', () => {
    ledgers.push(trackListeners(document), trackListeners(window))
    const { w } = setup()
    expect(ledgers[0]!.active()).toEqual([
      'focusin',
      'focusout',
      'keydown',
      'pointerdown',
      'pointerout',
      'pointerover',
    ])
    expect(ledgers[1]!.active()).toEqual(['scroll'])
    w.unmount()
    wrapper = undefined
    expect(ledgers.map(l => l.active())).toEqual([[], []])
  })
})
