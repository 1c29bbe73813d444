import { describe, expect, it } from 'vitest'
import { routeOf, sidebarHtml } from './sidebarHtml'

const groups = [
  {
    text: '第1章 基本',
    items: [
      { text: '第1章のまとめ', link: '/chapters/1-basics' },
      { text: 'Pod', link: '/notes/pod' },
    ],
  },
  {
    text: '第3章 IaC',
    items: [
      { text: '第3章のまとめ', link: '/chapters/3-iac' },
      { text: 'EXTERNAL-IP が &lt;pending&gt; のまま', link: '/notes/helm' },
    ],
  },
  {
    text: 'ガーデン',
    items: [
      { text: 'タグ一覧', link: '/tags' },
    ],
  },
]

function parse(html: string) {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html')
  return doc.body.firstElementChild!
}

describe('routeOf', () => {
  it.each([
    ['notes/helm.md', '/notes/helm'],
    ['index.md', '/'],
    ['chapters/index.md', '/chapters/'],
    ['chapters/3-iac.md', '/chapters/3-iac'],
  ])('%s → %s', (path, route) => expect(routeOf(path)).toBe(route))
})

describe('sidebarHtml', () => {
  it('opens only the group holding the current page and marks that link', () => {
    const root = parse(sidebarHtml(groups, '/notes/helm'))
    const details = [
      ...root.querySelectorAll('details'),
    ]
    expect(details.map(d => d.hasAttribute('open'))).toEqual([false, true, false])
    expect([
      ...root.querySelectorAll('[aria-current="page"]'),
    ].map(a => a.getAttribute('href'))).toEqual(['/notes/helm'])
  })

  it('opens every group on a page the sidebar does not list', () => {
    const root = parse(sidebarHtml(groups, '/impressions'))
    expect([
      ...root.querySelectorAll('details'),
    ].every(d => d.hasAttribute('open'))).toBe(true)
    expect(root.querySelector('[aria-current]')).toBeNull()
  })

  it('keeps summaries free of interactive content and writes links through href()', () => {
    const root = parse(sidebarHtml(groups, '/tags', l => `/garden${l}`))
    for (const s of root.querySelectorAll('summary'))
      expect(s.querySelector('a, button, input, [tabindex]')).toBeNull()
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/garden/chapters/1-basics')
    expect(root.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe('/garden/tags')
  })

  it('inserts the escaped titles as given and escapes the href', () => {
    const root = parse(sidebarHtml([
      {
        text: 'x',
        items: [
          { text: 'a &amp; b', link: '/q"x' },
        ],
      },
    ], '/'))
    expect(root.querySelector('a')!.textContent).toBe('a & b')
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/q"x')
  })
})
