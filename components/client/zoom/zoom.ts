// Click-to-zoom for every image of a page (.vp-doc img) and every element marked `zoomable`
// (pre-rendered Mermaid figures, which carry their own 「拡大」 button in the server HTML): a copy
// opens full-screen in a modal <dialog>. The viewer (./viewer.ts: pan, pinch, wheel, keys) is its own
// chunk, fetched when the pointer or a finger comes near a control or on the first open. An image
// becomes a focusable button (Enter/Space open); when the viewer closes, focus returns to the control
// that opened it. Nothing is re-rendered: the copy is a DOM clone.
import { zoomButtonHtml, zoomName } from '../../../.vitepress/shared/zoomButton'
import { closest } from '../chrome/dom'

export const ZOOM_SELECTOR = '.vp-doc img, .zoomable'

/** Name of a zoom target: the image's alt, the figure's label, caption or SVG title. */
function targetName(el: Element): string {
  return el.getAttribute('alt')
    || el.getAttribute('aria-label')
    || el.querySelector('figcaption')?.textContent
    || el.querySelector('svg > title, title')?.textContent
    || '図'
}

/** Accessible name of a zoom control. */
export function zoomLabel(el: Element): string {
  return zoomName(targetName(el))
}

function targetOf(t: EventTarget | null): HTMLElement | undefined {
  const el = closest(t, ZOOM_SELECTOR)
  return el && !el.closest('a, button, dialog')
    ? el
    : undefined
}

/** Makes images keyboard-operable and gives other targets their 「拡大」 button. */
export function enhanceZoomTargets(doc: Document): void {
  for (const el of doc.querySelectorAll<HTMLElement>(ZOOM_SELECTOR)) {
    if (el.closest('a, button, dialog') || el.dataset.zoom !== undefined)
      continue
    el.dataset.zoom = ''
    if (el.tagName === 'IMG') {
      el.tabIndex = 0
      el.setAttribute('role', 'button')
      el.setAttribute('aria-haspopup', 'dialog')
      el.setAttribute('aria-label', zoomLabel(el))
      continue
    }
    if (!el.querySelector(':scope > .zoom-open'))
      el.insertAdjacentHTML('beforeend', zoomButtonHtml(targetName(el)))
  }
}

let loading: Promise<typeof import('./viewer')> | undefined
/** The viewer's chunk, fetched once; a failed fetch is tried again by the next press. */
function loadViewer() {
  loading ??= import('./viewer').catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

// A second press (a double click, a repeated Enter) can come while the viewer's chunk is still
// loading, before the first press's dialog exists: it must not open a second one.
let opening = false

async function open(el: HTMLElement): Promise<void> {
  if (opening || el.ownerDocument.querySelector('dialog.zoom-dialog[open]'))
    return
  const opener = el.querySelector<HTMLElement>(':scope > .zoom-open') ?? el
  const label = (el.getAttribute('aria-label') ?? zoomLabel(el)).replace(/^拡大して表示: /, '')
  opening = true
  try {
    const { openViewer } = await loadViewer()
    openViewer(el, label, () => opener.focus({ preventScroll: true }))
  }
  catch {
    // Offline or a stale deploy: the figure stays where it is; the next press tries again.
  }
  finally {
    opening = false
  }
}

export function initZoom(doc: Document): void {
  enhanceZoomTargets(doc)
  doc.addEventListener('click', (event) => {
    const el = targetOf(event.target)
    if (el)
      void open(el)
  })
  doc.addEventListener('keydown', (event) => {
    const el = targetOf(event.target)
    // A figure's own button opens it by its native click; an image made a button needs the keys.
    if (el && event.target === el && el.tagName === 'IMG' && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      void open(el)
    }
  })
  // Fetch the viewer when a reader is about to use it.
  for (const type of ['pointerover', 'touchstart', 'focusin'] as const) {
    doc.addEventListener(type, (event) => {
      if (targetOf(event.target))
        loadViewer().catch(() => {})
    }, { passive: true })
  }
}
