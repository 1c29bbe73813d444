import type { IslandLoader } from './islands'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, nextTick, ref, vModelCheckbox, vModelSelect, withDirectives } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { defineIsland } from '../islands/defineIsland'
import { startIslands } from './islands'

// A small island: a counter button (Vue's handler), a checkbox and a select bound with v-model (as an
// SFC's template compiles them), and a line that shows the state.
const onAdd = vi.fn()
const ZONES = ['東京', '大阪', '福岡']
const DrainCounter = defineComponent({
  props: {
    uid: { type: String, required: true },
    start: { type: Number, default: 0 },
    label: { type: String, default: '退避したPod' },
  },
  setup(props) {
    const count = ref(props.start)
    const cordoned = ref(false)
    const zone = ref(ZONES[0]!)
    return () => h('div', { class: 'drain-counter' }, [
      h('button', {
        type: 'button',
        id: `${props.uid}-add`,
        onClick: () => {
          onAdd()
          count.value++
        },
      }, `${props.label}: ${count.value}`),
      h('label', [
        withDirectives(h('input', {
          'type': 'checkbox',
          'onUpdate:modelValue': (v: boolean) => cordoned.value = v,
        }), [
          [vModelCheckbox, cordoned.value],
        ]),
        'cordon',
      ]),
      withDirectives(h('select', {
        'aria-label': 'ゾーン',
        'onUpdate:modelValue': (v: string) => zone.value = v,
      }, ZONES.map(z => h('option', { value: z, selected: z === zone.value }, z))), [
        [vModelSelect, zone.value],
      ]),
      h('p', { class: 'state' }, `${cordoned.value ? 'スケジュール不可' : 'スケジュール可'}／${zone.value}`),
    ])
  },
})

const NAME = 'DrainCounter'

/** The markup defineIsland writes on the server, as the built page has it. */
async function serverIsland(props: Record<string, unknown> = {}): Promise<HTMLElement> {
  document.body.innerHTML = `<main><p>本文</p>${await renderToString(createSSRApp(defineIsland(NAME, DrainCounter), props))}</main>`
  return document.querySelector<HTMLElement>('[data-island]')!
}

/** An IntersectionObserver the test drives: `enter(el)` reports el as near the viewport. */
class FakeObserver {
  static last: FakeObserver | undefined
  readonly observed = new Set<Element>()
  constructor(private readonly callback: IntersectionObserverCallback, readonly options?: IntersectionObserverInit) {
    FakeObserver.last = this
  }

  observe(el: Element) {
    this.observed.add(el)
  }

  unobserve(el: Element) {
    this.observed.delete(el)
  }

  disconnect() {
    this.observed.clear()
  }

  enter(el: Element, isIntersecting = true) {
    this.callback([
      { target: el, isIntersecting } as IntersectionObserverEntry,
    ], this as unknown as IntersectionObserver)
  }
}

let idleQueue: (() => void)[] = []
function runIdle() {
  for (const fn of idleQueue.splice(0))
    fn()
}

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

/** Loaders for the test's island; `held` keeps its module back until the test releases it. */
function loaders(held = false) {
  const gate = deferred<void>()
  if (!held)
    gate.resolve()
  const load = vi.fn<IslandLoader>(() => gate.promise.then(() => ({ default: DrainCounter })))
  return {
    loaders: { [NAME]: load },
    load,
    release: () => gate.resolve(),
  }
}

const vue = () => import('vue')
const isHydrated = (el: HTMLElement) => el.dataset.hydrated !== undefined
const button = () => document.querySelector('button')!
const checkbox = () => document.querySelector<HTMLInputElement>('input[type="checkbox"]')!
const select = () => document.querySelector('select')!
const state = () => document.querySelector('.state')!.textContent

// happy-dom's <option> lacks defaultSelected (the `selected` attribute, in a browser).
const hadDefaultSelected = 'defaultSelected' in HTMLOptionElement.prototype
let warn: ReturnType<typeof vi.spyOn>
let error: ReturnType<typeof vi.spyOn>
/** Everything Vue logged (hydration mismatches are warnings plus one error). */
function vueLogs() {
  return [
    ...warn.mock.calls,
    ...error.mock.calls,
  ].map(args => args.map(String).join(' '))
}

