import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../../test/support/axe'
import { loadEngine, searchDialog } from './dialog'

// A deterministic engine: 「ポッド」 finds two pages (the first with a further section), anything
// else finds nothing. Each call is recorded.
const engine = vi.hoisted(() => {
  const results = [
    {
      id: '/garden/notes/pod',
      title: 'ポッドの&lt;b&gt;基本&lt;/b&gt;',
      titles: [],
      sub: false,
    },
    {
      id: '/garden/notes/pod#lifecycle',
      title: 'ライフサイクル',
      titles: ['ポッドの&lt;b&gt;基本&lt;/b&gt;'],
      sub: true,
    },
    {
      id: '/garden/notes/probes',
      title: 'プローブ',
      titles: [],
      sub: false,
    },
  ]
  return {
    results,
    search: vi.fn(async (query: string) => ({
      query,
      results: query === 'ポッド'
        ? results
        : [],
      ranked: [],
      pattern: query === 'ポッド'
        ? /ポッド/gu
        : undefined,
    })),
    prefetchQuery: vi.fn(),
    loadIndex: vi.fn(async () => {}),
    sectionText: vi.fn(async (id: string) => `${id.split('/').pop()}: ポッドは最小の単位。`),
    suggestions: vi.fn(() => ({
      titles: [
        { route: '/notes/pod', title: 'ポッド' },
      ],
      tags: [
        { slug: 'availability', label: '可用性' },
      ],
    })),
  }
})

vi.mock('./engine', () => ({
  withBase: (path: string) => `/garden/${path.replace(/^\//, '')}`,
  search: engine.search,
  prefetchQuery: engine.prefetchQuery,
  loadIndex: engine.loadIndex,
  sectionText: engine.sectionText,
  suggestions: engine.suggestions,
}))

const QUERY_KEY = 'vitepress:local-search-filter'
const DETAILS_KEY = 'vitepress:local-search-detailed-list'

let frames: FrameRequestCallback[] = []
let cleanups: (() => void)[] = []
/** Paints the next frame: runs its rAF callbacks and the timer afterPaint() queues behind them. */
function paint() {
  const due = frames
  frames = []
  due.forEach(cb => cb(0))
  vi.advanceTimersByTime(0)
}

beforeAll(async () => {
  await loadEngine()
})

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout'],
  })
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb))
  vi.spyOn(history, 'pushState')
  vi.spyOn(history, 'back').mockImplementation(() => {})
  document.body.innerHTML = '<div id="app"><button type="button" id="opener" data-search-open>検索</button></div>'
  sessionStorage.clear()
  localStorage.clear()
  vi.clearAllMocks()
})

afterEach(() => {
  const dialog = document.querySelector('dialog')
  if (dialog?.open)
    dialog.close()
  frames = []
  cleanups.forEach(fn => fn())
  cleanups = []
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  document.documentElement.className = ''
})

/** Opens the dialog from the nav button, as ./open.ts does, and paints its first frame. */
async function open(initial?: string) {
  const opener = document.getElementById('opener')!
  opener.focus()
  const { dialog, open: show } = searchDialog(document)
  show(initial)
  paint()
  await flushPromises()
  const q = <T extends Element>(selector: string) => dialog.querySelector<T>(selector)!
  return {
    dialog,
    opener,
    input: q<HTMLInputElement>('input'),
    list: q<HTMLUListElement>('[role="listbox"]'),
    empty: q<HTMLElement>('.gsd-empty'),
    count: q<HTMLElement>('[role="status"]'),
    details: q<HTMLButtonElement>('[data-gsd-details]'),
    options: () => [
      ...dialog.querySelectorAll<HTMLAnchorElement>('[role="listbox"] > li > [role="option"]'),
    ],
  }
}

