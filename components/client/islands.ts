// Islands: the built page is static HTML and only its interactive components (simulators, diagrams
// with controls) run Vue, each as its own small app hydrating its own server-rendered element
// (`<div data-island="Name" data-props="{…}">`, written by components/islands/defineIsland.ts).
// An island's code is fetched when it comes within a screen of the viewport and hydrated in an idle
// moment after; a reader who touches it first hydrates it on that touch (synchronously, when its
// code is there, so the tap's own click reaches Vue's handler). Nothing a reader does before is
// lost: a click that came too early is replayed after hydration, unless the browser already acted on
// it (a field, a label), and form fields changed before hydration keep the reader's value.
import type { App, Component } from 'vue'

export type IslandLoader = () => Promise<{ default: Component }>

export const ISLAND = '[data-island]'

/** Elements whose click the browser acts on itself, so replaying it would act twice. */
const NATIVE_CLICK = 'a[href], area[href], summary, label, input, select, textarea'

interface FieldState { index: number, value: string, checked: boolean }
const FIELDS = 'input, select, textarea'

/** Fields whose value the reader changed from the server-rendered one. */
export function changedFields(root: Element): FieldState[] {
  const out: FieldState[] = []
  root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(FIELDS).forEach((el, index) => {
    const changed = el instanceof HTMLSelectElement
      ? [...el.options].some(o => o.selected !== o.defaultSelected)
      : el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
        ? el.checked !== el.defaultChecked
        : el.value !== el.defaultValue
    if (changed)
      out.push({ index, value: el.value, checked: el instanceof HTMLInputElement && el.checked })
  })
  return out
}

/** Puts changed values back after Vue's mount reset them, and tells Vue (input + change events). */
export function restoreFields(root: Element, fields: FieldState[]): void {
  const all = root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(FIELDS)
  for (const f of fields) {
    const el = all[f.index]
    if (!el)
      continue
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
      el.checked = f.checked
    else
      el.value = f.value
    el.dispatchEvent(new Event('input', { bubbles: true }))
    el.dispatchEvent(new Event('change', { bubbles: true }))
  }
}

export interface IslandsOptions {
  loaders: Record<string, IslandLoader>
  /** Vue's createSSRApp, loaded with the first island. */
  vue?: () => Promise<{ createSSRApp: typeof import('vue').createSSRApp }>
  /** How far outside the viewport an island's code starts loading. @default '100% 0px' */
  rootMargin?: string
}

interface Island {
  el: HTMLElement
  state: 'idle' | 'loading' | 'hydrated'
  module?: { component: Component, createSSRApp: typeof import('vue').createSSRApp }
  app?: App
  load?: Promise<void>
  urgent: boolean
  clicks: MouseEvent[]
}

const INTENT = [
  'pointerdown',
  'touchstart',
  'focusin',
  'keydown',
] as const

/** Every island of the page; one without a loader is a build mistake. */
function findIslands(doc: Document, loaders: IslandsOptions['loaders']): Island[] {
  return [
    ...doc.querySelectorAll<HTMLElement>(ISLAND),
  ].map((el): Island => {
    if (!loaders[el.dataset.island!])
      throw new Error(`island "${el.dataset.island}" has no loader`)
    return {
      el,
      state: 'idle',
      urgent: false,
      clicks: [],
    }
  })
}

/** Mounts the island's app on its server-rendered element, keeping changed fields and replaying held clicks. */
function mountIsland(island: Island, module: NonNullable<Island['module']>): void {
  const { el } = island
  const fields = changedFields(el)
  const props = JSON.parse(el.dataset.props || '{}') as Record<string, unknown>
  island.app = module.createSSRApp(module.component, props)
  island.app.mount(el)
  el.dataset.hydrated = ''
  restoreFields(el, fields)
  for (const click of island.clicks.splice(0)) {
    const target = click.target as Element | null
    if (target?.isConnected && !target.closest(NATIVE_CLICK))
      target.dispatchEvent(new MouseEvent('click', click))
  }
}

