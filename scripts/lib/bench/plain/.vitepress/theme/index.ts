// The baseline's theme: VitePress's default theme as it is, plus the notes' interactive components
// registered globally as ordinary Vue components (hydrated with the whole page, as plain VitePress
// does). The notes use them by tag without importing them (our theme registers them as islands);
// without this an unknown <GracefulTermination> would resolve to the page component itself.
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { islandComponents } from '../../../../../../components/islands/components'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    for (const [name, component] of Object.entries(islandComponents))
      app.component(name, component)
  },
} satisfies Theme
