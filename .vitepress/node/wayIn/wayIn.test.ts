import type { PageChange } from '../../shared/garden'
import type { PageEntry } from '../../shared/pages'
import { describe, expect, it } from 'vitest'
import { chapterWays, RECENT_LIMIT, recentNotes, withoutShallowBoundary } from './wayIn'

function entry(id: string, title: string, extra: Partial<PageEntry> = {}): [string, PageEntry] {
  const kind = id.startsWith('chapters/')
    ? 'chapter'
    : id.startsWith('notes/')
      ? 'note'
      : 'page'
  return [
    id,
    {
      id,
      route: `/${id}`,
      kind,
      title,
      description: `${title}の説明`,
      maturity: 'budding',
      tags: ['t'],
      date: '2026-11-01',
      anchors: [],
      ...extra,
    },
  ]
}

const change = (hash: string, date: string): PageChange => ({ hash, date, subject: 's' })

describe('chapterWays', () => {
  const pages = new Map([
    entry('chapters/2-running-apps', '第2章'),
    entry('chapters/10-extra', '第10章'),
    entry('chapters/1-basics', '第1章'),
    entry('notes/b', 'B', { chapter: 2, maturity: 'seedling' }),
    entry('notes/a', 'A', { chapter: 2 }),
    entry('impressions', '感想'),
  ])

  it('lists the chapters by number with their notes in reading order', () => {
    const ways = chapterWays(pages, new Map([
      [
        2,
        [
          'notes/b',
          'notes/a',
        ],
      ],
    ]))
    expect(ways.map(w => [w.number, w.title, w.description])).toEqual([
      [1, '第1章', '第1章の説明'],
      [2, '第2章', '第2章の説明'],
      [10, '第10章', '第10章の説明'],
    ])
    expect(ways[1]!.notes).toEqual([
      { route: '/notes/b', title: 'B', maturity: 'seedling' },
      { route: '/notes/a', title: 'A', maturity: 'budding' },
    ])
    expect(ways[0]!.notes).toEqual([])
  })
})

describe('recentNotes', () => {
  const pages = new Map([
    entry('index', 'ホーム', { kind: 'home', date: '2026-12-31' }),
    entry('chapters/1-basics', '第1章', { date: '2026-12-31' }),
    entry('notes/old', '古い', { date: '2026-01-01', chapter: 1 }),
    entry('notes/edited', '直した', { date: '2026-01-02', chapter: 1 }),
    entry('notes/planted', '植えた', { date: '2026-11-20', chapter: 1 }),
    entry('notes/git', 'ギット', { date: '2026-01-03', chapter: 1 }),
  ])
  const updated = new Map([
    [
      'notes/edited',
      '2026-11-25',
    ],
  ])
  const updatedOf = (id: string) => updated.get(id)

  it('takes each note\'s last git change, newest first, and only notes', () => {
    const history = new Map([
      [
        'notes/git.md',
        [
          change('aaa1111', '2026-11-30T08:00:00+09:00'),
          change('bbb2222', '2026-01-03T08:00:00+09:00'),
        ],
      ],
      [
        'notes/old.md',
        [
          change('ccc3333', '2026-11-29T23:30:00+00:00'),
        ],
      ],
    ])
    const recent = recentNotes(pages, history, updatedOf)
    expect(recent.map(n => [n.title, n.source, n.dateText])).toEqual([
      // 2026-11-29 23:30 UTC is 11月30日 8:30 in JST: later than ギット's 8:00 JST.
      ['古い', 'git', '2026年11月30日'],
      ['ギット', 'git', '2026年11月30日'],
      ['直した', 'frontmatter', '2026年11月25日'],
      ['植えた', 'frontmatter', '2026年11月20日'],
    ])
    expect(recent[0]!.date).toBe('2026-11-29T23:30:00+00:00')
  })

  it('falls back to frontmatter updated, then date, without any history', () => {
    const recent = recentNotes(pages, new Map(), updatedOf)
    expect(recent.map(n => [n.title, n.date])).toEqual([
      ['直した', '2026-11-25'],
      ['植えた', '2026-11-20'],
      ['ギット', '2026-01-03'],
      ['古い', '2026-01-01'],
    ])
    expect(recent.every(n => n.source === 'frontmatter')).toBe(true)
  })

  it('keeps at most the limit, newest first, ties by title', () => {
    const many = new Map(Array.from({ length: 12 }, (_, i) => entry(`notes/n${i}`, `ノート${String(i).padStart(2, '0')}`, { date: `2026-11-${String(10 + (i % 3)).padStart(2, '0')}` })))
    const recent = recentNotes(many, new Map(), () => undefined)
    expect(recent).toHaveLength(RECENT_LIMIT)
    expect(recent.map(n => n.date)).toEqual([
      '2026-11-12',
      '2026-11-12',
      '2026-11-12',
      '2026-11-12',
      '2026-11-11',
      '2026-11-11',
    ])
    expect(recent.slice(0, 4).map(n => n.title)).toEqual([
      'ノート02',
      'ノート05',
      'ノート08',
      'ノート11',
    ])
  })
})

describe('withoutShallowBoundary', () => {
  it('drops the boundary commit\'s changes (abbreviated hashes) and files left with none', () => {
    const history = new Map([
      [
        'notes/a.md',
        [
          change('1234abc', '2026-11-30T00:00:00Z'),
          change('9999fff', '2026-11-29T00:00:00Z'),
        ],
      ],
      [
        'notes/b.md',
        [
          change('9999fff', '2026-11-29T00:00:00Z'),
        ],
      ],
    ])
    const result = withoutShallowBoundary(history, ['9999fff0123456789abcdef0123456789abcdef0'])
    expect([
      ...result.keys(),
    ]).toEqual(['notes/a.md'])
    expect(result.get('notes/a.md')!.map(c => c.hash)).toEqual(['1234abc'])
    expect(withoutShallowBoundary(history, [])).toEqual(history)
  })
})