/** A reader's intent (press, touch, focus, key) calls `onIntent`; a click before hydration is held. */
function listenBeforeHydration(island: Island, onIntent: () => void): void {
  for (const type of INTENT)
    island.el.addEventListener(type, onIntent, { capture: true, passive: true })
  island.el.addEventListener('click', (event) => {
    if (island.state === 'hydrated')
      return
    // Too early: Vue's handler is not there yet. Hold the click; replay it once hydrated.
    const target = event.target as Element | null
    if (target && !target.closest(NATIVE_CLICK)) {
      event.preventDefault()
      event.stopImmediatePropagation()
      island.clicks.push(event)
    }
  }, { capture: true })
}

/**
 * Calls `fn` once the page has painted its first content (the `first-contentful-paint` entry), at once
 * where the browser does not report paints. Lighthouse counts every request that starts before the
 * largest paint it observed into the simulated LCP; its headless Chromium sometimes presents the first
 * frame a second or two late, and island code fetched after `load` but before that frame then weighed on
 * the figure (gRPC note: 2.1–2.2 s whenever the observed paint was late, against 1.45–1.7 s).
 */
function afterFirstPaint(view: Window, fn: () => void): void {
  const Observer = (view as Window & typeof globalThis).PerformanceObserver
  if (typeof Observer !== 'function' || !Observer.supportedEntryTypes?.includes('paint')) {
    fn()
    return
  }
  const observer = new Observer((list: PerformanceObserverEntryList) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      observer.disconnect()
      fn()
    }
  })
  observer.observe({ type: 'paint', buffered: true })
}

export interface Islands {
  /** How many islands have hydrated. */
  hydrated: () => number
  /** Stops watching and unmounts every hydrated island (the page is being swapped out). */
  stop: () => void
}

export function startIslands(doc: Document, options: IslandsOptions): Islands {
  const view = doc.defaultView!
  const vue = options.vue ?? (() => import('./vueRuntime'))
  const idle = (fn: () => void) => typeof view.requestIdleCallback === 'function'
    ? view.requestIdleCallback(fn, { timeout: 500 })
    : view.setTimeout(fn, 1)
  let count = 0

  let stopped = false
  function hydrate(island: Island) {
    if (stopped || island.state === 'hydrated' || !island.module)
      return
    island.state = 'hydrated'
    mountIsland(island, island.module)
    count++
  }

  function load(island: Island): Promise<void> {
    if (!island.load) {
      island.state = 'loading'
      const loader = options.loaders[island.el.dataset.island!]!
      island.load = Promise.all([
        vue(),
        loader(),
      ]).then(([v, m]) => {
        island.module = { component: m.default, createSSRApp: v.createSSRApp }
        if (island.urgent)
          hydrate(island)
        else
          idle(() => hydrate(island))
      })
    }
    return island.load
  }

  const islands = findIslands(doc, options.loaders)
  const byEl = new Map(islands.map(i => [i.el, i]))
  const observer = typeof view.IntersectionObserver === 'function'
    ? new view.IntersectionObserver((entries) => {
        for (const e of entries) {
          if (e.isIntersecting) {
            observer?.unobserve(e.target)
            void load(byEl.get(e.target as HTMLElement)!)
          }
        }
      }, { rootMargin: options.rootMargin ?? '100% 0px' })
    : undefined

  // Near-viewport loading waits for the page's load event, its first contentful paint and an idle
  // moment, so an island within the first screen does not put Vue and its code in the way of the
  // page's first paint (LCP); a touch before then still loads and hydrates at once (onIntent below).
  const watch = () => {
    if (stopped)
      return
    for (const island of islands) {
      if (island.state !== 'idle')
        continue
      if (observer)
        observer.observe(island.el)
      else
        void load(island)
    }
  }
  const start = () => afterFirstPaint(view, () => idle(watch))
  if (doc.readyState === 'complete')
    start()
  else
    view.addEventListener('load', start, { once: true })

  for (const island of islands) {
    listenBeforeHydration(island, () => {
      island.urgent = true
      if (island.module)
        hydrate(island)
      else
        void load(island)
    })
  }
  return {
    hydrated: () => count,
    stop() {
      stopped = true
      observer?.disconnect()
      for (const island of islands)
        island.app?.unmount()
    },
  }
}
