import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { collectListeners } from '../../../test/support/listeners'
import { fakeMedia } from '../../../test/support/media'
import { APPEARANCE_KEY, initTheme, NO_TRANSITION_CSS } from './theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'
const TO_DARK = 'ダークテーマに切り替える'
const TO_LIGHT = 'ライトテーマに切り替える'

// The server HTML of AppearanceSwitch.vue (VPSwitch inside), in the nav bar and in the drawer.
const SWITCH = `<button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="${TO_DARK}" aria-checked="false" data-title-dark="${TO_LIGHT}" data-title-light="${TO_DARK}" data-appearance-toggle><span class="check"><span class="icon"><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span></span></span></button>`

let media: ReturnType<typeof fakeMedia>
let release: () => void

/** The page as VitePress's inline script leaves it (html.dark set or not), then the behaviour. */
function start({ dark = false, systemDark = false, stored }: { dark?: boolean, systemDark?: boolean, stored?: string } = {}) {
  if (stored !== undefined)
    localStorage.setItem(APPEARANCE_KEY, stored)
  document.documentElement.classList.toggle('dark', dark)
  media = fakeMedia({ [DARK_QUERY]: systemDark })
  vi.stubGlobal('matchMedia', media.matchMedia)
  document.body.innerHTML = `<header class="VPNav">${SWITCH}</header><aside data-sidebar><p>表示</p>${SWITCH}</aside><main><p>本文</p></main>`
  initTheme(document)
}

function switches() {
  return [
    ...document.querySelectorAll<HTMLElement>('[data-appearance-toggle]'),
  ]
}
function states() {
  return switches().map(el => [
    el.getAttribute('aria-checked'),
    el.title,
  ])
}
const isDarkPage = () => document.documentElement.classList.contains('dark')
function noTransitionStyles() {
  return [
    ...document.head.querySelectorAll('style'),
  ].filter(s => s.textContent === NO_TRANSITION_CSS)
}
const clickSwitch = (i = 0) => switches()[i]!.querySelector<HTMLElement>('.icon')!.click()

beforeEach(() => {
  release = collectListeners(document)
})
afterEach(() => {
  release()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  localStorage.clear()
  document.documentElement.className = ''
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

describe('initTheme', () => {
  it('names and checks every switch for a reader in the dark theme', () => {
    start({ dark: true })
    expect(states()).toEqual([
      ['true', TO_LIGHT],
      ['true', TO_LIGHT],
    ])
  })

  it('leaves the switches as rendered in the light theme', () => {
    start()
    expect(states()).toEqual([
      ['false', TO_DARK],
      ['false', TO_DARK],
    ])
  })

  it('switches the page and every switch on a click inside any switch', () => {
    start()
    clickSwitch(1)
    expect(isDarkPage()).toBe(true)
    expect(states()).toEqual([
      ['true', TO_LIGHT],
      ['true', TO_LIGHT],
    ])
    clickSwitch(0)
    expect(isDarkPage()).toBe(false)
    expect(states()).toEqual([
      ['false', TO_DARK],
      ['false', TO_DARK],
    ])
  })

  it.each([
    // systemDark, starting dark, stored after one click, after a second click
    [false, false, 'dark', 'auto'],
    [true, true, 'light', 'auto'],
    [false, true, 'auto', 'dark'],
    [true, false, 'auto', 'light'],
  ])('stores VitePress\'s value (system dark=%s, page dark=%s): %s, then %s', (systemDark, dark, first, second) => {
    start({ systemDark, dark })
    clickSwitch()
    expect(localStorage.getItem(APPEARANCE_KEY)).toBe(first)
    clickSwitch()
    expect(localStorage.getItem(APPEARANCE_KEY)).toBe(second)
  })

  it('ignores clicks elsewhere on the page', () => {
    start()
    document.querySelector<HTMLElement>('main p')!.click()
    document.querySelector<HTMLElement>('aside p')!.click()
    expect(isDarkPage()).toBe(false)
    expect(localStorage.getItem(APPEARANCE_KEY)).toBeNull()
  })

  it('switches colours without transitions, which come back two frames later', () => {
    vi.useFakeTimers()
    start()
    clickSwitch()
    expect(noTransitionStyles()).toHaveLength(1)
    vi.advanceTimersToNextFrame()
    expect(noTransitionStyles()).toHaveLength(1)
    vi.advanceTimersToNextFrame()
    expect(noTransitionStyles()).toHaveLength(0)
  })

  it('leaves no transition-blocking style behind after two quick clicks', () => {
    vi.useFakeTimers()
    start()
    clickSwitch()
    clickSwitch()
    expect(noTransitionStyles()).toHaveLength(2)
    vi.advanceTimersToNextFrame()
    vi.advanceTimersToNextFrame()
    expect(noTransitionStyles()).toHaveLength(0)
  })

  it.each([
    ['nothing stored', undefined],
    ['auto', 'auto'],
  ])('follows the system\'s setting with %s', (_, stored) => {
    start({ stored })
    media.set(DARK_QUERY, true)
    expect(isDarkPage()).toBe(true)
    expect(states()).toEqual([
      ['true', TO_LIGHT],
      ['true', TO_LIGHT],
    ])
    media.set(DARK_QUERY, false)
    expect(isDarkPage()).toBe(false)
  })

  it.each([
    ['light', false],
    ['dark', true],
  ])('keeps the reader\'s %s choice when the system\'s setting changes', (stored, dark) => {
    start({ stored, dark })
    media.set(DARK_QUERY, !dark)
    expect(isDarkPage()).toBe(dark)
    media.set(DARK_QUERY, dark)
    expect(isDarkPage()).toBe(dark)
  })

  it('still switches when storage is blocked (private mode)', () => {
    start()
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError')
    }
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked })
    clickSwitch()
    expect(isDarkPage()).toBe(true)
    media.set(DARK_QUERY, false)
    expect(isDarkPage()).toBe(false)
  })
})
