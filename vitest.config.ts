// Test tiers (README, "Tests"): each check runs in the cheapest tier that can see it.
//   node  pure and build-time code, and real VitePress builds of small fixture gardens, in-process into
//         temporary folders (test/support/buildGarden.ts) (*.test.ts)
//   dom   Vue components mounted in happy-dom (*.dom.test.ts)
//   dist  checks of the built site in .vitepress/dist and dist-base (*.dist.test.ts; after the builds)
// Playwright (e2e/) keeps only what needs a real browser.
import type { ViteUserConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// @vitejs/plugin-vue is typed against the root vite (5.4, VitePress's own); vitest runs on vite 7, whose
// plugin hooks that the Vue plugin uses are the same. Only the declared types differ.
const vuePlugin = vue() as unknown as NonNullable<ViteUserConfig['plugins']>[number]

const ignored = [
  'node_modules/**',
  'e2e/**',
  '.vitepress/dist/**',
  '.vitepress/dist-base/**',
  '.vitepress/cache/**',
  '.ci/**',
  '.bench/**',
]

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['**/*.test.ts'],
          exclude: [...ignored, '**/*.dom.test.ts', '**/*.dist.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [vuePlugin],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['**/*.dom.test.ts'],
          exclude: ignored,
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          environment: 'node',
          include: ['**/*.dist.test.ts'],
          exclude: ignored,
        },
      },
    ],
  },
})
