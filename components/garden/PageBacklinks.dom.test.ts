import type { VueWrapper } from '@vue/test-utils'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../testing/axe'
import { gardenPage, resetVitepress, setPage } from '../testing/vitepress'
import PageBacklinks from './PageBacklinks.vue'

vi.mock('vitepress', () => import('../testing/vitepress'))

let wrapper: VueWrapper | undefined
beforeEach(resetVitepress)
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const BACKLINKS = [
  { route: '/chapters/ch3', title: '第3章 アプリをデプロイする', description: 'DeploymentとService' },
  { route: '/notes/argo-cd', title: 'Argo CDの同期', description: 'Gitの状態に合わせる' },
]

function setup(garden: Parameters<typeof gardenPage>[0] | undefined) {
  setPage({ relativePath: 'notes/gitops.md', title: 'GitOps', garden: garden && gardenPage(garden) })
  wrapper = mount(PageBacklinks, { attachTo: document.body })
  return wrapper
}

describe('pageBacklinks', () => {
  it('lists the pages that link here, under a heading that names the section', () => {
    const w = setup({ backlinks: BACKLINKS })
    expect(w.get('section').attributes('aria-labelledby')).toBe('backlinks-title')
    expect(w.get('#backlinks-title').text()).toBe('このページへのリンク')
    const items = w.findAll('li')
    expect(items.map(li => li.get('a').text())).toEqual(['第3章 アプリをデプロイする', 'Argo CDの同期'])
    expect(items.map(li => li.get('a').attributes('href'))).toEqual(['/chapters/ch3', '/notes/argo-cd'])
    expect(items[1]!.get('.description').text()).toBe('Gitの状態に合わせる')
  })

  it('says so when no page links here yet', () => {
    const w = setup({ backlinks: [] })
    expect(w.find('ul').exists()).toBe(false)
    expect(w.get('.empty').text()).toBe('まだどのページからもリンクされていない。')
  })

  it('renders nothing on the home page or outside the garden', () => {
    expect(setup({ kind: 'home', backlinks: BACKLINKS }).find('section').exists()).toBe(false)
    wrapper!.unmount()
    expect(setup(undefined).find('section').exists()).toBe(false)
  })

  it('has no axe violations', async () => {
    const w = setup({ backlinks: BACKLINKS })
    expect(await axeViolations(w.element)).toEqual([])
  })
})
