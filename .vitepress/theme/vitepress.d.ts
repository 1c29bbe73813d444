// The browser's view of the `vitepress` package. Its own entry types (types/index.d.ts) re-export the
// Node API too, whose `/// <reference types="node" />` would give every component Node's globals
// (`process`, `Buffer`); tsconfig.browser.json maps `vitepress` here instead: the client runtime and
// the theme types, nothing of Node. Types only: Vite still resolves the real package.
export * from '../../node_modules/vitepress/dist/client/index.js'
export type { DefaultTheme } from '../../node_modules/vitepress/types/default-theme.js'

// shared/garden.ts declares `pageData.garden` on the package's PageData; through this file that
// augmentation lands on a re-export, so the browser's view declares it on PageData's own module.
declare module '../../node_modules/vitepress/types/shared.js' {
  interface PageData {
    garden?: import('../shared/garden').GardenPageData
  }
}
