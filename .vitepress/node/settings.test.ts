import { describe, expect, it } from 'vitest'
import { pipelinesOn, readSettings } from './settings'

describe('readSettings', () => {
  it('defaults to docs/, the default SITE_URL, pipelines on and localhost', () => {
    const s = readSettings({}, ['node', 'vitepress', 'dev'], '/repo')
    expect(s).toEqual({
      srcDir: 'docs',
      srcPath: '/repo/docs',
      displayRoot: 'docs',
      outDir: undefined,
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

  it('rejects a SITE_URL that is not https', () => {
    expect(() => readSettings({ SITE_URL: 'ftp://example.com/' }, [], '/repo')).toThrow(/https/)
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
