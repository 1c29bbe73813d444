// `vp-original/<Name>.vue`: VitePress's own theme component, reached past the aliases that replace it
// (an alias in .vitepress/config.ts points it at vitepress/dist/client/theme-default/components/).
// Declared here so that vue-tsc does not type-check VitePress's shipped sources.
declare module 'vp-original/*' {
  import type { Component } from 'vue'

  const component: Component
  export default component
}
