import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, resolveChromium } from './chromium'

const only = (...paths: string[]) => (p: string) => paths.includes(p)

describe('resolveChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(resolveChromium({
      env: { CHROMIUM_PATH: '/opt/chrome' },
      playwrightPath: () => '/pw/chrome',
      isExecutable: only('/opt/chrome', '/pw/chrome'),
    }))
      .toEqual({ path: '/opt/chrome', source: 'CHROMIUM_PATH' })
  })

  it('fails when CHROMIUM_PATH points nowhere instead of silently falling back', () => {
    expect(() => resolveChromium({
      env: { CHROMIUM_PATH: '/nope' },
      isExecutable: only('/usr/bin/chromium'),
    })).toThrow('CHROMIUM_PATH is set to "/nope"')
  })

  it('then Playwright\'s own browser', () => {
    expect(resolveChromium({
      env: {},
      playwrightPath: () => '/pw/chrome',
      isExecutable: only('/pw/chrome', '/usr/bin/chromium'),
    }))
      .toEqual({ path: '/pw/chrome', source: 'playwright' })
  })

  it('then a system Chromium', () => {
    expect(resolveChromium({
      env: {},
      playwrightPath: () => '/pw/missing',
      isExecutable: only('/usr/bin/chromium-browser'),
    }))
      .toEqual({ path: '/usr/bin/chromium-browser', source: 'system' })
  })

  it('without any, names the commands that fix it', () => {
    expect(() => resolveChromium({
      env: {},
      playwrightPath: () => undefined,
      isExecutable: () => false,
    }))
      .toThrow(/apt-get install -y chromium fonts-noto-cjk[\s\S]*npx playwright install chromium[\s\S]*CHROMIUM_PATH/)
  })

  it('launch flags keep a root headless Chromium off the network', () => {
    expect(CHROMIUM_ARGS).toEqual(expect.arrayContaining([
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ]))
  })
})
