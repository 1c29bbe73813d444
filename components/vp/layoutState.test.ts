import type { DefaultTheme } from 'vitepress'
import type { PageHeader } from './layoutState'
import { describe, expect, it } from 'vitest'
import { hasSidebar, outlineItems } from './layoutState'

const CHAPTERS: DefaultTheme.SidebarItem[] = [
  {
    text: '第3章 アプリケーションの運用',
    items: [
      { text: 'GitOps', link: '/notes/gitops' },
    ],
  },
]

describe('hasSidebar', () => {
  it.each<[string, DefaultTheme.Config['sidebar'], Record<string, unknown>, boolean, boolean]>([
    [
      'a note, with chapters',
      CHAPTERS,
      {},
      false,
      true,
    ],
    [
      'a note, with a sidebar per path',
      { '/notes/': CHAPTERS },
      {},
      false,
      true,
    ],
    [
      'a page that opts out',
      CHAPTERS,
      { sidebar: false },
      false,
      false,
    ],
    [
      'a page that asks for it (sidebar: true)',
      CHAPTERS,
      { sidebar: true },
      false,
      true,
    ],
    [
      'the home layout',
      CHAPTERS,
      { layout: 'home' },
      false,
      false,
    ],
    [
      'the doc layout',
      CHAPTERS,
      { layout: 'doc' },
      false,
      true,
    ],
    [
      'the 404 page',
      CHAPTERS,
      {},
      true,
      false,
    ],
    [
      'no sidebar configured',
      undefined,
      {},
      false,
      false,
    ],
    ['an empty list', [], {}, false, false],
    ['an empty map', {}, {}, false, false],
  ])('says, for %s, %s', (_, sidebar, frontmatter, isNotFound, expected) => {
    expect(hasSidebar({ sidebar }, frontmatter, { isNotFound })).toBe(expected)
  })
})

function h(level: number, title: string, children: PageHeader[] = []): PageHeader {
  return {
    level,
    title,
    link: `#${title}`,
    children,
  }
}
function titles(items: ReturnType<typeof outlineItems>): unknown[] {
  return items.map(i => i.children.length
    ? [
        i.title,
        titles(i.children),
      ]
    : i.title)
}

describe('outlineItems', () => {
  it('keeps h2 and h3 nested as the page has them', () => {
    expect(outlineItems([
      h(2, 'はじめに', [
        h(3, '用語'),
      ]),
      h(2, 'Argo CDの同期', [
        h(3, '自動同期'),
        h(3, '手動同期'),
      ]),
    ])).toEqual([
      {
        title: 'はじめに',
        link: '#はじめに',
        children: [
          { title: '用語', link: '#用語', children: [] },
        ],
      },
      {
        title: 'Argo CDの同期',
        link: '#Argo CDの同期',
        children: [
          { title: '自動同期', link: '#自動同期', children: [] },
          { title: '手動同期', link: '#手動同期', children: [] },
        ],
      },
    ])
  })

  it.each<[string, PageHeader[], unknown[]]>([
    ['no headers', [], []],
    [
      'an h1 around the sections, lifting its children',
      [
        h(1, 'GitOps', [
          h(2, '概要'),
          h(2, 'まとめ'),
        ]),
      ],
      ['概要', 'まとめ'],
    ],
    [
      'h4 under an h3, dropped',
      [
        h(2, '設定', [
          h(3, 'Probe', [
            h(4, 'startupProbe'),
          ]),
        ]),
      ],
      [
        [
          '設定',
          ['Probe'],
        ],
      ],
    ],
    [
      'an h3 with no h2 above it, kept at the top',
      [
        h(3, '前置き'),
        h(2, '本題'),
      ],
      ['前置き', '本題'],
    ],
    [
      'an h2 under an h4 (odd nesting), lifted to the h4\'s place',
      [
        h(2, 'A', [
          h(4, 'B', [
            h(3, 'C'),
          ]),
        ]),
      ],
      [
        [
          'A',
          ['C'],
        ],
      ],
    ],
  ])('handles %s', (_, headers, expected) => {
    expect(titles(outlineItems(headers))).toEqual(expected)
  })

  it('returns nothing for a page without headers', () => {
    expect(outlineItems(undefined)).toEqual([])
  })

  it('drops the extra fields of VitePress\'s headers', () => {
    const withSlug = {
      ...h(2, '概要'),
      slug: 'overview',
      children: [],
    } as PageHeader
    expect(outlineItems([withSlug])).toEqual([
      { title: '概要', link: '#概要', children: [] },
    ])
  })

  it('follows other levels', () => {
    const headers = [
      h(2, '設定', [
        h(3, 'Probe', [
          h(4, 'startupProbe'),
        ]),
      ]),
    ]
    expect(titles(outlineItems(headers, [2, 4]))).toEqual([
      [
        '設定',
        [
          [
            'Probe',
            ['startupProbe'],
          ],
        ],
      ],
    ])
    expect(titles(outlineItems(headers, [3, 3]))).toEqual(['Probe'])
  })
})
