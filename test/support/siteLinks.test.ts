import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkSite, externalLinksReport, fileOfPath, routeOfFile } from './siteLinks'

const dist = fileURLToPath(new URL('../fixtures/dist/garden', import.meta.url))

describe('routeOfFile', () => {
  it.each([
    ['index.html', '/garden/'],
    ['notes/a.html', '/garden/notes/a'],
    ['chapters/index.html', '/garden/chapters/'],
  ])('serves %s at %s', (file, route) => {
    expect(routeOfFile(file, '/garden/')).toBe(route)
  })
})

describe('fileOfPath', () => {
  it.each([
    ['', 'index.html'],
    ['notes/a', 'notes/a.html'],
    ['notes/a.html', 'notes/a.html'],
    ['chapters/', 'chapters/index.html'],
    ['chapters', 'chapters/index.html'],
    ['og/a.png', 'og/a.png'],
    ['notes/b', undefined],
    ['notes/', undefined],
  ])('resolves "%s" to %s under clean URLs', (path, file) => {
    expect(fileOfPath(dist, path)).toBe(file)
  })
})

describe('checkSite', () => {
  const result = checkSite(dist, { base: '/garden/', siteHref: 'https://example.com/garden/' })

  it('reports every broken page, anchor, image and external link with file and line', () => {
    expect(result.problems.sort()).toEqual([
      'index.html:12 <a> "./notes/a#nowhere": no id "nowhere" in notes/a.html',
      'index.html:14 <a> "/garden/notes/b": no file for /garden/notes/b',
      'index.html:15 <a> "/notes/a": internal URL outside the base /garden/',
      'index.html:17 <a> "https://gihyo.jp/": external link without target="_blank" rel="noopener noreferrer"',
      'index.html:20 <img> "/garden/img/none.png": no file for /garden/img/none.png',
      'index.html:5 <meta> "https://example.com/garden/og/missing.png": no file for /garden/og/missing.png',
    ].sort())
  })

  it('lists external links with the pages that use them', () => {
    expect(Object.fromEntries(Array.from(result.external, ([k, v]) => [
      k,
      [...v].sort(),
    ]))).toEqual({
      'https://kubernetes.io/docs/': ['index.html', 'notes/a.html'],
      'https://gihyo.jp/': ['index.html'],
    })
    expect(externalLinksReport([
      { title: '/garden/', external: result.external },
    ])).toContain('- <https://kubernetes.io/docs/> — index.html, notes/a.html')
  })
})
