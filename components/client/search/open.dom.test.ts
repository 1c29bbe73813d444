import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadEngine } from './dialog'
import { initSearch } from './open'

const engine = vi.hoisted(() => ({
  loadIndex: vi.fn(async () => {}),
}))

vi.mock('./engine', () => ({
  withBase: (path: string) => path,
  loadIndex: engine.loadIndex,
  prefetchQuery: vi.fn(),
  search: vi.fn(async (query: string) => ({
    query,
    results: [],
    ranked: [],
    pattern: undefined,
  })),
  suggestions: vi.fn(() => ({ titles: [], tags: [] })),
  sectionText: vi.fn(async () => ''),
}))

let idle: (() => void)[] = []
let listeners: Parameters<typeof document.addEventListener>[] = []

beforeAll(async () => {
  // The engine's chunk is fetched once for the page; here it is there from the start.
  await loadEngine()
})

beforeEach(() => {
  document.body.innerHTML = `<div id="app">
    <button type="button" class="nav-search" data-search-open><span class="label">検索</span><kbd>K</kbd></button>
    <input id="field" aria-label="メモ"><textarea id="area" aria-label="本文"></textarea>
    <div id="editable" contenteditable="true">編集</div>
    <a id="other" href="/notes/pod">ポッド</a>
  </div>`
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idle.push(fn))
  // The dialog's first frame never comes: what runs after it is dialog.dom.test.ts's concern.
  vi.stubGlobal('requestAnimationFrame', () => 0)
  vi.spyOn(history, 'pushState').mockImplementation(() => {})
  vi.spyOn(history, 'back').mockImplementation(() => {})
  const add = document.addEventListener.bind(document)
  vi.spyOn(document, 'addEventListener').mockImplementation((...args: Parameters<typeof document.addEventListener>) => {
    listeners.push(args)
    add(...args)
  })
  initSearch(document)
  engine.loadIndex.mockClear()
})

