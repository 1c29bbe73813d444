import type { HeadConfig } from 'vitepress'
import type { PageEntry } from '../../shared/pages'
import { describe, expect, it } from 'vitest'
import { parseSiteUrl } from '../../shared/site'
import { absoluteUrl, buildPageMeta, cardKicker, isoDate, metaHeadTags, ogImagePath, pageHead, scriptSafeJson } from './meta'

const site = parseSiteUrl('https://example.com/garden/')

const chapter2: PageEntry = {
  id: 'chapters/2-running-apps',
  route: '/chapters/2-running-apps',
  kind: 'chapter',
  title: '第2章 Kubernetesにおけるアプリケーションの起動',
  description: 'アプリを動かす章',
  maturity: 'budding',
  tags: ['availability'],
  date: '2026-11-29',
  chapter: 2,
  anchors: [],
}
const pages = new Map([
  [chapter2.id, chapter2],
])

function note(frontmatter: Record<string, unknown> = {}, lastUpdated?: number) {
  return {
    relativePath: 'notes/pod-disruption-budget.md',
    title: 'PodDisruptionBudget',
    description: 'drain中も可用性を保つ仕組み',
    frontmatter: {
      title: 'PodDisruptionBudget',
      description: 'drain中も可用性を保つ仕組み',
      date: new Date('2026-11-29'),
      tags: ['availability', 'scheduling'],
      chapter: 2,
      ...frontmatter,
    },
    lastUpdated,
  }
}

function property(tags: HeadConfig[], p: string): string[] {
  return tags.filter(t => t[0] === 'meta' && t[1].property === p).map(t => t[1].content!)
}

describe('ogImagePath', () => {
  it.each([
    ['/', 'og/index.png'],
    ['/notes/gitops', 'og/notes/gitops.png'],
    ['/chapters/2-running-apps', 'og/chapters/2-running-apps.png'],
    ['/chapters/', 'og/chapters/index.png'],
  ])('maps %s to %s', (route, path) => {
    expect(ogImagePath(route)).toBe(path)
  })
})

describe('cardKicker', () => {
  it.each([
    ['home', undefined, undefined, '読書ノート'],
    ['chapter', 2, undefined, '第2章のまとめ'],
    [
      'note',
      2,
      '第2章 アプリの起動',
      'ノート・第2章 アプリの起動',
    ],
    ['note', 3, undefined, 'ノート・第3章'],
    ['note', undefined, undefined, 'ノート'],
    ['page', undefined, undefined, 'ページ'],
  ] as const)('names a %s of chapter %s', (kind, chapter, chapterTitle, expected) => {
    expect(cardKicker(kind, chapter, chapterTitle)).toBe(expected)
  })
})

describe('isoDate', () => {
  it.each([
    [
      new Date('2026-11-29'),
      '2026-11-29',
    ],
    ['2026-11-29', '2026-11-29'],
    ['昨日', undefined],
    [undefined, undefined],
    [
      new Date(Number.NaN),
      undefined,
    ],
  ])('reads %s', (value, expected) => {
    expect(isoDate(value)).toBe(expected)
  })
})

describe('absoluteUrl', () => {
  it.each([
    ['https://cdn.example.org/a.png', 'https://cdn.example.org/a.png'],
    ['/images/a.png', 'https://example.com/garden/images/a.png'],
    ['images/a.png', 'https://example.com/garden/images/a.png'],
    ['/images/図 1.png', 'https://example.com/garden/images/%E5%9B%B3%201.png'],
    ['/images/%E5%9B%B3.png', 'https://example.com/garden/images/%E5%9B%B3.png'],
    ['https://cdn.example.org/図.png', 'https://cdn.example.org/%E5%9B%B3.png'],
  ])('resolves %s', (input, expected) => {
    expect(absoluteUrl(site, input)).toBe(expected)
  })
})

describe('every URL of a page whose file name is Japanese', () => {
  const relativePath = 'notes/ノードの退避 #1.md'
  const encoded = 'notes/%E3%83%8E%E3%83%BC%E3%83%89%E3%81%AE%E9%80%80%E9%81%BF%20%231'
  const tags = pageHead(site, {
    relativePath,
    title: 'ノードの退避',
    description: '説明',
    frontmatter: { date: '2026-11-29' },
  })
  const m = buildPageMeta(site, {
    relativePath,
    title: 'ノードの退避',
    description: '説明',
    frontmatter: {},
  })
  const urls = [
    ...tags.filter(t => t[0] === 'link').map(t => t[1].href!),
    ...tags.filter(t => t[0] === 'meta' && /url|image$/.test(t[1].property ?? t[1].name ?? '')).map(t => t[1].content!),
    ...Object.entries(JSON.parse(tags.find(t => t[0] === 'script')![2]!) as Record<string, unknown>)
      .filter(([key]) => ['url', 'mainEntityOfPage', 'image'].includes(key))
      .map(([, value]) => value as string),
  ]

  it('is percent-encoded ASCII in canonical, og:url, og:image, twitter:image and JSON-LD', () => {
    expect(m.url).toBe(`https://example.com/garden/${encoded}`)
    expect(m.image.url).toBe(`https://example.com/garden/og/${encoded}.png`)
    expect(urls).toHaveLength(8)
    for (const url of urls)
      expect(url).toMatch(/^https:\/\/example\.com\/garden\/[\x21-\x7E]*$/)
    expect(urls).toEqual(expect.arrayContaining([m.url, m.image.url, 'https://example.com/garden/feed.xml']))
  })

  it('decodes back to the route the file is served at', () => {
    expect(decodeURIComponent(new URL(m.url).pathname)).toBe('/garden/notes/ノードの退避 #1')
  })
})

