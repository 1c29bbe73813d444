// The sidebar drawer below 960 px (VitePress's is driven by its Layout's state; here the markup is
// plain, components/layout/GardenSidebar.vue). Any [data-menu-toggle] (the phone's nav-bar button,
// the local nav's 「メニュー」) opens and closes it; the backdrop, Escape and a link in it close it.
// While open it is modal: the rest of the layout is inert, the page does not scroll under it, focus
// moves into it (its current link scrolled into view) and returns to the button that opened it.
import { closest } from './dom'
import { afterPaint } from './frames'

const TOGGLE = '[data-menu-toggle]'
export const OPEN_CLASS = 'garden-menu-open'

function parts(doc: Document) {
  const sidebar = doc.querySelector<HTMLElement>('[data-sidebar]')
  const backdrop = doc.querySelector<HTMLElement>('[data-menu-backdrop]')
  return { sidebar, backdrop }
}

export function isMenuOpen(doc: Document): boolean {
  return !!parts(doc).sidebar?.classList.contains('open')
}

/** Scrolls the drawer (not the page) to its current link when that is out of view. */
export function revealCurrent(sidebar: HTMLElement): void {
  const current = sidebar.querySelector<HTMLElement>('[aria-current="page"]')
  if (!current)
    return
  const a = sidebar.getBoundingClientRect()
  const c = current.getBoundingClientRect()
  if (c.top < a.top + 64 || c.bottom > a.bottom - 32)
    sidebar.scrollTop += c.top - a.top - sidebar.clientHeight / 3
}

/** The button that opened the drawer: focus returns to it. */
let menuOpener: HTMLElement | null = null

export function setMenuOpen(doc: Document, open: boolean, opener?: HTMLElement | null): void {
  const { sidebar, backdrop } = parts(doc)
  if (!sidebar)
    return
  // What the reader sees first: the drawer and the backdrop (a class and an attribute).
  sidebar.classList.toggle('open', open)
  if (backdrop)
    backdrop.hidden = !open
  for (const el of doc.querySelectorAll(TOGGLE))
    el.setAttribute('aria-expanded', String(open))
  if (open)
    menuOpener = opener ?? null
  const returnTo = open ? null : menuOpener
  // Then, after that frame: the page behind becomes inert and stops scrolling (each restyles the
  // whole page, ~100 ms on a slow phone), and focus moves.
  afterPaint(doc.defaultView!, () => {
    if (sidebar.classList.contains('open') !== open)
      return
    doc.documentElement.classList.toggle(OPEN_CLASS, open)
    for (const el of sidebar.parentElement?.children ?? []) {
      if (el !== sidebar && el !== backdrop && el instanceof HTMLElement)
        el.inert = open
    }
    if (open) {
      revealCurrent(sidebar)
      sidebar.querySelector<HTMLElement>('#VPSidebarNav')?.focus({ preventScroll: true })
    }
    else {
      returnTo?.focus({ preventScroll: true })
      menuOpener = null
    }
  })
}

export function initMenu(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const toggle = closest(event.target, TOGGLE)
    if (toggle) {
      setMenuOpen(doc, !isMenuOpen(doc), toggle)
      return
    }
    if (!isMenuOpen(doc))
      return
    // A link in the drawer: the reader is going somewhere (maybe a section of this page).
    if (closest(event.target, '[data-menu-backdrop]') || closest(event.target, '[data-sidebar] a[href]'))
      setMenuOpen(doc, false)
  })
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isMenuOpen(doc))
      setMenuOpen(doc, false)
  })
  // Rotating a tablet past 960 px turns the drawer into the column: nothing stays inert.
  doc.defaultView?.matchMedia('(min-width: 960px)').addEventListener('change', (e) => {
    if (e.matches && isMenuOpen(doc))
      setMenuOpen(doc, false)
  })
}
