import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildContentIndex, findOrphans, imageExists } from './index'
import { formatError } from './parse'

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url))

describe('buildContentIndex on fixtures', () => {
  it('reports every broken link, anchor and duplicate together', () => {
    const scan = buildContentIndex(fixture('bad-links'), 'fixtures/bad-links')
    expect(scan.errors.map(formatError).sort()).toEqual([
      'fixtures/bad-links/index.md:11: unknown anchor "#push" on /notes/gitops (in "[[gitops#push]]")',
      'fixtures/bad-links/index.md:11: unknown wikilink target "[[no-such-note]]"',
      'fixtures/bad-links/index.md:15: duplicate anchor "#same" (first used on line 13)',
      'fixtures/bad-links/notes/gitops/index.md:1: duplicate slug: route /notes/gitops/ is also produced by fixtures/bad-links/notes/gitops.md',
    ].sort())
  })

  it('reports malformed YAML and schema violations with file and line', () => {
    const messages = buildContentIndex(fixture('broken-frontmatter'), 'docs').errors.map(formatError)
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^docs\/notes\/bad\.md:\d+: malformed frontmatter YAML/),
      expect.stringMatching(/^docs\/notes\/wrong-field\.md:6: frontmatter field "maturity"/),
    ]))
    // Links to pages whose frontmatter failed are not reported a second time.
    expect(messages.some(m => m.includes('unknown wikilink'))).toBe(false)
  })
})

describe('image check', () => {
  it('reports missing images and images without alt text with file and line', () => {
    const scan = buildContentIndex(fixture('bad-images'), 'fixtures/bad-images')
    expect(scan.errors.map(formatError).sort()).toEqual([
      'fixtures/bad-images/index.md:13: missing image "/img/pod.png": no such file under fixtures/bad-images/ or fixtures/bad-images/public/',
      'fixtures/bad-images/index.md:15: missing image "./diagram.svg": no such file under fixtures/bad-images/ or fixtures/bad-images/public/',
      'fixtures/bad-images/index.md:17: image "/img/node.png" has no alt text: describe it (![説明](/img/node.png) or alt="…")',
      'fixtures/bad-images/notes/nested.md:13: image "/img/node.png" has no alt text: describe it (![説明](/img/node.png) or alt="…")',
      'fixtures/bad-images/notes/nested.md:15: missing image "./images/missing%20file.png": no such file under fixtures/bad-images/ or fixtures/bad-images/public/',
    ].sort())
  })

  it.each([
    ['/img/node.png', 'index.md', true],
    ['/img/node.png?v=2#x', 'index.md', true],
    ['../public/img/node.png', 'notes/nested.md', true],
    ['/img/ノード.png', 'index.md', false],
    ['https://example.com/a.png', 'index.md', true],
    ['data:image/png;base64,AAAA', 'index.md', true],
    ['', 'index.md', false],
  ])('resolves %s from %s → %s', (src, page, exists) => {
    expect(imageExists(fixture('bad-images'), page, src)).toBe(exists)
  })
})

describe('the real garden', () => {
  const scan = buildContentIndex(fileURLToPath(new URL('../../../docs', import.meta.url)), 'docs')

  it('has no content errors', () => {
    expect(scan.errors.map(formatError)).toEqual([])
  })

  it('has no orphan page: every page but the home page has a backlink', () => {
    expect(findOrphans(scan.graph).map(id => scan.pages.get(id)!.route)).toEqual([])
  })

  it('every note links to at least two pages, one of them its chapter', () => {
    const weak = [
      ...scan.pages.values(),
    ].filter(p => p.kind === 'note').flatMap((p) => {
      const out = scan.graph.outlinks.get(p.id)!
      const problems: string[] = []
      if (out.length < 2)
        problems.push(`${p.route} links to ${out.length} page(s)`)
      if (!out.some(id => id.startsWith('chapters/')))
        problems.push(`${p.route} does not link back to a chapter`)
      return problems
    })
    expect(weak).toEqual([])
  })

  it('has every stable route the site promises', () => {
    const routes = Array.from(scan.pages.values(), p => p.route)
    expect(routes).toEqual(expect.arrayContaining([
      '/',
      '/chapters/1-basics',
      '/chapters/2-running-apps',
      '/chapters/3-iac',
      '/chapters/4-operations',
      '/impressions',
      '/tags',
    ]))
  })
})
