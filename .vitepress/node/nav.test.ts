import type { PageEntry } from '../shared/pages'
import { describe, expect, it } from 'vitest'
import { nav, sidebar, SIDEBAR_NOTE_LIMIT, titleHtml } from './nav'

/** Sidebar text without its phrase breaks. */
const plain = (html: string | undefined) => html?.replace(/\u200B/g, '')

function entry(id: string, title: string, chapter?: number): PageEntry {
  const kind = id.startsWith('chapters/')
    ? 'chapter'
    : id.startsWith('notes/')
      ? 'note'
      : 'page'
  return {
    id,
    route: `/${id}`,
    kind,
    title,
    description: '',
    maturity: 'budding',
    tags: ['t'],
    date: '2026-11-29',
    anchors: [],
    ...(chapter
      ? { chapter }
      : {}),
  }
}

function garden(notes: number) {
  return new Map([
    entry('chapters/1-basics', '第1章'),
    entry('chapters/2-running-apps', '第2章'),
    ...Array.from({ length: notes }, (_, i) => entry(`notes/n${i}`, `ノート${i}`, 1 + (i % 2))),
  ].map(p => [p.id, p]))
}

describe('sidebar', () => {
  it('groups each chapter with its notes in Japanese title order', () => {
    const groups = sidebar(new Map([
      entry('chapters/2-running-apps', '第2章'),
      entry('notes/b', 'プローブ', 2),
      entry('notes/a', 'アフィニティ', 2),
    ].map(p => [p.id, p])))
    expect(groups[0]).toEqual({
      text: '第2章',
      items: [
        { text: '第2章の\u200Bまとめ', link: '/chapters/2-running-apps' },
        { text: 'アフィニティ', link: '/notes/a' },
        { text: 'プローブ', link: '/notes/b' },
      ],
    })
  })

  it('lists chapters only when the garden outgrows the limit', () => {
    const count = (notes: number) => sidebar(garden(notes)).flatMap(g => g.items ?? []).filter(i => i.link?.startsWith('/notes/')).length
    expect(count(SIDEBAR_NOTE_LIMIT)).toBe(SIDEBAR_NOTE_LIMIT)
    expect(count(SIDEBAR_NOTE_LIMIT + 1)).toBe(0)
  })
})

describe('nav', () => {
  it('offers the chapters, the impressions and the tags', () => {
    expect(nav(garden(2)).map(i => ('text' in i
      ? i.text
      : ''))).toEqual(['章', '全体の感想', 'タグ'])
  })
})

describe('titles with HTML characters', () => {
  const hostile = new Map([
    entry('chapters/1-basics', '第1章 <基本> & "引用"'),
    entry('notes/pending', 'EXTERNAL-IP が <pending> のまま', 1),
  ].map(p => [p.id, p]))

  it('are escaped for VitePress, which renders nav and sidebar text as HTML', () => {
    const [group] = sidebar(hostile)
    expect(plain(group!.text)).toBe('第1章 &lt;基本&gt; &amp; &quot;引用&quot;')
    expect(group!.items!.map(i => plain(i.text))).toContain('EXTERNAL-IP が &lt;pending&gt; のまま')
    const [chapters] = nav(hostile)
    expect(chapters && 'items' in chapters
      ? chapters.items!.map(i => 'text' in i
          ? plain(i.text)
          : '')
      : []).toEqual(['第1章 &lt;基本&gt; &amp; &quot;引用&quot;'])
  })
})

describe('sidebar in reading order', () => {
  it('lists a chapter\'s notes in the given order and names its summary after the chapter', () => {
    const pages = new Map([
      entry('chapters/2-running-apps', '第2章'),
      entry('notes/b', 'プローブ', 2),
      entry('notes/a', 'アフィニティ', 2),
    ].map(p => [p.id, p]))
    const [group] = sidebar(pages, new Map([
      [
        2,
        ['notes/b', 'notes/a'],
      ],
    ]))
    expect(group!.items!.map(i => plain(i.text))).toEqual(['第2章のまとめ', 'プローブ', 'アフィニティ'])
  })
})

describe('titleHtml', () => {
  it.each([
    ['第2章 Kubernetesにおけるアプリケーションの起動', '第2章 Kubernetesに\u200Bおける\u200Bアプリケーションの\u200B起動'],
    ['Podの一時停止', 'Podの\u200B一時停止'],
    ['<pending> のまま', '&lt;pending&gt; の\u200Bまま'],
    ['spec.template.spec.topologySpreadConstraints[].labelSelector', 'spec.<wbr>template.<wbr>spec.<wbr>topologySpreadConstraints[].<wbr>labelSelector'],
    ['GitOps', 'GitOps'],
  ])('breaks %j between phrases, never inside a word', (title, html) => {
    expect(titleHtml(title)).toBe(html)
  })
})
