import { describe, expect, it } from 'vitest'
import { DEFAULT_SITE_URL, pageUrl, parseSiteUrl, routeOf } from './site'

describe('parseSiteUrl', () => {
  it.each([
    [undefined, DEFAULT_SITE_URL, '/'],
    ['', DEFAULT_SITE_URL, '/'],
    ['https://example.com', 'https://example.com/', '/'],
    ['https://example.com/garden', 'https://example.com/garden/', '/garden/'],
    ['https://example.com/garden/', 'https://example.com/garden/', '/garden/'],
    ['http://localhost:4173/', 'http://localhost:4173/', '/'],
  ])('reads %s', (raw, href, base) => {
    expect(parseSiteUrl(raw)).toEqual({ href, base })
  })

  it.each([
    ['example.com/garden', 'absolute URL'],
    ['http://example.com/', 'must use https'],
    ['ftp://example.com/', 'must use https'],
    ['https://example.com/?a=1', 'query or fragment'],
  ])('rejects %s', (raw, message) => {
    expect(() => parseSiteUrl(raw)).toThrow(message)
  })
})

describe('routeOf and pageUrl', () => {
  it.each([
    ['index.md', '/'],
    ['notes/gitops.md', '/notes/gitops'],
    ['chapters/2-running-apps.md', '/chapters/2-running-apps'],
    ['chapters/index.md', '/chapters/'],
  ])('%s → %s', (path, route) => {
    expect(routeOf(path)).toBe(route)
  })

  it('builds absolute clean URLs under the base', () => {
    const site = parseSiteUrl('https://example.com/garden/')
    expect(pageUrl(site, 'index.md')).toBe('https://example.com/garden/')
    expect(pageUrl(site, 'notes/gitops.md')).toBe('https://example.com/garden/notes/gitops')
  })
})
