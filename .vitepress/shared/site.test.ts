import { describe, expect, it } from 'vitest'
import { DEFAULT_SITE_URL, encodePath, pageUrl, parseSiteUrl, routeOf, siteUrl } from './site'

describe('parseSiteUrl', () => {
  it.each([
    [undefined, DEFAULT_SITE_URL, '/'],
    ['', DEFAULT_SITE_URL, '/'],
    ['example', DEFAULT_SITE_URL, '/'],
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

describe('siteUrl and encodePath', () => {
  const site = parseSiteUrl('https://example.com/garden/')

  it.each([
    ['notes/gitops', 'notes/gitops'],
    ['notes/ノード', 'notes/%E3%83%8E%E3%83%BC%E3%83%89'],
    ['notes/a b#c?d%e', 'notes/a%20b%23c%3Fd%25e'],
    ['chapters/', 'chapters/'],
    ['', ''],
  ])('encodes each segment of %s', (path, expected) => {
    expect(encodePath(path)).toBe(expected)
  })

  it('gives absolute ASCII URLs that decode to the file\'s route', () => {
    expect(siteUrl(site, '/notes/ノード')).toBe('https://example.com/garden/notes/%E3%83%8E%E3%83%BC%E3%83%89')
    expect(pageUrl(site, 'notes/日本語/索引.md')).toBe('https://example.com/garden/notes/%E6%97%A5%E6%9C%AC%E8%AA%9E/%E7%B4%A2%E5%BC%95')
    expect(pageUrl(site, 'notes/日本語/index.md')).toBe('https://example.com/garden/notes/%E6%97%A5%E6%9C%AC%E8%AA%9E/')
  })
})
