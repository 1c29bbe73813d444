import type { PageEntry } from '../../shared/pages'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { previewAttrs } from './linkPreview'
import { readingPlugin } from './reading'
import { wikilinkPlugin } from './wikilink'

const probes: PageEntry = {
  id: 'notes/probes',
  route: '/notes/probes',
  kind: 'note',
  title: 'Probe',
  description: 'Podが動いているか、受け付けられるかを確かめる仕組み',
  maturity: 'budding',
  tags: ['availability'],
  date: '2026-11-29',
  anchors: [
    {
      id: 'startup',
      text: '起動の確認',
      level: 2,
      excerpt: '起動に時間がかかるアプリでは…',
    },
  ],
}
const pages = new Map([
  [probes.id, probes],
])

describe('previewAttrs', () => {
  it('describes a page', () => {
    expect(previewAttrs(probes)).toEqual([
      ['data-preview-title', 'Probe'],
      ['data-preview-maturity', 'budding'],
      ['data-preview-desc', probes.description],
    ])
  })

  it('adds the section and its excerpt for an anchor', () => {
    expect(previewAttrs(probes, 'startup').slice(3)).toEqual([
      ['data-preview-section', '起動の確認'],
      ['data-preview-excerpt', '起動に時間がかかるアプリでは…'],
    ])
  })
})

describe('readingPlugin', () => {
  async function render(src: string) {
    disposeMdItInstance()
    const md = await createMarkdownRenderer('/tmp', {
      config: (md) => {
        md.use(wikilinkPlugin, {
          pages: () => pages,
        })
        md.use(readingPlugin, {
          pages: () => pages,
        })
      },
    })
    return md.render(src, { relativePath: 'notes/test.md', cleanUrls: true })
  }

  it('puts preview data on wikilinks only', async () => {
    const html = await render('[[probes#startup]]と[外部](https://kubernetes.io/)')
    expect(html).toContain('data-preview-title="Probe"')
    expect(html).toContain('data-preview-section="起動の確認"')
    expect(html.match(/data-preview-title/g)).toHaveLength(1)
  })

  it.each([
    ['**「強調」**した', '<strong>「強調」</strong>した'],
    ['これは**backoffLimit-1回。**の誤り', '<strong>backoffLimit-1回。</strong>の誤り'],
  ])('bolds CJK emphasis next to punctuation: %j', async (src, html) => {
    expect(await render(src)).toContain(html)
  })
})
