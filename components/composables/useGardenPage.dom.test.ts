import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { gardenPage, setPage } from '../../test/support/vitepress'
import { useGardenPage } from './useGardenPage'

vi.mock('vitepress', () => import('../../test/support/vitepress'))

describe('useGardenPage', () => {
  it('follows the current page\'s garden data, undefined outside the garden', () => {
    const scope = effectScope()
    const garden = scope.run(useGardenPage)!
    setPage({
      relativePath: 'notes/gitops.md',
      title: 'GitOps',
      garden: gardenPage({
        tags: ['可用性'],
      }),
    })
    expect(garden.value?.tags).toEqual(['可用性'])
    setPage({ relativePath: '404.md', title: '見つからない' })
    expect(garden.value).toBeUndefined()
    scope.stop()
  })
})
