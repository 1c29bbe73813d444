// Marks the section a #anchor link lands on (class `garden-arrived`, animated in theme CSS) on page
// load, after in-site navigation and on hash changes: CSS :target alone misses the router's
// pushState navigations. The animation is off under prefers-reduced-motion (CSS).
import { useEventListener } from '@vueuse/core'
import { useRoute } from 'vitepress'
import { nextTick, onMounted, watch } from 'vue'

export const ARRIVED_CLASS = 'garden-arrived'

export function useTargetHighlight() {
  let marked: Element | undefined

  function mark() {
    const id = decodeURIComponent(location.hash.slice(1))
    const el = id
      ? document.getElementById(id)
      : null
    marked?.classList.remove(ARRIVED_CLASS)
    marked = el ?? undefined
    if (!el)
      return
    void (el as HTMLElement).offsetWidth // restart the animation when the same target is hit again
    // The class stays until the next arrival: the animation runs once, and a slow page load
    // must not remove it before the reader sees it.
    el.classList.add(ARRIVED_CLASS)
  }

  onMounted(mark)
  useEventListener('hashchange', mark)
  const route = useRoute()
  watch(() => route.path, () => nextTick(mark))
}
