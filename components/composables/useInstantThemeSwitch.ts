// Colours switch at once when the theme changes, without VueUse's way of doing it. useDark's
// `disableTransition` (on by default) forces a synchronous style recalculation of the whole page
// at every page load, inside hydration: ~100 ms of main thread on a phone for a long note.
// config.ts turns it off; this puts back its effect only when the theme actually changes (the
// switch, or the system's setting under 'auto'): transitions are off from the change until the
// frame after the new colours were styled.
import { useData } from 'vitepress'
import { watch } from 'vue'

export const NO_TRANSITION_CSS = '*,*::before,*::after{transition:none!important}'

export function useInstantThemeSwitch(): void {
  const { isDark } = useData()
  // 'sync': before useDark's own post-flush watcher changes the class on <html>.
  watch(isDark, () => {
    const style = document.createElement('style')
    style.textContent = NO_TRANSITION_CSS
    document.head.appendChild(style)
    requestAnimationFrame(() => requestAnimationFrame(() => style.remove()))
  }, { flush: 'sync' })
}
