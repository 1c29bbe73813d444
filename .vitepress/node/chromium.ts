import { accessSync, constants } from 'node:fs'
import { createRequire } from 'node:module'
// Finds a Chromium for Playwright (e2e, and build-time rendering of diagrams and cards):
// CHROMIUM_PATH → Playwright's own downloaded browser → a system Chromium. With none, fails with the
// commands that fix it. Launch flags keep a root, headless Chromium quiet on a closed network.
import process from 'node:process'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

export interface ResolveOptions {
  env?: Record<string, string | undefined>
  /** Path of Playwright's own Chromium, if one is installed. */
  playwrightPath?: () => string | undefined
  isExecutable?: (path: string) => boolean
}

export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system'

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError'
}

export function resolveChromium(options: ResolveOptions = {}): { path: string, source: ChromiumSource } {
  const env = options.env ?? process.env
  const isExecutable = options.isExecutable ?? defaultIsExecutable
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`)
    return { path: fromEnv, source: 'CHROMIUM_PATH' }
  }
  const bundled = (options.playwrightPath ?? playwrightChromiumPath)()
  if (bundled && isExecutable(bundled))
    return { path: bundled, source: 'playwright' }
  const system = SYSTEM_CHROMIUM_PATHS.find(isExecutable)
  if (system)
    return { path: system, source: 'system' }
  throw new ChromiumNotFoundError([
    'No Chromium found. Tried CHROMIUM_PATH, Playwright\'s own browser and ' + `${SYSTEM_CHROMIUM_PATHS.join(', ')}.`,
    'Fix it with one of:',
    '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk   # Debian/Ubuntu',
    '  npx playwright install chromium                                          # where downloads are allowed',
    '  export CHROMIUM_PATH=/path/to/chromium                                   # an existing Chromium or Chrome',
  ].join('\n'))
}

function defaultIsExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function playwrightChromiumPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core') as { chromium: { executablePath: () => string } }
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** Launch options for Playwright's chromium.launch(). */
export function chromiumLaunchOptions(options: ResolveOptions = {}) {
  return { executablePath: resolveChromium(options).path, headless: true, args: CHROMIUM_ARGS }
}
