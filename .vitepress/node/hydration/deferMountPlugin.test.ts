import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { patchClientEntry } from './deferMountPlugin'

const require = createRequire(import.meta.url)
const installedEntry = join(dirname(require.resolve('vitepress/package.json')), 'dist/client/app/index.js')

describe('patchClientEntry', () => {
  it('patches the installed VitePress entry: the gate opens before createApp and owns the mount', () => {
    const out = patchClientEntry(readFileSync(installedEntry, 'utf8'), '/gate.ts')
    expect(out.startsWith('import { openHydrationGate as __gardenOpenGate } from "/gate.ts";\n')).toBe(true)
    expect(out).toContain('const __gardenGate = __gardenOpenGate(window);\n    createApp().then(')
    expect(out).toContain('__gardenGate.mount(() => app.mount(\'#app\'));')
    // No direct mount is left.
    expect(out.replace('() => app.mount(\'#app\')', '')).not.toContain('app.mount(')
  })

  it('fails the build, naming what it expected, when the entry changed', () => {
    expect(() => patchClientEntry('createApp().then(({ app }) => app.mount("#app"))'))
      .toThrow(/client entry changed.*inBrowser.*app\.mount/s)
  })
})
