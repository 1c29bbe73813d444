// Click-to-zoom for every image of a page (.vp-doc img) and every element marked `zoomable`
// (pre-rendered Mermaid figures, for instance): a copy opens full-screen in a modal <dialog>
// (ZoomViewer.vue, loaded on the first open). Keyboard: an image becomes a focusable button
// (Enter/Space open); a figure gets a real 「拡大」 button of its own (a figure made a button would be
// named without the diagram's visible text, WCAG 2.5.3). When the viewer closes, focus returns to
// the control that opened it.
// This part runs on every page, so it stays small: it only marks targets and remembers which one
// is open. The copy is a DOM clone (made by the viewer), so nothing is re-rendered and Mermaid is
// never loaded.
import { defaultDocument, useEventListener } from '@vueuse/core'
import { useRoute } from 'vitepress'
import { nextTick, onMounted, shallowRef, watch } from 'vue'
import { zoomButtonHtml, zoomName } from '../../.vitepress/shared/zoomButton'

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

/** What the viewer shows: the element to copy and its name. */
export interface ZoomTarget {
  source: HTMLElement
  label: string
}

export function useZoom() {
  const target = shallowRef<ZoomTarget | null>(null)
  let opener: HTMLElement | undefined

  const targetOf = (t: EventTarget | null) => {
    const el = t instanceof Element
      ? t.closest<HTMLElement>(ZOOM_SELECTOR)
      : null
    return el && !el.closest('a, button, dialog')
      ? el
      : undefined
  }

  function enhance() {
    for (const el of document.querySelectorAll<HTMLElement>(ZOOM_SELECTOR)) {
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
      // Pre-rendered Mermaid figures already have theirs (markdown/mermaid.ts).
      if (!el.querySelector(':scope > .zoom-open'))
        el.insertAdjacentHTML('beforeend', zoomButtonHtml(targetName(el)))
    }
  }

  /** The control that opens a target: the image itself, or the figure's own button. */
  const controlOf = (el: HTMLElement) => el.querySelector<HTMLElement>(':scope > .zoom-open') ?? el

  function open(el: HTMLElement) {
    if (target.value)
      return
    opener = controlOf(el)
    const label = (el.getAttribute('aria-label') ?? zoomLabel(el)).replace(/^拡大して表示: /, '')
    target.value = { source: el, label }
  }

  /** Called by the viewer once its dialog has closed. */
  function onClosed() {
    target.value = null
    opener?.focus()
    opener = undefined
  }

  const onClick = (e: MouseEvent) => {
    const el = targetOf(e.target)
    if (el)
      open(el)
  }
  const onKeydown = (e: KeyboardEvent) => {
    const el = targetOf(e.target)
    // A figure's own button opens it by its native click; an image made a button needs the keys.
    if (el && e.target === el && el.tagName === 'IMG' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault()
      open(el)
    }
  }

  // Removed when the component's scope is disposed; no document on the server.
  useEventListener(defaultDocument, 'click', onClick)
  useEventListener(defaultDocument, 'keydown', onKeydown)
  onMounted(enhance)
  const route = useRoute()
  watch(() => route.path, () => nextTick(enhance))

  return { target, onClosed }
}