beforeEach(() => {
  if (!hadDefaultSelected) {
    Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
      configurable: true,
      get(this: HTMLOptionElement) {
        return this.hasAttribute('selected')
      },
    })
  }
  idleQueue = []
  FakeObserver.last = undefined
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idleQueue.push(fn))
  onAdd.mockClear()
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  error = vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  if (!hadDefaultSelected)
    delete (HTMLOptionElement.prototype as { defaultSelected?: boolean }).defaultSelected
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('startIslands', () => {
  it('loads an island when it nears the viewport and hydrates it in an idle moment', async () => {
    const el = await serverIsland({ start: 2 })
    const l = loaders()
    startIslands(document, { loaders: l.loaders, vue })
    expect(FakeObserver.last!.observed.has(el)).toBe(false)
    runIdle()
    expect(FakeObserver.last!.observed.has(el)).toBe(true)
    expect(FakeObserver.last!.options?.rootMargin).toBe('100% 0px')

    FakeObserver.last!.enter(el, false)
    await flushPromises()
    expect(l.load).not.toHaveBeenCalled()

    FakeObserver.last!.enter(el)
    await flushPromises()
    expect(l.load).toHaveBeenCalledTimes(1)
    expect(FakeObserver.last!.observed.has(el)).toBe(false)
    expect(isHydrated(el)).toBe(false)

    runIdle()
    expect(isHydrated(el)).toBe(true)
    button().click()
    await nextTick()
    expect(button().textContent).toBe('退避したPod: 3')
    expect(vueLogs()).toEqual([])
  })

  it('stop() unmounts the hydrated islands and stops watching (the page is being swapped out)', async () => {
    const el = await serverIsland({ start: 2 })
    const l = loaders()
    const islands = startIslands(document, { loaders: l.loaders, vue })
    runIdle()
    FakeObserver.last!.enter(el)
    await flushPromises()
    runIdle()
    expect(isHydrated(el)).toBe(true)
    islands.stop()
    expect(FakeObserver.last!.observed.size).toBe(0)
    // Unmounted: Vue's handler is gone, and the element's content with it.
    expect(el.querySelector('button')).toBeNull()
  })

  it('after stop(), an island whose code arrives late is not hydrated', async () => {
    const el = await serverIsland()
    const l = loaders(true)
    const islands = startIslands(document, { loaders: l.loaders, vue })
    runIdle()
    FakeObserver.last!.enter(el)
    islands.stop()
    l.release()
    await flushPromises()
    runIdle()
    expect(isHydrated(el)).toBe(false)
    expect(islands.hydrated()).toBe(0)
  })

  it('loads every island at once where there is no IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    const el = await serverIsland()
    const l = loaders()
    const islands = startIslands(document, { loaders: l.loaders, vue })
    expect(l.load).not.toHaveBeenCalled()
    runIdle()
    expect(l.load).toHaveBeenCalledTimes(1)
    await flushPromises()
    runIdle()
    expect(isHydrated(el)).toBe(true)
    expect(islands.hydrated()).toBe(1)
  })

  it('starts watching for islands near the viewport only after the load event and an idle moment', async () => {
    const el = await serverIsland()
    const l = loaders()
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive')
    startIslands(document, { loaders: l.loaders, vue })
    runIdle()
    expect(FakeObserver.last!.observed.has(el)).toBe(false)

    readyState.mockReturnValue('complete')
    window.dispatchEvent(new Event('load'))
    expect(FakeObserver.last!.observed.has(el)).toBe(false)
    runIdle()
    expect(FakeObserver.last!.observed.has(el)).toBe(true)
    expect(l.load).not.toHaveBeenCalled()
  })

  it('where the browser reports paints, waits after the load event for the first contentful paint', async () => {
    const el = await serverIsland()
    const l = loaders()
    let paint: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined
    class FakePaintObserver {
      static supportedEntryTypes = ['paint']
      constructor(callback: typeof paint) {
        paint = callback
      }

      observe() {}
      disconnect() {
        paint = undefined
      }
    }
    vi.stubGlobal('PerformanceObserver', FakePaintObserver)
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive')
    startIslands(document, { loaders: l.loaders, vue })
    readyState.mockReturnValue('complete')
    window.dispatchEvent(new Event('load'))
    runIdle()
    expect(FakeObserver.last!.observed.has(el)).toBe(false)

    paint!({
      getEntriesByName: name => name === 'first-paint'
        ? [{}]
        : [],
    })
    runIdle()
    expect(FakeObserver.last!.observed.has(el), 'a first paint without content does not count').toBe(false)
    paint!({
      getEntriesByName: name => name === 'first-contentful-paint'
        ? [{}]
        : [],
    })
    expect(paint, 'the observer is disconnected').toBeUndefined()
    expect(FakeObserver.last!.observed.has(el)).toBe(false)
    runIdle()
    expect(FakeObserver.last!.observed.has(el)).toBe(true)
  })

  it('hydrates synchronously on pointerdown once the code is loaded, so the tap\'s click reaches Vue', async () => {
    const el = await serverIsland()
    const l = loaders()
    const islands = startIslands(document, { loaders: l.loaders, vue })
    FakeObserver.last!.enter(el)
    await flushPromises()
    expect(isHydrated(el)).toBe(false)

    button().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    expect(isHydrated(el)).toBe(true)
    button().click()
    expect(onAdd).toHaveBeenCalledTimes(1)

    runIdle()
    expect(islands.hydrated()).toBe(1)
  })

  it.each([
    'pointerdown',
    'touchstart',
    'focusin',
    'keydown',
  ])('loads and hydrates at once on %s before the load event, when the island was not seen yet', async (type) => {
    const el = await serverIsland()
    const l = loaders()
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
    startIslands(document, { loaders: l.loaders, vue })
    button().dispatchEvent(new Event(type, { bubbles: true }))
    expect(l.load).toHaveBeenCalledTimes(1)
    await flushPromises()
    expect(idleQueue).toEqual([])
    expect(isHydrated(el)).toBe(true)
  })

  it('holds a click that comes before the code and replays it once after hydration', async () => {
    const el = await serverIsland({ start: 5 })
    const l = loaders(true)
    startIslands(document, { loaders: l.loaders, vue })
    button().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    const early = new MouseEvent('click', { bubbles: true, cancelable: true })
    const reachedPage = vi.fn()
    document.addEventListener('click', reachedPage)
    button().dispatchEvent(early)
    expect(early.defaultPrevented).toBe(true)
    expect(reachedPage).not.toHaveBeenCalled()

    l.release()
    await flushPromises()
    expect(isHydrated(el)).toBe(true)
    expect(onAdd).toHaveBeenCalledTimes(1)
    expect(reachedPage).toHaveBeenCalledTimes(1)
    await nextTick()
    expect(button().textContent).toBe('退避したPod: 6')
    document.removeEventListener('click', reachedPage)
  })

  it('does not replay a click on a native control, which the browser acted on already', async () => {
    const el = await serverIsland()
    const l = loaders(true)
    startIslands(document, { loaders: l.loaders, vue })
    checkbox().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    checkbox().click()
    expect(checkbox().checked).toBe(true)

    l.release()
    await flushPromises()
    expect(isHydrated(el)).toBe(true)
    // A replayed click would have toggled it back.
    expect(checkbox().checked).toBe(true)
    await nextTick()
    expect(state()).toBe('スケジュール不可／東京')
  })

  it('keeps fields the reader changed before hydration, and the component\'s state follows them', async () => {
    const el = await serverIsland()
    const l = loaders()
    startIslands(document, { loaders: l.loaders, vue })
    checkbox().checked = true
    select().value = '福岡'
    FakeObserver.last!.enter(el)
    await flushPromises()
    runIdle()
    expect(isHydrated(el)).toBe(true)
    expect(checkbox().checked).toBe(true)
    expect(select().value).toBe('福岡')
    await nextTick()
    expect(state()).toBe('スケジュール不可／福岡')

    // Vue owns them now: the next change goes through the component.
    checkbox().click()
    await nextTick()
    expect(state()).toBe('スケジュール可／福岡')
  })

  it('hands the island the uid defineIsland rendered, without a hydration mismatch', async () => {
    const el = await serverIsland({ label: '再試行' })
    const { uid } = JSON.parse(el.dataset.props!) as { uid: string }
    expect(uid).toMatch(/\S/)
    startIslands(document, { loaders: loaders().loaders, vue })
    FakeObserver.last!.enter(el)
    await flushPromises()
    runIdle()
    expect(isHydrated(el)).toBe(true)
    expect(button().id).toBe(`${uid}-add`)
    expect(button().textContent).toBe('再試行: 0')
    expect(vueLogs()).toEqual([])
  })

  it('logs a hydration mismatch when data-props no longer match the server HTML (the spy sees one)', async () => {
    const el = await serverIsland({ start: 1 })
    el.dataset.props = JSON.stringify({
      ...JSON.parse(el.dataset.props!),
      start: 9,
    })
    startIslands(document, { loaders: loaders().loaders, vue })
    FakeObserver.last!.enter(el)
    await flushPromises()
    runIdle()
    expect(vueLogs().join('\n')).toMatch(/[Hh]ydration/)
  })

  it('throws at start, naming the island, when an island has no loader', async () => {
    document.body.innerHTML = '<div data-island="UnknownSimulator" data-props="{}"></div>'
    expect(() => startIslands(document, { loaders: {}, vue })).toThrow('"UnknownSimulator"')
  })
})
