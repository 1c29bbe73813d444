import process from 'node:process'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './.vitepress/node/chromium'
import { parseSiteUrl } from './.vitepress/shared/site'

// E2E runs against the production builds (`npm run build` and `npm run build:base` first), served
// the way a static host would: the site at its root, and a second build under /garden/.
const port = Number(process.env.E2E_PORT ?? 4173)
const basePort = port + 1
// E2E_DIST lets a second checkout or helper test its own build folder.
const dist = process.env.E2E_DIST ?? '.vitepress/dist'
const { base } = parseSiteUrl(process.env.SITE_URL)
/** The non-root build: SITE_URL=https://example.com/garden/ (see `npm run build:base`). */
export const BASE_PATH = '/garden/'
/**
 * Fixture gardens of test/fixtures/, each built in-process and served by e2e/serveFixture.ts. Behaviour
 * specs (e2e/behaviour/) run on the behaviour garden, so a note's prose never decides their result.
 */
export const FIXTURE_PORTS = { 'behaviour-garden': port + 2, 'hostile-garden': port + 3 } as const
export function fixtureUrl(garden: keyof typeof FIXTURE_PORTS): string {
  return `http://127.0.0.1:${FIXTURE_PORTS[garden]}/`
}
const launchOptions = chromiumLaunchOptions()

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [
    ['list'],
  ],
  timeout: 60_000,
  use: {
    locale: 'ja-JP',
    trace: 'off',
    launchOptions,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['**/base-path.spec.ts', 'behaviour/**'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}${base}`, launchOptions },
    },
    {
      name: 'base-path',
      testMatch: '**/base-path.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${basePort}${BASE_PATH}`, launchOptions },
    },
    {
      name: 'behaviour',
      testMatch: 'behaviour/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: fixtureUrl('behaviour-garden'),
        launchOptions,
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts --port ${port} --dir ${dist}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/serve.ts --port ${basePort} --dir ${process.env.E2E_BASE_DIST ?? '.vitepress/dist-base'}`,
      url: `http://127.0.0.1:${basePort}${BASE_PATH}`,
      env: { SITE_URL: `https://example.com${BASE_PATH}` },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    ...Object.entries(FIXTURE_PORTS).map(([garden, gardenPort]) => ({
      // A build of a few pages with Mermaid and cards: about a minute on the 2-core CI machine.
      command: `npx tsx e2e/serveFixture.ts --garden ${garden} --port ${gardenPort}`,
      url: `http://127.0.0.1:${gardenPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      // SIGTERM lets it delete its temporary build folder; Playwright's default is SIGKILL.
      gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
    })),
  ],
})
