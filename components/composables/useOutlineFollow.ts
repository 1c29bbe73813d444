// Keeps the current section's link in view when the aside outline scrolls on its own (aside.css
// caps its height). VitePress marks that link `.active` as the reader scrolls; a MutationObserver
// on the outline follows the mark, so no scroll listener of ours runs.
import { useRoute } from 'vitepress'
import { nextTick, onMounted, onUnmounted, watch } from 'vue'
import { revealScrollTop } from './outlineReveal'

/** Room kept around the current link: about one neighbour on each side. */
const MARGIN = 40

export function reveal(box: HTMLElement) {
  const link = box.querySelector<HTMLElement>('.outline-link.active')
  if (!link || box.scrollHeight <= box.clientHeight)
    return
  const boxTop = box.getBoundingClientRect().top
  const rect = link.getBoundingClientRect()
  const next = revealScrollTop({
    scrollTop: box.scrollTop,
    viewHeight: box.clientHeight,
    stickyTop: box.querySelector<HTMLElement>('.outline-title')?.offsetHeight ?? 0,
    itemTop: rect.top - boxTop + box.scrollTop,
    itemHeight: rect.height,
    margin: MARGIN,
  })
  if (next !== box.scrollTop)
    box.scrollTop = next
}

export function useOutlineFollow() {
  let observer: MutationObserver | undefined

  function attach() {
    observer?.disconnect()
    const box = document.querySelector<HTMLElement>('.VPDocAsideOutline .content')
    if (!box)
      return
    observer = new MutationObserver(() => reveal(box))
    observer.observe(box, {
      attributes: true,
      attributeFilter: ['class'],
      subtree: true,
    })
    reveal(box)
  }

  onMounted(attach)
  const route = useRoute()
  watch(() => route.path, () => nextTick(attach))
  onUnmounted(() => observer?.disconnect())
}
