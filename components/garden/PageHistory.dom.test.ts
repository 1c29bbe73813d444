import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../testing/axe'
import { gardenPage, resetVitepress, setPage } from '../testing/vitepress'
import PageHistory from './PageHistory.vue'

vi.mock('vitepress', () => import('../testing/vitepress'))

beforeEach(() => resetVitepress())

describe('pageHistory', () => {
  it('lists the page\'s changes newest first with Japanese dates in JST, inside a closed <details>', async () => {
    setPage({
      relativePath: 'notes/gitops.md',
      garden: gardenPage({
        history: [
          { hash: 'b2c3d4e', date: '2026-11-30T00:30:00+09:00', subject: '「<pending>」の説明を直す' },
          { hash: 'a1b2c3d', date: '2026-11-29T15:00:00Z', subject: 'GitOpsのノートを植える' },
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
          { hash: 'a', date: '2026-11-29T00:00:00Z', subject: 'x' },
        ],
      }),
    })
    expect(mount(PageHistory).find('details').exists()).toBe(false)
    setPage({ relativePath: '404.md' })
    expect(mount(PageHistory).find('details').exists()).toBe(false)
  })
})
