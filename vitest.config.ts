import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.vitepress/dist/**', '.vitepress/cache/**'],
    testTimeout: 60_000,
  },
})
