import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { collectListeners } from '../../../test/support/listeners'
import { shareLinks, shareTarget } from '../../layout/shareLinks'
import { initSections, updateSections } from './sections'

const PAGE_URL = 'https://example.com/notes/gitops'
const PAGE_TITLE = 'GitOpsとArgo CD'
const SECTIONS = [
  { id: 'はじめに', text: 'はじめに' },
  { id: 'argo-cdの同期', text: 'Argo CDの同期' },
  { id: 'まとめ', text: 'まとめ' },
]
const ANCHOR = '<a class="header-anchor" href="#x" aria-label="Permalink">\u200B</a>'

// The aside (DocAsideOutline.vue, ShareBar.vue with followSection) and the article's headings, as
// the server renders them; the page-bottom share bar does not follow the reader.
function shareBar(follow: boolean) {
  return `
<section class="share-bar" data-share data-share-url="${PAGE_URL}" data-share-title="${PAGE_TITLE}"${follow ? ' data-share-follow' : ''}>
  <p class="share-title"><span data-share-heading>このページを共有</span>${follow ? '<span class="share-subject" data-share-subject>このページ</span>' : ''}</p>
  <ul class="share-list">${shareLinks(shareTarget(PAGE_URL, PAGE_TITLE)).map(l => `<li><a class="share-item" href="${l.href}" data-service="${l.service}">${l.label}</a></li>`).join('')}
  <li><button type="button" data-share-copy>リンクをコピー</button></li></ul>
  <p class="share-status" role="status" data-share-status>リンクをコピーした</p>
</section>`
}

const PAGE = `
<div class="VPDoc"><div class="aside">
  <nav class="VPDocAsideOutline has-outline" data-outline><div class="content">
    <div class="outline-marker"></div>
    <div class="outline-title" role="heading" aria-level="2">このページの内容</div>
    <ul class="VPDocOutlineItem root">${SECTIONS.map(s => `<li><a class="outline-link" href="#${s.id}">${s.text}</a></li>`).join('')}</ul>
  </div></nav>
  ${shareBar(true)}
</div>
<div class="vp-doc">${SECTIONS.map((s, i) => `<${i === 1
  ? 'h3'
  : 'h2'} id="${s.id}" tabindex="-1">${s.text} ${ANCHOR}</${i === 1
  ? 'h3'
  : 'h2'}><p>本文</p>`).join('')}${shareBar(false)}</div>
</div>`

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!
function links() {
  return [
    ...document.querySelectorAll<HTMLAnchorElement>('a.outline-link'),
  ]
}
const activeLinks = () => links().filter(a => a.classList.contains('active')).map(a => a.textContent)
const marker = () => $('.outline-marker').style
const followBar = () => $('[data-share-follow]')
const bottomBar = () => $('section[data-share]:not([data-share-follow])')
function hrefs(bar: HTMLElement) {
  return [
    ...bar.querySelectorAll<HTMLAnchorElement>('a[data-service]'),
  ].map(a => a.getAttribute('href'))
}

/** Places the headings at these viewport tops and the page at this scroll position. */
function scrollTo(scrollY: number, tops: number[]) {
  window.scrollTo(0, scrollY)
  SECTIONS.forEach((s, i) => {
    document.getElementById(s.id)!.getBoundingClientRect = () => ({ top: tops[i]!, bottom: tops[i]! + 32, height: 32 }) as DOMRect
  })
}

beforeEach(() => {
  document.body.innerHTML = PAGE
  // The links' places in the outline (happy-dom has no layout).
  links().forEach((a, i) => Object.defineProperty(a, 'offsetTop', { configurable: true, value: 8 + 32 * i }))
})
afterEach(() => {
  vi.useRealTimers()
  window.scrollTo(0, 0)
  history.replaceState(null, '', '/')
  document.body.innerHTML = ''
})

