import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { collectListeners } from '../../../test/support/listeners'
import { initPopups } from './popups'

function flyout(label: string, links: string[]) {
  return `
<div class="VPFlyout">
  <button type="button" class="button" aria-haspopup="true" aria-expanded="false"><span class="text">${label}<span class="vpi-chevron-down text-icon"></span></span></button>
  <div class="menu"><div class="VPMenu"><div class="items">${links.map(l => `<div class="VPMenuLink"><a class="VPLink link" href="/chapters/${encodeURIComponent(l)}">${l}</a></div>`).join('')}<p class="group-title">その他</p></div></div></div>
</div>`
}

// The nav bar's flyouts (VitePress's markup) and the local nav's outline (LocalNav.vue).
const PAGE = `
<header class="VPNav">
  ${flyout('章', ['第1章', '第2章'])}
  ${flyout('…', ['このサイトについて'])}
</header>
<div class="VPLocalNav">
  <div class="VPLocalNavOutlineDropdown" data-outline-menu>
    <button type="button" aria-expanded="false" aria-controls="local-outline" data-outline-toggle><span class="menu-text">このページの内容</span><span class="vpi-chevron-right icon"></span></button>
    <div id="local-outline" class="items" hidden>
      <div class="header"><a class="top-link" href="#">ページの先頭へ</a></div>
      <div class="outline"><ul class="VPDocOutlineItem root"><li><a class="outline-link" href="#はじめに">はじめに</a><ul class="VPDocOutlineItem nested"><li><a class="outline-link" href="#argo-cdの同期">Argo CDの同期</a></li></ul></li></ul></div>
    </div>
  </div>
</div>
<main class="vp-doc"><p>本文</p><a href="/notes/gitops">GitOps</a></main>`

let release: () => void
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!
const outlineButton = () => $('[data-outline-toggle]')
const outlineList = () => $('#local-outline')
const outlineOpen = () => outlineButton().getAttribute('aria-expanded') === 'true' && !outlineList().hidden
function flyouts() {
  return [
    ...document.querySelectorAll<HTMLElement>('.VPFlyout > .button'),
  ]
}
const flyoutStates = () => flyouts().map(b => b.getAttribute('aria-expanded'))
const press = (key: string) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
const focusOut = (from: Element, to: Element | null) => from.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: to }))

beforeEach(() => {
  release = collectListeners(document)
  document.body.innerHTML = PAGE
  initPopups(document)
})
afterEach(() => {
  release()
  document.body.innerHTML = ''
})

describe('initPopups: the local nav\'s outline', () => {
  it('opens and closes its list on its button', () => {
    $('[data-outline-toggle] .menu-text').click()
    expect(outlineOpen()).toBe(true)
    outlineButton().click()
    expect(outlineOpen()).toBe(false)
    expect(outlineList().hidden).toBe(true)
  })

  it.each([
    [
      'the article',
      () => $('main p').click(),
    ],
    [
      'a section link in the list',
      () => $('a[href="#argo-cdの同期"]').click(),
    ],
    [
      'the top link in the list',
      () => $('.top-link').click(),
    ],
    [
      'a flyout\'s button',
      () => flyouts()[0]!.click(),
    ],
  ])('closes on a click on %s', (_, act) => {
    outlineButton().click()
    act()
    expect(outlineOpen()).toBe(false)
  })

  it('stays open on a click inside the list that is not a link', () => {
    outlineButton().click()
    $('#local-outline .outline').click()
    $('#local-outline .header').click()
    expect(outlineOpen()).toBe(true)
  })

  it('closes on Escape and returns focus to its button when focus was in the list', () => {
    outlineButton().click()
    $<HTMLAnchorElement>('a[href="#はじめに"]').focus()
    press('Escape')
    expect(outlineOpen()).toBe(false)
    expect(document.activeElement).toBe(outlineButton())
  })

  it('closes on Escape without taking focus from elsewhere on the page', () => {
    outlineButton().click()
    $<HTMLAnchorElement>('main a').focus()
    press('Escape')
    expect(outlineOpen()).toBe(false)
    expect(document.activeElement).toBe($('main a'))
  })

  it('ignores other keys', () => {
    outlineButton().click()
    press('Enter')
    expect(outlineOpen()).toBe(true)
  })
})

describe('initPopups: the nav bar\'s flyouts', () => {
  it('toggles aria-expanded on its button', () => {
    flyouts()[0]!.querySelector<HTMLElement>('.text-icon')!.click()
    expect(flyoutStates()).toEqual(['true', 'false'])
    flyouts()[0]!.click()
    expect(flyoutStates()).toEqual(['false', 'false'])
  })

  it('closes the one open when another opens, and the outline too', () => {
    outlineButton().click()
    flyouts()[0]!.click()
    expect(outlineOpen()).toBe(false)
    flyouts()[1]!.click()
    expect(flyoutStates()).toEqual(['false', 'true'])
  })

  it.each([
    [
      'a link in it',
      'false',
      () => $('a[href="/chapters/%E7%AC%AC2%E7%AB%A0"]').click(),
    ],
    [
      'the article',
      'false',
      () => $('main p').click(),
    ],
    [
      'its group title',
      'true',
      () => $('.group-title').click(),
    ],
  ])('on a click on %s, says expanded=%s', (_, expected, act) => {
    flyouts()[0]!.click()
    act()
    expect(flyoutStates()[0]).toBe(expected)
  })

  it('closes when focus leaves it, not when focus moves inside it', () => {
    flyouts()[0]!.click()
    const [first, second] = [
      ...document.querySelectorAll('.VPFlyout')[0]!.querySelectorAll('a'),
    ]
    focusOut(flyouts()[0]!, first!)
    focusOut(first!, second!)
    expect(flyoutStates()[0]).toBe('true')
    focusOut(second!, $('main a'))
    expect(flyoutStates()[0]).toBe('false')
  })

  it('closes when focus leaves the window', () => {
    flyouts()[1]!.click()
    focusOut(flyouts()[1]!, null)
    expect(flyoutStates()[1]).toBe('false')
  })

  it('closes on Escape and returns focus to its button', () => {
    flyouts()[0]!.click()
    document.querySelector<HTMLAnchorElement>('.VPFlyout a')!.focus()
    press('Escape')
    expect(flyoutStates()).toEqual(['false', 'false'])
    expect(document.activeElement).toBe(flyouts()[0])
  })
})
