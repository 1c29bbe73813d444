import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { gardenDataFor } from '../../.vitepress/shared/garden'
import { axeViolations } from '../../test/support/axe'
import { gardenPage, resetVitepress, setPage } from '../../test/support/vitepress'
import PageHistory from './PageHistory.vue'

vi.mock('vitepress', () => import('../../test/support/vitepress'))

beforeEach(() => resetVitepress())

const FRONTMATTER = {
  title: 'PDB',
  description: 'drain中も可用性を保つ',
  date: '2026-11-29',
  tags: ['availability'],
  maturity: 'budding' as const,
  chapter: 2,
}
const PAGES = new Map([
  [
    'notes/pod-disruption-budget',
    {
      id: 'notes/pod-disruption-budget',
      route: '/notes/pod-disruption-budget',
      kind: 'note',
      title: 'PDB',
      description: 'drain中も可用性を保つ',
      maturity: 'budding',
      tags: ['availability'],
      date: '2026-11-29',
      chapter: 2,
      anchors: [],
    },
  ],
]) as never

describe('pageHistory', () => {
  it('lists the page\'s changes for readers newest first with Japanese dates in JST, inside a closed <details>', async () => {
    setPage({
      relativePath: 'notes/gitops.md',
      garden: gardenPage({
        history: [
          { date: '2026-11-30T00:30:00+09:00', note: '「<pending>」の説明を直す' },
          { date: '2026-11-29T15:00:00Z', note: 'GitOpsのノートを植える' },
        ],
      }),
    })
    const w = mount(PageHistory, { attachTo: document.body })
    const details = w.get('details')
    expect(details.attributes('open')).toBeUndefined()
    expect(w.get('summary').text()).toBe('変更履歴（2件）')
    expect(w.findAll('li').map(li => li.text().replace(/\s+/g, ' '))).toEqual([
      '2026年11月30日 「<pending>」の説明を直す',
      '2026年11月30日 GitOpsのノートを植える',
    ])
    expect(w.findAll('time').map(t => t.attributes('datetime'))).toEqual(['2026-11-30T00:30:00+09:00', '2026-11-29T15:00:00Z'])
    expect(await axeViolations(w.element as HTMLElement)).toEqual([])
    w.unmount()
  })

  it('shows what garden data gives it and nothing else: the commit subject never reaches the page', () => {
    const changes = [
      {
        hash: 'c0ffee0',
        date: '2026-12-07T10:00:00+09:00',
        subject: 'WIP islands: built pages ship a small vanilla runtime',
        notes: [],
      },
      {
        hash: 'b2c3d4e',
        date: '2026-12-01T10:00:00+09:00',
        subject: 'Row 1: drain asks for every eviction at once',
        notes: ['drainが退避を同時に要求することを書いた'],
      },
    ]
    setPage({
      relativePath: 'notes/pod-disruption-budget.md',
      garden: gardenDataFor('notes/pod-disruption-budget', FRONTMATTER, PAGES, {
        links: new Map(),
        backlinks: new Map(),
      } as never, 'https://example.com/notes/pod-disruption-budget', changes),
    })
    const w = mount(PageHistory)
    expect(w.findAll('li').map(li => li.text().replace(/\s+/g, ' '))).toEqual([
      '2026年12月7日 内容を更新',
      '2026年12月1日 drainが退避を同時に要求することを書いた',
    ])
    expect(w.html()).not.toMatch(/WIP|Row 1|c0ffee0/)
  })

  it('shows nothing without history, on the home page and outside the garden', () => {
    setPage({
      relativePath: 'notes/new.md',
      garden: gardenPage({ history: [] }),
    })
    expect(mount(PageHistory).find('details').exists()).toBe(false)
    setPage({
      relativePath: 'index.md',
      garden: gardenPage({
        kind: 'home',
        history: [
          { date: '2026-11-29T00:00:00Z', note: 'x' },
        ],
      }),
    })
    expect(mount(PageHistory).find('details').exists()).toBe(false)
    setPage({ relativePath: '404.md' })
    expect(mount(PageHistory).find('details').exists()).toBe(false)
  })
})