describe('updateSections', () => {
  it('marks the outline link of the section at the reading line and moves the marker to it', () => {
    scrollTo(900, [-600, 80, 700])
    updateSections(document)
    expect(activeLinks()).toEqual(['Argo CDの同期'])
    expect([marker().transform, marker().opacity]).toEqual(['translateY(79px)', '1'])

    scrollTo(1600, [-1300, -620, 100])
    updateSections(document)
    expect(activeLinks()).toEqual(['まとめ'])
    expect([marker().transform, marker().opacity]).toEqual(['translateY(111px)', '1'])
  })

  it('marks nothing and hides the marker at the top of the page', () => {
    scrollTo(900, [-600, 80, 700])
    updateSections(document)
    scrollTo(0, [100, 700, 1400])
    updateSections(document)
    expect(activeLinks()).toEqual([])
    expect([marker().transform, marker().opacity]).toEqual(['translateY(33px)', '0'])
  })

  it('lets a Japanese #hash in the upper half of the screen win over the reading line', () => {
    history.replaceState(null, '', `#${encodeURIComponent('まとめ')}`)
    scrollTo(900, [-600, 80, 300])
    updateSections(document)
    expect(activeLinks()).toEqual(['まとめ'])
  })

  it('follows the reading line when the #hash is malformed (a shared link cut off mid-character)', () => {
    history.replaceState(null, '', '#%E3%81')
    scrollTo(900, [-600, 80, 300])
    expect(() => updateSections(document)).not.toThrow()
    expect(activeLinks()).toEqual(['Argo CDの同期'])
  })

  it('points the aside\'s share box at the section, and back at the page at the top', () => {
    const pageHrefs = hrefs(followBar())
    scrollTo(900, [-600, 80, 700])
    updateSections(document)
    const section = { id: 'argo-cdの同期', text: 'Argo CDの同期' }
    expect(followBar().dataset.sectionId).toBe('argo-cdの同期')
    expect(hrefs(followBar())).toEqual(shareLinks(shareTarget(PAGE_URL, PAGE_TITLE, section)).map(l => l.href))
    expect(hrefs(followBar())[0]).toContain(encodeURIComponent(`${PAGE_URL}#${encodeURIComponent('argo-cdの同期')}`))
    expect($('[data-share-follow] [data-share-heading]').textContent).toBe('この節を共有')
    expect($('[data-share-follow] [data-share-subject]').textContent).toBe('「Argo CDの同期」')
    expect($('[data-share-follow] [data-share-status]').textContent).toBe('')

    scrollTo(0, [100, 700, 1400])
    updateSections(document)
    expect(followBar().dataset.sectionId).toBeUndefined()
    expect(hrefs(followBar())).toEqual(pageHrefs)
    expect($('[data-share-follow] [data-share-heading]').textContent).toBe('このページを共有')
    expect($('[data-share-follow] [data-share-subject]').textContent).toBe(`「${PAGE_TITLE}」`)
  })

  it('leaves the page-bottom share bar on the page', () => {
    const before = hrefs(bottomBar())
    scrollTo(900, [-600, 80, 700])
    updateSections(document)
    expect(hrefs(bottomBar())).toEqual(before)
    expect(bottomBar().dataset.sectionId).toBeUndefined()
  })

  it('scrolls an overflowing outline so that the current link shows with room around it', () => {
    const box = $('[data-outline] .content')
    Object.defineProperty(box, 'scrollHeight', { configurable: true, value: 1000 })
    Object.defineProperty(box, 'clientHeight', { configurable: true, value: 300 })
    Object.defineProperty($('.outline-title'), 'offsetHeight', { configurable: true, value: 32 })
    box.getBoundingClientRect = () => ({ top: 0 }) as DOMRect
    links()[2]!.getBoundingClientRect = () => ({ top: 500, height: 28 }) as DOMRect
    scrollTo(1600, [-1300, -620, 100])
    updateSections(document)
    // Its bottom (528) brought 40 px above the box's (300 high): 528 - 300 + 40.
    expect(box.scrollTop).toBe(268)
  })

  it('still retargets the share box on a page without an outline', () => {
    $('[data-outline]').remove()
    scrollTo(900, [-600, 80, 700])
    expect(() => updateSections(document)).not.toThrow()
    expect(followBar().dataset.sectionId).toBe('argo-cdの同期')
  })
})

describe('initSections', () => {
  let release: () => void
  beforeEach(() => {
    vi.useFakeTimers()
    release = collectListeners(window)
  })
  afterEach(() => release())

  it('updates once a frame on scroll while the aside is shown', () => {
    $('.aside').getClientRects = () => [{}] as unknown as DOMRectList
    scrollTo(900, [-600, 80, 700])
    initSections(document)
    const read = vi.spyOn(document.getElementById('はじめに')!, 'getBoundingClientRect')
    vi.advanceTimersToNextFrame()
    expect(activeLinks()).toEqual(['Argo CDの同期'])
    expect(read).toHaveBeenCalledTimes(1)

    scrollTo(1600, [-1300, -620, 100])
    window.dispatchEvent(new Event('scroll'))
    window.dispatchEvent(new Event('scroll'))
    window.dispatchEvent(new Event('resize'))
    expect(activeLinks()).toEqual(['Argo CDの同期'])
    const heading = vi.spyOn(document.getElementById('はじめに')!, 'getBoundingClientRect')
    vi.advanceTimersToNextFrame()
    expect(activeLinks()).toEqual(['まとめ'])
    expect(heading).toHaveBeenCalledTimes(1)
  })

  it('reads no heading while the aside is hidden (a phone)', () => {
    $('.aside').getClientRects = () => [] as unknown as DOMRectList
    scrollTo(900, [-600, 80, 700])
    const read = vi.spyOn(document.getElementById('はじめに')!, 'getBoundingClientRect')
    initSections(document)
    window.dispatchEvent(new Event('scroll'))
    vi.advanceTimersToNextFrame()
    expect(read).not.toHaveBeenCalled()
    expect(activeLinks()).toEqual([])
  })
})
