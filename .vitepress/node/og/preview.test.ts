import { describe, expect, it } from 'vitest'
import { parseSiteUrl } from '../../shared/site'
import { buildPageMeta, metaHeadTags } from './meta'
import { previewHtml } from './preview'

const site = parseSiteUrl('https://example.com/')

describe('previewHtml', () => {
  it('lists each page with its card, X and Slack mocks and escaped meta', () => {
    const meta = buildPageMeta(site, {
      relativePath: 'notes/x.md',
      title: '<b>危ない</b>題名',
      description: '説明',
      frontmatter: {
        date: '2026-11-29',
        tags: ['basics'],
      },
    })
    const html = previewHtml([
      {
        meta,
        head: metaHeadTags(site, meta),
        localImage: '/og/notes/x.png',
        localPage: '/notes/x',
      },
    ])
    expect(html).toContain('src="/og/notes/x.png"')
    expect(html).toContain('example.com からのリンク')
    expect(html).toContain('&lt;b&gt;危ない&lt;/b&gt;題名')
    expect(html).not.toContain('<b>危ない</b>')
    expect(html).toContain('og:image:width')
  })
})
