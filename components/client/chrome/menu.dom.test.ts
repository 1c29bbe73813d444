import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { collectListeners } from '../../../test/support/listeners'
import { fakeMedia } from '../../../test/support/media'
import { initMenu, isMenuOpen, OPEN_CLASS, setMenuOpen } from './menu'

const WIDE = '(min-width: 960px)'

// VitePress's Layout with our server-rendered parts: the nav bar's and the local nav's toggles, the
// drawer (GardenSidebar.vue) and the backdrop (Backdrop.vue) among the layout's children.
const LAYOUT = `
<div class="Layout">
  <a class="VPSkipLink" href="#VPContent">本文へ移動</a>
  <div class="VPBackdrop" data-menu-backdrop hidden></div>
  <header class="VPNav"><button type="button" class="VPNavBarHamburger" aria-label="メニュー" aria-expanded="false" aria-controls="VPSidebarNav" data-menu-toggle><span class="container"><span class="top"></span></span></button></header>
  <div class="VPLocalNav"><button type="button" class="menu" aria-expanded="false" aria-controls="VPSidebarNav" data-menu-toggle><span class="menu-text">メニュー</span></button></div>
  <aside class="VPSidebar" data-sidebar>
    <nav id="VPSidebarNav" tabindex="-1">
      <details class="gs-group" open><summary class="gs-title">第3章 アプリケーションの運用</summary>
        <a class="gs-link" href="/notes/probes">Probe</a>
        <a class="gs-link" href="/notes/gitops" aria-current="page">GitOpsとArgo CD</a>
        <a class="gs-link" href="#argo-cdの同期">Argo CDの同期</a>
      </details>
    </nav>
  </aside>
  <div class="VPContent" id="VPContent"><main><a href="/chapters/3">第3章</a></main></div>
  <footer class="VPFooter"><p>知識地図ノート</p></footer>
</div>`

let media: ReturnType<typeof fakeMedia>
let release: () => void

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!
const sidebar = () => $('[data-sidebar]')
const backdrop = () => $('[data-menu-backdrop]')
const hamburger = () => $('.VPNavBarHamburger')
const localMenu = () => $('.VPLocalNav .menu')
function expanded() {
  return [
    ...document.querySelectorAll('[data-menu-toggle]'),
  ].map(el => el.getAttribute('aria-expanded'))
}
function inert() {
  return [
    ...$('.Layout').children,
  ].filter(el => (el as HTMLElement).inert).map(el => el.className)
}
const scrollLocked = () => document.documentElement.classList.contains(OPEN_CLASS)
function press(key: string, target: Element = document.activeElement ?? document.body) {
  return target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
}

/** The frame that shows the drawer is painted; the page-wide work queued behind it runs. */
function paint() {
  vi.advanceTimersToNextFrame()
  vi.runOnlyPendingTimers()
}

function open(opener = hamburger()) {
  opener.focus()
  opener.click()
  paint()
}

beforeEach(() => {
  vi.useFakeTimers()
  media = fakeMedia({ [WIDE]: false })
  vi.stubGlobal('matchMedia', media.matchMedia)
  release = collectListeners(document)
  document.body.innerHTML = LAYOUT
  initMenu(document)
})
afterEach(() => {
  // The module remembers the opener; leave it closed for the next test.
  if (isMenuOpen(document)) {
    setMenuOpen(document, false)
    paint()
  }
  release()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.documentElement.className = ''
  document.body.innerHTML = ''
})

