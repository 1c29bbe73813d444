import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { gardenPage, resetVitepress, setPage } from '../../../test/support/vitepress'
import ShareBar from '../../layout/ShareBar.vue'
import { authorHeadings, updateSections } from './sections'
import { watchFooterBar } from './share'

vi.mock('vitepress', () => import('../../../test/support/vitepress'))

const TITLE = 'PodDisruptionBudget'

/** An IntersectionObserver the test drives: `fire(true)` says the observed element came into view. */
class FakeObserver {
  static all: FakeObserver[] = []
  targets: Element[] = []
  disconnected = false
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this)
  }

  observe(target: Element) {
    this.targets.push(target)
  }

  disconnect() {
    this.disconnected = true
  }

  unobserve() {}
  takeRecords() {
    return []
  }

  fire(isIntersecting: boolean) {
    this.callback(this.targets.map(target => ({ target, isIntersecting }) as IntersectionObserverEntry), this as unknown as IntersectionObserver)
  }
}

const wrappers: VueWrapper[] = []
const view = document.defaultView as Window & { IntersectionObserver?: unknown }
const realObserver = view.IntersectionObserver

beforeEach(() => {
  resetVitepress()
  setPage({
    relativePath: 'notes/pod-disruption-budget.md',
    title: TITLE,
    garden: gardenPage({ url: 'https://example.com/notes/pod-disruption-budget' }),
  })
  FakeObserver.all = []
  view.IntersectionObserver = FakeObserver
})
afterEach(() => {
  for (const w of wrappers.splice(0))
    w.unmount()
  view.IntersectionObserver = realObserver
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

/** A note as the server renders it: the article (author's headings, then the generated local map), the footer's bar, the aside's box. */
function notePage() {
  document.body.innerHTML = `
    <div class="VPDoc"><div class="vp-doc">
      <h2 id="what" tabindex="-1">何か <a class="header-anchor" href="#what">\u200B</a></h2>
      <h2 id="refs" tabindex="-1">参考資料 <a class="header-anchor" href="#refs">\u200B</a></h2>
      <section class="local-map"><h2 id="local-map-title">このページのまわり</h2></section>
      <section data-generated><h3 id="made">作られた見出し <a class="header-anchor" href="#made">\u200B</a></h3></section>
    </div><div class="aside"></div><footer></footer></div>`
  const mountIn = (selector: string, props: { followSection?: boolean }) => {
    const w = mount(ShareBar, {
      props,
      attachTo: document.querySelector(selector)!,
    })
    wrappers.push(w)
    return w.element as HTMLElement
  }
  const footer = mountIn('footer', {})
  const aside = mountIn('.aside', { followSection: true })
  return { footer, aside }
}

describe('one share control on screen (watchFooterBar)', () => {
  it('hides the aside\'s box while the footer\'s bar is in view, and shows it again after', () => {
    const { footer, aside } = notePage()
    watchFooterBar(document)
    const [observer] = FakeObserver.all
    expect(observer!.targets).toEqual([footer])
    expect(aside.hasAttribute('data-share-hidden')).toBe(false)
    observer!.fire(true)
    expect(aside.hasAttribute('data-share-hidden')).toBe(true)
    expect(footer.hasAttribute('data-share-hidden')).toBe(false)
    observer!.fire(false)
    expect(aside.hasAttribute('data-share-hidden')).toBe(false)
  })

  it('watches only the new page\'s bar after a dev-server navigation', () => {
    notePage()
    watchFooterBar(document)
    FakeObserver.all[0]!.fire(true)
    const { footer, aside } = notePage()
    watchFooterBar(document)
    expect(FakeObserver.all[0]!.disconnected).toBe(true)
    expect(FakeObserver.all[1]!.targets).toEqual([footer])
    expect(aside.hasAttribute('data-share-hidden')).toBe(false)
  })

  it('leaves the aside\'s box alone on a page without a footer bar or without IntersectionObserver', () => {
    const { footer, aside } = notePage()
    footer.remove()
    watchFooterBar(document)
    expect(FakeObserver.all).toHaveLength(0)
    document.body.append(footer)
    view.IntersectionObserver = undefined
    watchFooterBar(document)
    expect(aside.hasAttribute('data-share-hidden')).toBe(false)
  })
})

describe('generated blocks are never share targets', () => {
  it('counts only the author\'s headings as sections', () => {
    notePage()
    expect(authorHeadings(document).map(h => h.id)).toEqual(['what', 'refs'])
  })

  it('offers the last section of the author\'s text at the end of the page, not 「このページのまわり」', () => {
    const { aside } = notePage()
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ top: -100 } as DOMRect)
    vi.spyOn(view, 'scrollY', 'get').mockReturnValue(5000)
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(5000 + view.innerHeight)
    updateSections(document)
    expect(aside.querySelector('[data-share-heading]')!.textContent).toBe('この節を共有')
    expect(aside.querySelector('[data-share-subject]')!.textContent).toBe('「参考資料」')
    expect(aside.dataset.sectionId).toBe('refs')
  })

  it('names the page by its title above the first heading (not 「このページ」 twice)', () => {
    const { aside } = notePage()
    updateSections(document)
    expect(aside.querySelector('[data-share-heading]')!.textContent).toBe('このページを共有')
    expect(aside.querySelector('[data-share-subject]')!.textContent).toBe(`「${TITLE}」`)
  })
})
