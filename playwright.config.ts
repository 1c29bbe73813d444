import process from 'node:process'
import { defineConfig, devices } from '@playwright/test'
import { parseSiteUrl } from './.vitepress/shared/site'
import { chromiumLaunchOptions } from './scripts/lib/chromium'

// E2E runs against the production build (`npm run build` first), served the way a static host would.
const port = Number(process.env.E2E_PORT ?? 4173)
// E2E_DIST lets a second checkout or helper test its own build folder.
const dist = process.env.E2E_DIST ?? '.vitepress/dist'
const { base } = parseSiteUrl(process.env.SITE_URL)

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    locale: 'ja-JP',
    trace: 'off',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${port} --dir ${dist}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
