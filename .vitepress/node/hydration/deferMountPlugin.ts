import type { Plugin } from 'vite'
// Build-time patch of VitePress's client entry (vitepress/dist/client/app/index.js): open the
// hydration gate (.vitepress/theme/hydrationGate.ts) before the app is created, and let the gate call
// `app.mount('#app')` on the reader's first interaction instead of at load. Production build only; the
// dev server mounts at once. If a VitePress upgrade changes the two lines this patch expects, the
// build fails naming them, rather than silently hydrating at load again.
import { fileURLToPath } from 'node:url'

const ENTRY = /[\\/]vitepress[\\/]dist[\\/]client[\\/]app[\\/]index\.js$/
const START = 'if (inBrowser) {\n    createApp().then('
const MOUNT = 'app.mount(\'#app\');'
const GATE = fileURLToPath(new URL('../../theme/hydrationGate.ts', import.meta.url))

export function patchClientEntry(code: string, gatePath = GATE): string {
  const missing = [START, MOUNT].filter(s => code.split(s).length !== 2)
  if (missing.length > 0)
    throw new Error(`deferMountPlugin: VitePress's client entry changed; expected exactly one of each of ${missing.map(s => JSON.stringify(s)).join(', ')} in vitepress/dist/client/app/index.js`)
  return `import { openHydrationGate as __gardenOpenGate } from ${JSON.stringify(gatePath)};\n${code
    .replace(START, 'if (inBrowser) {\n    const __gardenGate = __gardenOpenGate(window);\n    createApp().then(')
    .replace(MOUNT, '__gardenGate.mount(() => app.mount(\'#app\'));')}`
}

export function deferMountPlugin(): Plugin {
  return {
    name: 'garden:defer-mount',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!ENTRY.test(id.split('?')[0]!))
        return null
      return {
        code: patchClientEntry(code),
        map: null,
      }
    },
  }
}
