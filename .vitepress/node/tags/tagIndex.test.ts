import type { PageEntry } from '../../shared/pages'
import { describe, expect, it } from 'vitest'
import { groupByTag } from './tagIndex'

function p(id: string, title: string, tags: string[]): PageEntry {
  return {
    id,
    route: `/${id}`,
    kind: 'note',
    title,
    description: `${title}の説明`,
    maturity: 'seedling',
    tags,
    date: '2026-11-29',
    anchors: [],
  }
}

describe('groupByTag', () => {
  it('lists each tag once with its pages, tags by their Japanese reading and titles in Japanese order', () => {
    const groups = groupByTag([
      p('notes/b', 'ボリューム', ['storage', 'stateful']),
      p('notes/a', 'アクセスモード', ['storage']),
      p('notes/c', 'Helm', ['gitops', 'gitops']),
    ])
    expect(groups.map(g => [
      g.tag,
      g.pages.map(x => x.title),
    ])).toEqual([
      [
        'gitops',
        ['Helm'],
      ],
      [
        'stateful',
        ['ボリューム'],
      ],
      [
        'storage',
        ['アクセスモード', 'ボリューム'],
      ],
    ])
  })

  it('orders the tags あいうえお by reading, not by slug: Argo (あるご), 運用, オートスケール, 可用性 …', () => {
    const tags = [
      'ci',
      'availability',
      'argo',
      'batch',
      'operations',
      'autoscaling',
      'basics',
      'observability',
      'review',
    ]
    expect(groupByTag([
      p('notes/a', 'A', tags),
    ]).map(g => g.tag)).toEqual([
      'argo', // あるご
      'operations', // うんよう
      'autoscaling', // おーとすけーる
      'observability', // かかんそくせい
      'availability', // かようせい
      'basics', // きほん
      'ci', // しーあい
      'batch', // ばっちしょり
      'review', // れびゅー
    ])
  })
})
