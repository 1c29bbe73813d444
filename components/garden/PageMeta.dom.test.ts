import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/support/axe'
import { gardenPage, resetVitepress, setPage } from '../../test/support/vitepress'
import PageMeta from './PageMeta.vue'

vi.mock('vitepress', () => import('../../test/support/vitepress'))

let wrapper: VueWrapper | undefined
beforeEach(resetVitepress)
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function setup(garden = gardenPage()) {
  setPage({ relativePath: 'notes/gitops.md', title: 'GitOps', garden })
  wrapper = mount(PageMeta, { attachTo: document.body })
  return wrapper
}

describe('pageMeta', () => {
  it('shows the maturity badge linking to how to read it, with its meaning as a title', () => {
    const w = setup(gardenPage({ maturity: 'evergreen' }))
    const badge = w.get('a.maturity')
    expect(badge.text()).toBe('成熟度 常緑')
    expect(badge.get('.maturity-label').text()).toBe('常緑')
    expect(badge.text()).not.toMatch(/[A-Z]/i)
    expect(badge.attributes('href')).toBe('/#how-to-read')
    expect(badge.attributes('title')).toBe('十分に育ったノート。内容が安定している')
    expect(badge.classes()).toContain('maturity-evergreen')
  })

  it('lists the tags by their Japanese labels, linking to the tag index by slug', () => {
    const w = setup(gardenPage({
      tags: ['gitops', 'load-balancing', 'not-yet-labelled'],
    }))
    const tags = w.get('ul.tags').findAll('a')
    expect(tags.map(a => a.text())).toEqual(['#GitOps', '#負荷分散', '#not-yet-labelled'])
    expect(tags.map(a => a.attributes('href'))).toEqual(['/tags#gitops', '/tags#load-balancing', '/tags#not-yet-labelled'])
  })

  it('shows the dates as calendar days in Japanese with machine-readable datetimes, and the reading time', () => {
    const w = setup(gardenPage({ date: '2026-01-31', updated: '2026-12-01', readingMinutes: 7 }))
    expect(w.get('.dates').text()).toBe('書いた日 2026年1月31日・更新 2026年12月1日・約7分で読める')
    expect(w.findAll('time').map(t => t.attributes('datetime'))).toEqual(['2026-01-31', '2026-12-01'])
  })

  it('leaves out the update and reading time a page does not have', () => {
    const w = setup(gardenPage({ date: '2026-04-01' }))
    expect(w.get('.dates').text()).toBe('書いた日 2026年4月1日')
  })

  it('renders nothing outside the garden (the 404 page) and follows page changes', async () => {
    setPage({ relativePath: '404.md', title: '見つからない' })
    wrapper = mount(PageMeta)
    expect(wrapper.find('.page-meta').exists()).toBe(false)
    setPage({
      relativePath: 'notes/gitops.md',
      title: 'GitOps',
      garden: gardenPage({ maturity: 'seedling' }),
    })
    await flushPromises()
    expect(wrapper.get('.maturity-label').text()).toBe('芽')
  })

  it('has no axe violations', async () => {
    const w = setup(gardenPage({ updated: '2026-05-01', readingMinutes: 1 }))
    expect(await axeViolations(w.element)).toEqual([])
  })
})