describe('buildPageMeta', () => {
  it('builds an article with an absolute clean URL and the generated card', () => {
    const m = buildPageMeta(site, note(), pages)
    expect(m.url).toBe('https://example.com/garden/notes/pod-disruption-budget')
    expect(m.type).toBe('article')
    expect(m.kicker).toBe('ノート・第2章 Kubernetesにおけるアプリケーションの起動')
    expect(m.image).toEqual({
      url: 'https://example.com/garden/og/notes/pod-disruption-budget.png',
      width: 1200,
      height: 630,
      alt: expect.stringContaining('「PodDisruptionBudget」'),
    })
    expect(m.publishedTime).toBe('2026-11-29')
    expect(m.modifiedTime).toBe('2026-11-29')
    expect(m.tags).toEqual(['availability', 'scheduling'])
    expect(m.jsonLd).toMatchObject({ '@type': 'Article', 'headline': 'PodDisruptionBudget', 'datePublished': '2026-11-29' })
  })

  it('makes the home page a website', () => {
    const m = buildPageMeta(site, {
      relativePath: 'index.md',
      title: 'ホーム',
      description: '説明',
      frontmatter: {
        date: '2026-11-29',
        tags: ['review'],
      },
    })
    expect(m.type).toBe('website')
    expect(m.url).toBe('https://example.com/garden/')
    expect(m.image.url).toBe('https://example.com/garden/og/index.png')
    expect(m.jsonLd).toMatchObject({ '@type': 'WebSite', 'url': 'https://example.com/garden/' })
  })

  it('prefers updated, then the git time, then the date for the modified time', () => {
    const git = Date.UTC(2026, 10, 30, 3, 4, 5)
    expect(buildPageMeta(site, note({ updated: '2026-12-01' }, git)).modifiedTime).toBe('2026-12-01')
    expect(buildPageMeta(site, note({}, git)).modifiedTime).toBe('2026-11-30T03:04:05.000Z')
    expect(buildPageMeta(site, note({}, Number.NaN)).modifiedTime).toBe('2026-11-29')
  })

  it('lets frontmatter override the image and the description', () => {
    const m = buildPageMeta(site, note({ image: '/images/pdb.png', description: '上書きした説明' }))
    expect(m.image.url).toBe('https://example.com/garden/images/pdb.png')
    expect(m.image.width).toBeUndefined()
    expect(m.description).toBe('上書きした説明')
  })
})

describe('metaHeadTags', () => {
  it('emits every Open Graph, Twitter and article field once', () => {
    const tags = metaHeadTags(site, buildPageMeta(site, note(), pages))
    for (const p of [
      'og:type',
      'og:title',
      'og:description',
      'og:url',
      'og:site_name',
      'og:locale',
      'og:image',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
      'article:published_time',
      'article:modified_time',
    ])
      expect(property(tags, p), p).toHaveLength(1)
    expect(property(tags, 'og:locale')).toEqual(['ja_JP'])
    expect(property(tags, 'article:tag')).toEqual(['availability', 'scheduling'])
    expect(tags).toContainEqual([
      'link',
      { rel: 'canonical', href: 'https://example.com/garden/notes/pod-disruption-budget' },
    ])
    expect(tags).toContainEqual([
      'meta',
      { name: 'twitter:card', content: 'summary_large_image' },
    ])
    expect(tags).toContainEqual([
      'link',
      expect.objectContaining({ rel: 'alternate', type: 'application/atom+xml', href: 'https://example.com/garden/feed.xml' }),
    ])
    const script = tags.find(t => t[0] === 'script')!
    expect(JSON.parse(script[2]!)).toMatchObject({ '@type': 'Article' })
  })

  it('leaves article fields off the home page', () => {
    const tags = metaHeadTags(site, buildPageMeta(site, {
      relativePath: 'index.md',
      title: 'ホーム',
      description: '説明',
      frontmatter: {},
    }))
    expect(property(tags, 'article:published_time')).toEqual([])
  })
})

describe('pageHead', () => {
  it('gives the 404 page nothing', () => {
    expect(pageHead(site, {
      relativePath: '404.md',
      title: '',
      description: '',
      frontmatter: {},
      isNotFound: true,
    })).toEqual([])
  })
})

describe('scriptSafeJson', () => {
  it('cannot close its script element', () => {
    const json = scriptSafeJson({ headline: '</script><script>alert(1)</script>「見出し」' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>「見出し」')
  })
})