describe('initMenu', () => {
  it('opens and closes the drawer from any toggle, and every toggle says whether it is open', () => {
    hamburger().querySelector<HTMLElement>('.top')!.click()
    expect(isMenuOpen(document)).toBe(true)
    expect(backdrop().hidden).toBe(false)
    expect(expanded()).toEqual(['true', 'true'])

    localMenu().querySelector<HTMLElement>('.menu-text')!.click()
    expect(isMenuOpen(document)).toBe(false)
    expect(backdrop().hidden).toBe(true)
    expect(expanded()).toEqual(['false', 'false'])
  })

  it('shows the drawer at once and makes the page behind inert and scroll-locked, with focus in the drawer, after the next paint', () => {
    hamburger().focus()
    hamburger().click()
    expect(sidebar().classList.contains('open')).toBe(true)
    expect(inert()).toEqual([])
    expect(scrollLocked()).toBe(false)
    expect(document.activeElement).toBe(hamburger())

    paint()
    expect(inert()).toEqual([
      'VPSkipLink',
      'VPNav',
      'VPLocalNav',
      'VPContent',
      'VPFooter',
    ])
    expect(scrollLocked()).toBe(true)
    expect(document.activeElement).toBe($('#VPSidebarNav'))
  })

  it.each([
    ['the nav bar\'s button', hamburger],
    ['the local nav\'s 「メニュー」', localMenu],
  ])('returns focus to %s that opened it, and frees the page', (_, opener) => {
    open(opener())
    press('Escape')
    expect(isMenuOpen(document)).toBe(false)
    paint()
    expect(document.activeElement).toBe(opener())
    expect(inert()).toEqual([])
    expect(scrollLocked()).toBe(false)
  })

  it.each([
    [
      'Escape',
      () => press('Escape'),
    ],
    [
      'a tap on the backdrop',
      () => backdrop().click(),
    ],
    [
      'a link to another note in the drawer',
      () => $('a[href="/notes/probes"]').click(),
    ],
    [
      'a link to a section of this page in the drawer',
      () => $('a[href="#argo-cdの同期"]').click(),
    ],
  ])('closes on %s', (_, act) => {
    open()
    act()
    expect(isMenuOpen(document)).toBe(false)
    expect(backdrop().hidden).toBe(true)
    expect(expanded()).toEqual(['false', 'false'])
  })

  it.each([
    [
      'a chapter title in the drawer',
      () => $('.gs-title').click(),
    ],
    [
      'another key',
      () => press('Enter'),
    ],
  ])('stays open on %s', (_, act) => {
    open()
    act()
    expect(isMenuOpen(document)).toBe(true)
    expect(inert()).toHaveLength(5)
  })

  it('never makes anything inert or moves focus when closed before the paint', () => {
    const focused: Element[] = []
    document.addEventListener('focusin', e => focused.push(e.target as Element))
    const changes = new MutationObserver(() => {})
    changes.observe(document.body, {
      attributes: true,
      attributeFilter: ['inert'],
      subtree: true,
    })
    hamburger().focus()
    hamburger().click()
    hamburger().click()
    paint()
    expect(isMenuOpen(document)).toBe(false)
    expect(inert()).toEqual([])
    expect(scrollLocked()).toBe(false)
    expect(document.activeElement).toBe(hamburger())
    // Not even for a moment: the open's deferred work saw the drawer closed and did nothing.
    expect(focused).toEqual([
      hamburger(),
    ])
    expect(changes.takeRecords()).toEqual([])
    changes.disconnect()
  })

  it('does nothing on Escape or a page click while closed', () => {
    const link = $<HTMLAnchorElement>('main a')
    link.focus()
    press('Escape')
    link.click()
    paint()
    expect(isMenuOpen(document)).toBe(false)
    expect(document.activeElement).toBe(link)
    expect(inert()).toEqual([])
  })

  it('closes when the window widens into the two-column layout', () => {
    open()
    media.set(WIDE, true)
    paint()
    expect(isMenuOpen(document)).toBe(false)
    expect(inert()).toEqual([])
  })

  it.each([
    // the drawer's scrollTop before, the current link's top and bottom in the viewport → scrollTop after
    [
      'below the drawer\'s end',
      0,
      900,
      924,
      700,
    ],
    ['under the top edge', 400, 20, 44, 220],
    ['in view', 400, 300, 324, 400],
  ])('scrolls the drawer to the current link when it is %s', (_, before, top, bottom, after) => {
    const aside = sidebar()
    aside.scrollTop = before
    Object.defineProperty(aside, 'clientHeight', { configurable: true, value: 600 })
    aside.getBoundingClientRect = () => ({ top: 0, bottom: 600 }) as DOMRect
    $('[aria-current="page"]').getBoundingClientRect = () => ({ top, bottom }) as DOMRect
    open()
    expect(aside.scrollTop).toBe(after)
  })

  it('ignores the toggles on a page without a sidebar', () => {
    sidebar().remove()
    expect(() => open()).not.toThrow()
    expect(backdrop().hidden).toBe(true)
    expect(inert()).toEqual([])
  })
})
