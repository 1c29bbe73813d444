// VitePress's default-theme components that our replacements render, imported as `@vp-theme/X.vue`
// (a Vite alias for vitepress/dist/client/theme-default/components/, node/vitepress/registry.ts):
// untyped SFCs whose own imports have no declarations, so the type check sees them as components.
declare module '@vp-theme/*.vue' {
  import type { DefineComponent } from 'vue'

  const component: DefineComponent<Record<string, unknown>>
  export default component
}
