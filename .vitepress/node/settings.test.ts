import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MISSING_SITE_URL, pipelinesOn, readSettings } from './settings'

describe('readSettings', () => {
  it('defaults to docs/, the default SITE_URL, pipelines on and localhost', () => {
    const s = readSettings({}, ['node', 'vitepress', 'dev'], '/repo')
    expect(s).toEqual({
      srcDir: 'docs',
      srcPath: '/repo/docs',
      displayRoot: 'docs',
      outDir: undefined,
      cacheDir: '/repo/.vitepress/cache',
      site: { href: 'https://k8s-chizu-notes.example.jp/', base: '/' },
      isBuild: false,
      pipelines: true,
      repository: undefined,
      host: 'localhost',
    })
  })

  it('reads every variable once, with the base path taken from SITE_URL', () => {
    const s = readSettings({
      GARDEN_SRC_DIR: 'fixtures/ガーデン',
      GARDEN_OUT_DIR: '/tmp/out',
      SITE_URL: 'https://example.com/garden',
      GARDEN_PIPELINES: 'off',
      GITHUB_REPOSITORY: 'owner/repo',
      HOST: '0.0.0.0',
    }, ['node', 'vitepress', 'build'], '/repo')
    expect(s.srcPath).toBe('/repo/fixtures/ガーデン')
    expect(s.displayRoot).toBe('fixtures/ガーデン')
    expect(s.outDir).toBe('/tmp/out')
    expect(s.site).toEqual({ href: 'https://example.com/garden/', base: '/garden/' })
    expect(s.isBuild).toBe(true)
    expect(s.pipelines).toBe(false)
    expect(s.repository).toBe('owner/repo')
    expect(s.host).toBe('0.0.0.0')
  })

  it('stops a production build without SITE_URL, saying what to set', () => {
    const build = ['node', 'vitepress', 'build']
    expect(() => readSettings({}, build, '/repo')).toThrow(MISSING_SITE_URL)
    expect(() => readSettings({ SITE_URL: '  ' }, build, '/repo')).toThrow(/SITE_URL is not set/)
    expect(MISSING_SITE_URL).toMatch(/SITE_URL=https:\/\/<owner>\.github\.io\/<repo>\/ npm run build/)
    expect(MISSING_SITE_URL).toMatch(/SITE_URL=example npm run build/)
  })

  it.each([
    [
      'dev',
      ['node', 'vitepress', 'dev'],
    ],
    [
      'preview',
      ['node', 'vitepress', 'preview'],
    ],
    [
      'a tool',
      ['node', 'scripts/serve.ts'],
    ],
  ])('keeps the example host without SITE_URL in %s', (_, argv) => {
    expect(readSettings({}, argv, '/repo').site.href).toBe('https://k8s-chizu-notes.example.jp/')
  })

  it('builds for the example host when asked by name (SITE_URL=example)', () => {
    const s = readSettings({ SITE_URL: 'example' }, ['node', 'vitepress', 'build'], '/repo')
    expect(s.site).toEqual({ href: 'https://k8s-chizu-notes.example.jp/', base: '/' })
    expect(s.isBuild).toBe(true)
  })

  it('rejects a SITE_URL that is not https', () => {
    expect(() => readSettings({ SITE_URL: 'ftp://example.com/' }, [], '/repo')).toThrow(/https/)
  })
})

describe('the package scripts', () => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }

  it('leave `npm run build` to SITE_URL, and every build of the test run names its host', () => {
    expect(scripts.build).toBe('vitepress build')
    expect(scripts['build:base']).toMatch(/^SITE_URL=https:\/\/example\.com\/garden\/ /)
    expect(scripts.test).toContain(`SITE_URL=\${SITE_URL:-example} npm run build &&`)
  })
})

describe('pipelinesOn', () => {
  it.each([
    [undefined, true],
    ['', true],
    ['on', true],
    ['off', false],
  ])('%s → %s', (value, expected) => {
    expect(pipelinesOn(value)).toBe(expected)
  })

  it('names the plain baseline\'s own config when asked for the old plain mode', () => {
    expect(() => pipelinesOn('plain')).toThrow(/scripts\/lib\/bench\/plain/)
    expect(() => pipelinesOn('Off')).toThrow(/on or off/)
  })
})
