// Marks the section a #anchor link lands on (class `garden-arrived`, animated in theme CSS) on page
// load, after in-site navigation and on hash changes: CSS :target alone misses the router's
// pushState navigations. The animation is off under prefers-reduced-motion (CSS).
import { useRoute } from 'vitepress'
import { nextTick, onBeforeUnmount, onMounted, watch } from 'vue'

export const ARRIVED_CLASS = 'garden-arrived'

export function useTargetHighlight(durationMs = 2400) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let marked: Element | undefined

  function mark() {
    const id = decodeURIComponent(location.hash.slice(1))
    const el = id ? document.getElementById(id) : null
    clearTimeout(timer)
    marked?.classList.remove(ARRIVED_CLASS)
    marked = el ?? undefined
    if (!el)
      return
    void (el as HTMLElement).offsetWidth // restart the animation when the same target is hit again
    el.classList.add(ARRIVED_CLASS)
    timer = setTimeout(() => el.classList.remove(ARRIVED_CLASS), durationMs)
  }

  onMounted(() => {
    mark()
    window.addEventListener('hashchange', mark)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('hashchange', mark)
    clearTimeout(timer)
  })
  const route = useRoute()
  watch(() => route.path, () => nextTick(mark))
}
