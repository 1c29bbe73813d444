// The appearance switch without Vue: the same storage and rule as VitePress's (its inline script in
// <head> reads them before the first paint): 'dark' or 'light' when the reader chose against the
// system's setting, 'auto' otherwise. Colours switch at once, without running the page's colour
// transitions (a whole-page transition is slow on a phone). Every switch on the page (nav bar,
// its "…" menu, the phone's drawer) shows the same state.
import { closest } from './dom'

export const APPEARANCE_KEY = 'vitepress-theme-appearance'
export const NO_TRANSITION_CSS = '*,*::before,*::after{transition:none!important}'
const SWITCH = '[data-appearance-toggle]'

export type Appearance = 'auto' | 'dark' | 'light'

/** What to store when the reader switches to `dark` while the system prefers `systemDark`. */
export function storedAppearance(dark: boolean, systemDark: boolean): Appearance {
  if (dark === systemDark)
    return 'auto'
  return dark
    ? 'dark'
    : 'light'
}

/** Whether the page is dark for a stored value (VitePress's rule). */
export function isDark(stored: string | null, systemDark: boolean): boolean {
  return !stored || stored === 'auto'
    ? systemDark
    : stored === 'dark'
}

/** Names and states every switch after the current theme. */
export function syncSwitches(doc: Document): void {
  const dark = doc.documentElement.classList.contains('dark')
  for (const el of doc.querySelectorAll<HTMLElement>(SWITCH)) {
    el.setAttribute('aria-checked', String(dark))
    const title = dark
      ? el.dataset.titleDark
      : el.dataset.titleLight
    if (title)
      el.title = title
  }
}

function apply(doc: Document, dark: boolean): void {
  const root = doc.documentElement
  if (root.classList.contains('dark') === dark)
    return
  const style = doc.createElement('style')
  style.textContent = NO_TRANSITION_CSS
  doc.head.appendChild(style)
  root.classList.toggle('dark', dark)
  syncSwitches(doc)
  // The new colours are styled without transitions; they come back on the frame after.
  const view = doc.defaultView!
  void view.getComputedStyle(root).color
  view.requestAnimationFrame(() => view.requestAnimationFrame(() => style.remove()))
}

export function initTheme(doc: Document): void {
  const view = doc.defaultView!
  const system = view.matchMedia('(prefers-color-scheme: dark)')
  syncSwitches(doc)
  doc.addEventListener('click', (event) => {
    if (!closest(event.target, SWITCH))
      return
    const dark = !doc.documentElement.classList.contains('dark')
    try {
      view.localStorage.setItem(APPEARANCE_KEY, storedAppearance(dark, system.matches))
    }
    catch {
      // Storage blocked (private mode): the switch still works for this page.
    }
    apply(doc, dark)
  })
  system.addEventListener('change', () => {
    let stored: string | null = null
    try {
      stored = view.localStorage.getItem(APPEARANCE_KEY)
    }
    catch {}
    apply(doc, isDark(stored, system.matches))
  })
}
