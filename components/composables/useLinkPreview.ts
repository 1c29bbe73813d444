// Shows the preview card of an internal link on mouse hover (after a short delay) and on keyboard
// focus; hides it on leave, blur, Escape, navigation and (hover cards) scroll. Touch taps navigate
// as usual: no preview for touch pointers or for the focus a tap or click causes. The card stays
// while the pointer is on it.
import type { Ref } from 'vue'
import type { LinkPreviewContent, Placement } from '../garden/linkPreview'
import { defaultDocument, useEventListener } from '@vueuse/core'
import { useRoute } from 'vitepress'
import { nextTick, onBeforeUnmount, ref, watch } from 'vue'
import { placePreview, readPreview } from '../garden/linkPreview'

export interface UseLinkPreviewOptions {
  /** The card's id, set as the link's aria-describedby while shown. */
  id: string
  /** @default '.vp-doc a[data-preview-title]' */
  selector?: string
  /** @default 300 */
  showDelay?: number
  /** @default 200 */
  hideDelay?: number
}

export function useLinkPreview(card: Ref<HTMLElement | null>, options: UseLinkPreviewOptions) {
  const selector = options.selector ?? '.vp-doc a[data-preview-title]'
  const content = ref<LinkPreviewContent>()
  const placement = ref<Placement>({ left: 0, top: 0, side: 'below' })
  let link: HTMLAnchorElement | undefined
  let describedBy: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastPointerDown = -Infinity

  const linkOf = (target: EventTarget | null) => target instanceof Element
    ? target.closest<HTMLAnchorElement>(selector) ?? undefined
    : undefined
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(fn, ms)
  }

  async function show(a: HTMLAnchorElement) {
    clearTimeout(timer)
    const next = readPreview(a.dataset)
    if (!next)
      return
    if (link !== a) {
      hide()
      link = a
      describedBy = a.getAttribute('aria-describedby')
      a.setAttribute('aria-describedby', [describedBy, options.id].filter(Boolean).join(' '))
    }
    content.value = next
    await nextTick()
    if (!card.value || link !== a)
      return
    const r = a.getBoundingClientRect()
    placement.value = placePreview(
      {
        left: r.left,
        top: r.top,
        width: r.width,
        height: r.height,
      },
      { width: card.value.offsetWidth, height: card.value.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    )
  }

  function hide() {
    clearTimeout(timer)
    if (link) {
      if (describedBy)
        link.setAttribute('aria-describedby', describedBy)
      else
        link.removeAttribute('aria-describedby')
    }
    link = undefined
    content.value = undefined
  }

  const listeners: [string, (e: Event) => void][] = [
    [
      'pointerover',
      (e) => {
        const a = linkOf(e.target)
        if (!a || (e as PointerEvent).pointerType === 'touch')
          return
        if (a === link)
          clearTimeout(timer)
        else
          later(() => show(a), options.showDelay ?? 300)
      },
    ],
    [
      'pointerout',
      (e) => {
        const a = linkOf(e.target)
        const to = (e as PointerEvent).relatedTarget
        if (a && !(to instanceof Node && (a.contains(to) || card.value?.contains(to))))
          later(hide, options.hideDelay ?? 200)
      },
    ],
    [
      'pointerdown',
      (e) => {
        lastPointerDown = e.timeStamp
        if ((e as PointerEvent).pointerType === 'touch')
          hide()
      },
    ],
    // Focus right after a press comes from a tap or click (hover handles the mouse): only
    // keyboard (or script) focus shows the preview.
    [
      'focusin',
      (e) => {
        const a = linkOf(e.target)
        if (a && e.timeStamp - lastPointerDown > 1000)
          void show(a)
      },
    ],
    [
      'focusout',
      (e) => {
        if (linkOf(e.target) === link)
          hide()
      },
    ],
    [
      'keydown',
      (e) => {
        if ((e as KeyboardEvent).key === 'Escape' && link)
          hide()
      },
    ],
  ]

  // Focusing a link scrolls it into view: a focused link keeps its card, moved along. A hover card
  // is dropped (it would float away from its link); a hover still waiting for its delay is not (the
  // pointer may have entered the link during a scroll, and leaving it cancels the wait anyway).
  const onScroll = () => {
    if (!link)
      return
    if (document.activeElement === link)
      void show(link)
    else
      hide()
  }

  // Removed when the component's scope is disposed; no document on the server.
  for (const [type, fn] of listeners)
    useEventListener(defaultDocument, type, fn)
  useEventListener('scroll', onScroll, { passive: true })
  onBeforeUnmount(hide)
  const route = useRoute()
  watch(() => route.path, hide)

  return {
    content,
    placement,
    /** For the card: keep it while the pointer is on it. */
    keep: () => clearTimeout(timer),
    leave: () => later(hide, options.hideDelay ?? 200),
    hide,
  }
}