afterEach(() => {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.garden-search')
  if (dialog?.open)
    dialog.close()
  removeListeners()
  idle = []
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

const searchDialog = () => document.querySelector<HTMLDialogElement>('dialog.garden-search')
const isOpen = () => searchDialog()?.open === true

function press(target: Element, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('initSearch', () => {
  it('opens the dialog on a click anywhere in a search button, the field focused', () => {
    document.querySelector<HTMLElement>('.nav-search .label')!.click()
    expect(isOpen()).toBe(true)
    expect(document.activeElement).toBe(searchDialog()!.querySelector('input'))
  })

  it('does not open on a click elsewhere', () => {
    document.getElementById('other')!.addEventListener('click', e => e.preventDefault())
    document.getElementById('other')!.click()
    expect(isOpen()).toBe(false)
  })

  it.each<{ name: string, init: KeyboardEventInit, target?: string, opens: boolean }>([
    {
      name: '/ on the page',
      init: { key: '/' },
      opens: true,
    },
    {
      name: 'Ctrl+K',
      init: { key: 'k', ctrlKey: true },
      opens: true,
    },
    {
      name: '⌘+K',
      init: { key: 'k', metaKey: true },
      opens: true,
    },
    {
      name: 'Ctrl+Shift+K',
      init: { key: 'K', ctrlKey: true, shiftKey: true },
      opens: true,
    },
    {
      name: 'Ctrl+K in a text field',
      init: { key: 'k', ctrlKey: true },
      target: '#field',
      opens: true,
    },
    {
      name: 'K alone',
      init: { key: 'k' },
      opens: false,
    },
    {
      name: '/ typed in an input',
      init: { key: '/' },
      target: '#field',
      opens: false,
    },
    {
      name: '/ typed in a textarea',
      init: { key: '/' },
      target: '#area',
      opens: false,
    },
    {
      name: '/ typed in an editable element',
      init: { key: '/' },
      target: '#editable',
      opens: false,
    },
  ])('$name: opens $opens', ({ init, target, opens }) => {
    const event = press(target
      ? document.querySelector(target)!
      : document.body, init)
    expect(isOpen()).toBe(opens)
    expect(event.defaultPrevented).toBe(opens)
  })

  it('leaves a key another handler has taken', () => {
    const app = document.getElementById('app')!
    app.addEventListener('keydown', e => e.preventDefault())
    press(app, { key: '/' })
    expect(isOpen()).toBe(false)
  })

  it('leaves / to the search field once the dialog is open', () => {
    press(document.body, { key: '/' })
    const input = searchDialog()!.querySelector('input')!
    expect(press(input, { key: '/' }).defaultPrevented).toBe(false)
  })

  it('opens again on / pressed right after Escape, while the focus is still in the closed dialog\'s field', () => {
    press(document.body, { key: '/' })
    const dialog = searchDialog()!
    const input = dialog.querySelector('input')!
    input.focus()
    dialog.close() // its close event, which returns the focus, has not run yet
    expect(press(input, { key: '/' }).defaultPrevented).toBe(true)
    expect(isOpen()).toBe(true)
  })

  it.each<{ name: string, event: () => Event, target: string, loads: boolean }>([
    {
      name: 'the mouse over a search button',
      event: () => new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }),
      target: '.nav-search .label',
      loads: true,
    },
    {
      name: 'a pen over a search button',
      event: () => new PointerEvent('pointerover', { bubbles: true, pointerType: 'pen' }),
      target: '.nav-search',
      loads: true,
    },
    {
      name: 'focus on a search button',
      event: () => new FocusEvent('focusin', { bubbles: true }),
      target: '.nav-search',
      loads: true,
    },
    {
      name: 'a finger\'s touch on a search button',
      event: () => new PointerEvent('pointerover', { bubbles: true, pointerType: 'touch' }),
      target: '.nav-search',
      loads: false,
    },
    {
      name: 'the mouse over another link',
      event: () => new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }),
      target: '#other',
      loads: false,
    },
  ])('$name: loads the engine $loads', async ({ event, target, loads }) => {
    document.querySelector(target)!.dispatchEvent(event())
    await flushPromises()
    expect(engine.loadIndex).toHaveBeenCalledTimes(loads ? 1 : 0)
  })

  it('builds the dialog when the browser is idle and leaves it closed and visible to later opens', () => {
    expect(searchDialog()).toBeNull()
    expect(idle).toHaveLength(1)
    const show = vi.spyOn(HTMLDialogElement.prototype, 'show')
    const before = document.createElement('button')
    document.body.append(before)
    before.focus()
    idle[0]!()
    const dialog = searchDialog()!
    // Laid out once through its open attribute: show() would take the reader's focus.
    expect(show).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(before)
    expect(dialog.open).toBe(false)
    expect(dialog.style.visibility).toBe('')
    expect(history.pushState).not.toHaveBeenCalled()
    expect(history.back).not.toHaveBeenCalled()
    expect(document.documentElement.classList.contains('garden-search-open')).toBe(false)
    // The prepared dialog is the one a tap opens.
    document.querySelector<HTMLElement>('.nav-search')!.click()
    expect(document.querySelectorAll('dialog.garden-search')).toHaveLength(1)
    expect(dialog.open).toBe(true)
  })

  it('leaves a dialog the reader opened before the idle callback alone', () => {
    press(document.body, { key: '/' })
    const dialog = searchDialog()!
    idle[0]!()
    expect(dialog.open).toBe(true)
    expect(document.activeElement).toBe(dialog.querySelector('input'))
  })

  it('falls back to a timer where there is no requestIdleCallback', () => {
    removeListeners()
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout'],
    })
    vi.stubGlobal('requestIdleCallback', undefined)
    initSearch(document)
    vi.advanceTimersByTime(999)
    expect(searchDialog()).toBeNull()
    vi.advanceTimersByTime(1)
    expect(searchDialog()?.open).toBe(false)
  })
})

/** Removes the document listeners added since beforeEach (initSearch's, the dialog's). */
function removeListeners() {
  for (const [type, fn, options] of listeners)
    document.removeEventListener(type, fn, options)
  listeners = []
}
