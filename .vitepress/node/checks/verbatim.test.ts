// Titles with HTML and template characters show exactly as written everywhere the site prints them:
// one real `vitepress build` of a small garden whose titles hold <, >, &, quotes, {{ }}, a backslash
// and an emoji, then every place is read back from the built files (decoded as a browser would).
// Social cards are drawn from the same title by satori (no HTML), checked in og/generate.test.ts.
import type { AnyNode, Element } from 'domhandler'
import type { GardenBuild } from '../../../test/support/buildGarden'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { DomUtils, parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildGarden } from '../../../test/support/buildGarden'
import { readBuiltIndex } from '../../../test/support/builtIndex'

let built: GardenBuild
let outDir: string

const TITLES = {
  pending: 'EXTERNAL-IP が <pending> のまま',
  symbols: '{{ 値 }} と \\ と 🚀 と "引用"',
  chapter: '第1章 <基本> & "引用"',
}

function page(file: string) {
  const doc = parseDocument(readFileSync(join(outDir, file), 'utf8'), { decodeEntities: true })
  const all = (test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children as AnyNode[])
  const text = (e: Element) => DomUtils.textContent(e).replace(/\u200B/g, '').trim()
  const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c)
  return {
    title: text(all(e => e.name === 'title')[0]!),
    h1: text(all(e => e.name === 'h1')[0]!),
    meta: (key: string) => all(e => e.name === 'meta' && (e.attribs.property === key || e.attribs.name === key))[0]?.attribs.content,
    jsonLd: JSON.parse(text(all(e => e.name === 'script' && e.attribs.type === 'application/ld+json')[0]!)) as { headline: string },
    sidebar: all(e => hasClass(e, 'gs-title') || hasClass(e, 'gs-link')).map(text),
    links: (className: string) => all(e => e.name === 'a' && hasClass(e, className)).map(text),
    attrs: (className: string, name: string) => all(e => e.name === 'a' && hasClass(e, className)).map(e => e.attribs[name]),
    within: (className: string, tag: string) => all(e => hasClass(e, className)).flatMap(c => DomUtils.findAll(e => e.name === tag, c.children)).map(text),
  }
}

describe('a garden with HTML and template characters in its titles', () => {
  beforeAll(async () => {
    built = await buildGarden({
      srcDir: 'test/fixtures/hostile-garden',
      settings: { pipelines: false },
    })
    outDir = built.outDir
  }, 180_000)
  afterAll(() => built?.remove())

  it('builds', () => {
    expect(built.error, built.log).toBeUndefined()
  })

  it.each([
    ['notes/pending.html', TITLES.pending],
    ['notes/symbols.html', TITLES.symbols],
    ['chapters/1-basics.html', TITLES.chapter],
  ])('%s shows its title verbatim in <title>, h1, Open Graph, Twitter and JSON-LD', (file, title) => {
    const p = page(file)
    expect(p.title).toBe(`${title} | 「Kubernetesの知識地図」読書ノート`)
    expect(p.h1).toBe(title)
    expect(p.meta('og:title')).toBe(title)
    expect(p.meta('twitter:title')).toBe(title)
    expect(p.jsonLd.headline).toBe(title)
  })

  it('shows every title verbatim in the sidebar, the nav, backlinks and wikilinks', () => {
    const p = page('chapters/1-basics.html')
    expect(p.sidebar).toEqual(expect.arrayContaining(Object.values(TITLES)))
    expect(p.within('VPMenuLink', 'span')).toEqual([TITLES.chapter])
    // Backlinks are the local map's list of linked pages (the pages that link here come first).
    expect(p.within('lm-list', 'a')).toEqual(expect.arrayContaining([TITLES.pending, TITLES.symbols]))
    expect(page('index.html').links('wikilink')).toEqual(expect.arrayContaining(Object.values(TITLES)))
    // Link previews read the target's title from the link's data attribute.
    expect(page('index.html').attrs('wikilink', 'data-preview-title')).toEqual(expect.arrayContaining(Object.values(TITLES)))
  })

  it('shows a heading written with entities and backslash escapes once-escaped, also as a wikilink label', () => {
    const p = page('chapters/1-basics.html')
    expect(p.within('vp-doc', 'h2')).toContain('見出しの <実体参照> と <エスケープ>')
    expect(page('notes/symbols.html').links('wikilink')).toContain('見出しの <実体参照> と <エスケープ>')
  })

  it('shows every title verbatim on the map and the tags page', () => {
    expect(page('index.html').within('gm-text', 'a')).toEqual(expect.arrayContaining(Object.values(TITLES)))
    expect(page('tags.html').within('tag-group', 'a')).toEqual(expect.arrayContaining(Object.values(TITLES)))
  })

  it('emits only percent-encoded URLs for a note whose file name is Japanese: canonical, Open Graph, JSON-LD, share bar, feed, sitemap', () => {
    const url = `https://k8s-chizu-notes.example.jp/notes/${encodeURIComponent('ノードの退避')}`
    const html = readFileSync(join(outDir, 'notes/ノードの退避.html'), 'utf8')
    const doc = parseDocument(html, { decodeEntities: true })
    const find = (test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children as AnyNode[])
    const p = page('notes/ノードの退避.html')
    const shareBar = find(e => 'data-share-url' in e.attribs)
    const jsonLd = p.jsonLd as unknown as Record<string, string>
    expect(find(e => e.name === 'link' && e.attribs.rel === 'canonical')[0]!.attribs.href).toBe(url)
    expect(p.meta('og:url')).toBe(url)
    expect(p.meta('og:image')).toBe(`https://k8s-chizu-notes.example.jp/og/notes/${encodeURIComponent('ノードの退避')}.png`)
    expect([jsonLd.url, jsonLd.mainEntityOfPage]).toEqual([url, url])
    expect(shareBar.map(e => e.attribs['data-share-url'])).toEqual([url, url])
    const hrefs = find(e => e.name === 'a' && 'data-service' in e.attribs).map(e => e.attribs.href!)
    expect(hrefs.length).toBeGreaterThan(0)
    for (const href of hrefs)
      expect(href).toContain(encodeURIComponent(url))
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain(`<link href="${url}"/>`)
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${url}</loc>`)
    // Nothing in any head or feed is a URL with raw non-ASCII characters.
    for (const text of [
      html,
      readFileSync(join(outDir, 'feed.xml'), 'utf8'),
    ])
      expect(text.match(/https?:\/\/[^\s"'<>]*[^\x21-\x7E\s][^\s"'<>]*/g) ?? []).toEqual([])
  })

  it('writes every title verbatim into the feed and once-escaped into the search index', async () => {
    const feed = new XMLParser().parse(readFileSync(join(outDir, 'feed.xml'), 'utf8')) as { feed: { entry: { title: string }[] } }
    expect(feed.feed.entry.map(e => e.title)).toEqual(expect.arrayContaining(Object.values(TITLES)))
    const { whole } = await readBuiltIndex(outDir)
    expect(Object.values(whole.storedFields).map(f => (f as { title: string }).title)).toContain('EXTERNAL-IP が &lt;pending&gt; のまま')
  })
})
