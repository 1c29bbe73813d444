// Hydration on first interaction. The built page is complete HTML: links, the sidebar's <details>,
// text and diagrams work before any script runs. VitePress would hydrate the whole page at load, the
// main-thread work Lighthouse counts as Total Blocking Time on a phone (issue #19). Instead, VitePress's
// client entry (patched by .vitepress/node/hydration/deferMountPlugin.ts) opens this gate as soon as the
// module runs and hands it `app.mount` once the page's chunk is loaded; the app is mounted on the
// reader's first pointer, touch, key, focus, wheel or page scroll. A click that arrives before the app is
// ready is replayed on its target after mounting (unless the browser already acted on it: a link, a
// summary, a label, a form field). An empty #app (the 404 page) is rendered at once.
// <html data-hydration> says where the page is: "waiting" (the app is loaded, the next interaction
// mounts it) or "done".
export const HYDRATION_TRIGGERS = [
  'pointerdown',
  'pointerover',
  'touchstart',
  'keydown',
  'focusin',
  'click',
  'wheel',
  'scroll',
] as const

/** Elements whose click the browser has already acted on, so replaying it would act twice. */
const NATIVE_CLICK = 'a[href], area[href], summary, label, input, select, textarea, [contenteditable=""], [contenteditable="true"]'

export interface HydrationGate {
  /** Hands over the mount; runs it now if the reader has already interacted. */
  mount: (fn: () => void) => void
}

export function shouldReplayClick(event: Event): boolean {
  const target = event.target as Element | null
  return event.type === 'click'
    && !event.defaultPrevented
    && typeof target?.closest === 'function'
    && target.isConnected
    && !target.closest(NATIVE_CLICK)
}

/**
 * The server renders the appearance switch in its light state (components/layout/AppearanceSwitch.vue);
 * for a reader in the dark theme (VitePress's inline script has set html.dark) its name and state are
 * set from its data attributes until Vue takes over.
 */
export function syncAppearanceSwitch(doc: Document): void {
  if (!doc.documentElement.classList.contains('dark'))
    return
  for (const el of doc.querySelectorAll<HTMLElement>('.VPSwitchAppearance[data-title-dark]')) {
    el.title = el.dataset.titleDark!
    el.setAttribute('aria-checked', 'true')
  }
}

export function openHydrationGate(win: Window): HydrationGate {
  const root = win.document.documentElement
  syncAppearanceSwitch(win.document)
  let mountApp: (() => void) | undefined
  let triggered = false
  let done = false
  let pendingClick: MouseEvent | undefined

  const options = { capture: true, passive: true }
  function close() {
    for (const type of HYDRATION_TRIGGERS)
      win.removeEventListener(type, onEvent, options)
  }
  function open() {
    if (done || !mountApp)
      return
    done = true
    close()
    mountApp()
    root.dataset.hydration = 'done'
    const click = pendingClick
    pendingClick = undefined
    if (click && shouldReplayClick(click)) {
      const Click = click.constructor as typeof MouseEvent
      click.target!.dispatchEvent(new Click('click', click))
    }
  }
  function onEvent(event: Event) {
    // Scrolling inside the sidebar or a code block is not reading the page.
    if (event.type === 'scroll' && event.target !== win.document)
      return
    triggered = true
    if (!mountApp && event.type === 'click')
      pendingClick = event as MouseEvent
    open()
  }

  for (const type of HYDRATION_TRIGGERS)
    win.addEventListener(type, onEvent, options)
  return {
    mount(fn) {
      mountApp = fn
      // An empty #app (the 404 page clears it) is rendered by the client: nothing to wait for.
      if (triggered || !win.document.getElementById('app')?.hasChildNodes())
        open()
      else if (!done)
        root.dataset.hydration = 'waiting'
    },
  }
}
