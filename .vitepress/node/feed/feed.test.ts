import type { PageEntry } from '../../shared/pages'
import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { parseSiteUrl } from '../../shared/site'
import { atomFeed, feedPages, robotsTxt, withLastmod } from './feed'

const site = parseSiteUrl('https://example.com/garden/')

function page(id: string, date: string, title = id): PageEntry {
  return {
    id,
    route: `/${id === 'index'
      ? ''
      : id}`,
    kind: 'note',
    title,
    description: `${title}の説明 <&>`,
    maturity: 'budding',
    tags: ['basics', 'errata'],
    date,
    anchors: [],
  }
}

const pages = new Map([
  [
    'notes/b',
    page('notes/b', '2026-11-29', 'Jobのリトライ'),
  ],
  [
    'notes/a',
    page('notes/a', '2026-11-29', 'CronJob'),
  ],
  [
    'index',
    page('index', '2026-11-01', 'ホーム'),
  ],
])

describe('feedPages', () => {
  it('orders newest first, then by id', () => {
    expect(feedPages(pages).map(p => p.id)).toEqual(['notes/a', 'notes/b', 'index'])
  })
})

describe('atomFeed', () => {
  const xml = atomFeed(site, pages)
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed

  it('is Atom with absolute, clean links and escaped Japanese text', () => {
    expect(feed.id).toBe('https://example.com/garden/')
    expect(feed.updated).toBe('2026-11-29T00:00:00.000Z')
    const entries = feed.entry as { id: string, title: { '#text': string }, link: { '@href': string, '@rel'?: string }[], summary: { '#text': string } }[]
    expect(entries.map(e => e.link.find(l => !l['@rel'])!['@href'])).toEqual([
      'https://example.com/garden/notes/a',
      'https://example.com/garden/notes/b',
      'https://example.com/garden/',
    ])
    expect(entries.map(e => e.id)).toEqual(entries.map(e => e.link[0]!['@href']))
    expect(entries[1]!.title['#text']).toBe('Jobのリトライ')
    expect(entries[1]!.summary['#text']).toBe('Jobのリトライの説明 <&>')
  })

  it('gives the same bytes for the same pages', () => {
    expect(atomFeed(site, pages)).toBe(xml)
  })

  it('percent-encodes a Japanese file name in the entry\'s id, link and card', () => {
    const jp = atomFeed(site, new Map([
      [
        'notes/ノード退避',
        page('notes/ノード退避', '2026-11-29', 'ノード退避'),
      ],
    ]))
    const encoded = 'notes/%E3%83%8E%E3%83%BC%E3%83%89%E9%80%80%E9%81%BF'
    expect(jp).toContain(`<id>https://example.com/garden/${encoded}</id>`)
    expect(jp).toContain(`<link href="https://example.com/garden/${encoded}"/>`)
    expect(jp).toContain(`https://example.com/garden/og/${encoded}.png`)
    expect(jp).not.toMatch(/https:[^"<\s]*[^\x21-\x7E\s]/)
  })
})

describe('robotsTxt', () => {
  it('names the absolute sitemap', () => {
    expect(robotsTxt(site)).toContain('Sitemap: https://example.com/garden/sitemap.xml')
  })
})

describe('withLastmod', () => {
  it.each<[{ url: string, lastmod?: number }, string | number | undefined]>([
    [
      { url: 'notes/a' },
      '2026-11-29',
    ],
    [
      { url: '', lastmod: 1764374400000 },
      1764374400000,
    ],
    [
      { url: 'unknown' },
      undefined,
    ],
  ])('fills %j', (item, lastmod) => {
    expect(withLastmod([item], pages)[0]!.lastmod).toBe(lastmod)
  })
})

describe('atomFeed with generated titles', () => {
  const text = fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', '\'', '{', '}', '\\', '🚀', 'ド', '漢', ' ', 'a', ']', '$'),
    minLength: 1,
    maxLength: 30,
  }).filter(s => s.trim() !== '')

  it('round-trips every title and description through the XML', () => {
    fc.assert(fc.property(text, text, (title, description) => {
      const one = new Map([
        [
          'notes/x',
          {
            ...page('notes/x', '2026-11-30', title),
            description,
          },
        ],
      ])
      const entry = new XMLParser({ processEntities: true, htmlEntities: true, trimValues: false }).parse(atomFeed(site, one)).feed.entry
      expect(String(entry.title)).toBe(title)
      expect(String(entry.summary)).toBe(description)
    }), { numRuns: 50 })
  })
})