function type(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

/** Types `value` and lets the debounce run out and the answer render. */
async function search(input: HTMLInputElement, value: string) {
  type(input, value)
  vi.advanceTimersByTime(200)
  await flushPromises()
}

function key(target: Element, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

/** Records the links a click follows, without letting happy-dom navigate. */
function followedLinks() {
  const hrefs: string[] = []
  const follow = (e: Event) => {
    const a = (e.target as Element).closest('a')
    if (a) {
      e.preventDefault()
      hrefs.push(a.getAttribute('href')!)
    }
  }
  document.addEventListener('click', follow)
  cleanups.push(() => document.removeEventListener('click', follow))
  return hrefs
}

describe('searchDialog', () => {
  it('opens with the focus in the search field and pushes a history entry', async () => {
    const { dialog, input } = await open()
    expect(dialog.open).toBe(true)
    expect(document.activeElement).toBe(input)
    expect(history.pushState).toHaveBeenCalledTimes(1)
  })

  it.each<{ name: string, close: (d: Awaited<ReturnType<typeof open>>) => void, back: number }>([
    {
      name: 'Escape',
      close: ({ input }) => key(input, { key: 'Escape' }),
      back: 1,
    },
    {
      name: 'the close button',
      close: ({ dialog }) => dialog.querySelector<HTMLElement>('[data-gsd-close]')!.click(),
      back: 1,
    },
    {
      name: 'a press outside',
      close: () => document.getElementById('app')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })),
      back: 1,
    },
    {
      name: 'the browser\'s Back',
      close: () => window.dispatchEvent(new PopStateEvent('popstate')),
      back: 0,
    },
  ])('closes on $name, returns the focus to the opener and pops its history entry once', async ({ close, back }) => {
    const d = await open()
    close(d)
    expect(d.dialog.open).toBe(false)
    expect(document.activeElement).toBe(d.opener)
    expect(history.back).toHaveBeenCalledTimes(back)
  })

  it('reopened before its last Back has landed, stays open when that Back lands; the next Back closes it', async () => {
    const d = await open()
    d.dialog.querySelector<HTMLElement>('[data-gsd-close]')!.click()
    expect(history.back).toHaveBeenCalledTimes(1)
    // The reader reopens at once; the earlier Back arrives only now.
    searchDialog(document).open()
    expect(d.dialog.open).toBe(true)
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(d.dialog.open).toBe(true)
    // The reader's own Back still closes it, without another history.back().
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(d.dialog.open).toBe(false)
    expect(history.back).toHaveBeenCalledTimes(1)
  })

  it('stays open on a press inside it', async () => {
    const { dialog, input } = await open()
    input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    expect(dialog.open).toBe(true)
  })

  it('makes the page inert and locks its scroll only after the first frame, and undoes both on close', () => {
    const app = document.getElementById('app')!
    const root = document.documentElement
    const { dialog, open: show } = searchDialog(document)
    show()
    expect(dialog.open).toBe(true)
    expect(app.inert).toBe(false)
    expect(root.classList.contains('garden-search-open')).toBe(false)
    paint()
    expect(app.inert).toBe(true)
    expect(root.classList.contains('garden-search-open')).toBe(true)
    dialog.close()
    expect(app.inert).toBe(false)
    expect(root.classList.contains('garden-search-open')).toBe(false)
  })

  it('leaves the page alone when it closes before its first frame', () => {
    const { dialog, open: show } = searchDialog(document)
    show()
    dialog.close()
    paint()
    expect(document.getElementById('app')!.inert).toBe(false)
    expect(document.documentElement.classList.contains('garden-search-open')).toBe(false)
  })

  it('keeps the query for the session and selects it on reopening', async () => {
    const first = await open()
    await search(first.input, 'ポッド')
    expect(sessionStorage.getItem(QUERY_KEY)).toBe('ポッド')
    first.dialog.close()
    const again = await open()
    expect(again.input.value).toBe('ポッド')
    expect([again.input.selectionStart, again.input.selectionEnd]).toEqual([0, 3])
    expect(again.options()).toHaveLength(3)
  })

  it('keeps a query typed just before closing, before it was ranked', async () => {
    const first = await open()
    type(first.input, 'ノード')
    first.dialog.close()
    const again = await open()
    expect(again.input.value).toBe('ノード')
  })

  it('opens with a given query instead of the kept one', async () => {
    sessionStorage.setItem(QUERY_KEY, 'ポッド')
    const { input } = await open('退避')
    expect(input.value).toBe('退避')
  })

  it('prefetches on every input and ranks once, 200 ms after the last one', async () => {
    const { input } = await open()
    // Each input event is a task of its own: its promise jobs run before the next one.
    for (const value of ['ぽ', 'ポ', 'ポッ', 'ポッド']) {
      type(input, value)
      await flushPromises()
      vi.advanceTimersByTime(150)
    }
    expect(engine.prefetchQuery.mock.calls).toEqual([
      ['ぽ'],
      ['ポ'],
      ['ポッ'],
      ['ポッド'],
    ])
    expect(engine.search).not.toHaveBeenCalled()
    vi.advanceTimersByTime(49)
    expect(engine.search).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(engine.search.mock.calls).toEqual([
      ['ポッド'],
    ])
  })

  it('lists results grouped per page, with a page\'s further section as .sub', async () => {
    const { input, list, count, options } = await open()
    await search(input, 'ポッド')
    const links = options()
    expect(links.map(a => [
      a.getAttribute('href'),
      a.className,
    ])).toEqual([
      ['/garden/notes/pod', 'result'],
      ['/garden/notes/pod#lifecycle', 'result sub'],
      ['/garden/notes/probes', 'result'],
    ])
    expect(links.map(a => a.id)).toEqual(['gsd-item-0', 'gsd-item-1', 'gsd-item-2'])
    // Titles stored as escaped HTML show as text, the query's word marked.
    const sub = links[1]!
    expect([
      ...sub.querySelectorAll('.title'),
    ].map(t => t.textContent)).toEqual(['ポッドの<b>基本</b>', 'ライフサイクル'])
    expect(sub.querySelector('.title.main')!.textContent).toBe('ライフサイクル')
    expect(sub.querySelector('b')).toBeNull()
    expect([
      ...list.querySelectorAll('.title mark'),
    ].map(m => m.textContent)).toEqual(['ポッド', 'ポッド'])
    expect(list.dataset.query).toBe('ポッド')
    expect(count.textContent).toBe('3件')
    expect(input.getAttribute('aria-expanded')).toBe('true')
  })

  it('moves the selection with the arrow keys, wrapping at both ends', async () => {
    const { input, options } = await open()
    await search(input, 'ポッド')
    const state = () => ({
      selected: options().filter(a => a.getAttribute('aria-selected') === 'true').map(a => a.id),
      active: input.getAttribute('aria-activedescendant'),
    })
    expect(state()).toEqual({
      selected: ['gsd-item-0'],
      active: 'gsd-item-0',
    })
    const moves: [string, string][] = [
      ['ArrowDown', 'gsd-item-1'],
      ['ArrowDown', 'gsd-item-2'],
      ['ArrowDown', 'gsd-item-0'],
      ['ArrowUp', 'gsd-item-2'],
      ['ArrowUp', 'gsd-item-1'],
    ]
    for (const [k, id] of moves) {
      expect(key(input, { key: k }).defaultPrevented).toBe(true)
      expect(state()).toEqual({
        selected: [id],
        active: id,
      })
    }
  })

  it('follows the selected result on Enter and closes without popping its history entry', async () => {
    const followed = followedLinks()
    const { dialog, input } = await open()
    await search(input, 'ポッド')
    key(input, { key: 'ArrowDown' })
    key(input, { key: 'Enter' })
    expect(followed).toEqual(['/garden/notes/pod#lifecycle'])
    expect(dialog.open).toBe(false)
    expect(history.back).not.toHaveBeenCalled()
  })

  it('shows each result\'s section excerpt with the word marked', async () => {
    const { input, list, details } = await open()
    expect(details.getAttribute('aria-pressed')).toBe('true')
    await search(input, 'ポッド')
    expect(engine.sectionText.mock.calls.map(([id]) => id)).toEqual(engine.results.map(r => r.id))
    const excerpts = [
      ...list.querySelectorAll('.excerpt'),
    ]
    expect(excerpts.map(e => e.textContent)).toEqual([
      'pod: ポッドは最小の単位。',
      'pod#lifecycle: ポッドは最小の単位。',
      'probes: ポッドは最小の単位。',
    ])
    expect(excerpts.map(e => e.querySelector('mark')?.textContent)).toEqual(['ポッド', 'ポッド', 'ポッド'])
  })

  it('toggles the excerpts and remembers the choice', async () => {
    const first = await open()
    await search(first.input, 'ポッド')
    first.details.click()
    expect(first.details.getAttribute('aria-pressed')).toBe('false')
    expect(localStorage.getItem(DETAILS_KEY)).toBe('false')
    expect(first.options()).toHaveLength(3)
    expect(first.list.querySelector('.excerpt')).toBeNull()
    first.dialog.close()

    document.body.innerHTML = '<div id="app"><button type="button" id="opener" data-search-open>検索</button></div>'
    const again = await open()
    expect(again.details.getAttribute('aria-pressed')).toBe('false')
    expect(again.list.querySelector('.excerpt')).toBeNull()
    again.details.click()
    await flushPromises()
    expect(localStorage.getItem(DETAILS_KEY)).toBe('true')
    expect(again.list.querySelectorAll('.excerpt mark')).toHaveLength(3)
  })

  it('says nothing was found, with the query as text, the closest titles and the tags', async () => {
    const { input, empty, count, options } = await open()
    const query = '<b>Nomad</b> & ノマド'
    await search(input, query)
    expect(options()).toEqual([])
    expect(empty.hidden).toBe(false)
    expect(empty.querySelector('p')!.textContent).toBe(`見つからなかった: 「${query}」`)
    expect(empty.querySelector('strong')!.textContent).toBe(query)
    expect(empty.querySelector('b')).toBeNull()
    expect(engine.suggestions).toHaveBeenCalledWith(query)
    expect([
      ...empty.querySelectorAll('a'),
    ].map(a => [
      a.textContent,
      a.getAttribute('href'),
    ])).toEqual([
      ['ポッド', '/garden/notes/pod'],
      ['可用性', '/garden/tags#availability'],
    ])
    expect(count.textContent).toBe('')
    expect(input.getAttribute('aria-expanded')).toBe('false')
    expect(input.hasAttribute('aria-activedescendant')).toBe(false)

    await search(input, '')
    expect(empty.hidden).toBe(true)
  })

  it('clears the query with its button and keeps the focus in the field', async () => {
    const { dialog, input, options } = await open()
    await search(input, 'ポッド')
    dialog.querySelector<HTMLElement>('[data-gsd-clear]')!.click()
    await flushPromises()
    expect(input.value).toBe('')
    expect(options()).toEqual([])
    expect(document.activeElement).toBe(input)
    expect(dialog.querySelector<HTMLElement>('[data-gsd-clear]')!.hidden).toBe(true)
  })

  it.each([
    'Enter',
    'ArrowDown',
    'ArrowUp',
    'Escape',
  ])('ignores %s while an IME is composing', async (k) => {
    const followed = followedLinks()
    const { dialog, input, options } = await open()
    await search(input, 'ポッド')
    const event = key(input, { key: k, isComposing: true })
    expect(event.defaultPrevented).toBe(false)
    expect(dialog.open).toBe(true)
    expect(followed).toEqual([])
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true')
  })

  it('has no axe violations when open with results', async () => {
    const { dialog, input } = await open()
    await search(input, 'ポッド')
    vi.useRealTimers()
    expect(await axeViolations(dialog)).toEqual([])
  })
})
