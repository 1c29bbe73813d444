import type { PageEntry } from '../../shared/pages'
import { describe, expect, it } from 'vitest'
import { buildLinkGraph } from '../../shared/linkGraph'
import { chapterNumber, readingOrder } from './readingOrder'

function entry(id: string, title: string, chapter?: number): PageEntry {
  const kind = id.startsWith('chapters/')
    ? 'chapter'
    : 'note'
  return {
    id,
    route: `/${id}`,
    kind,
    title,
    description: '',
    maturity: 'budding',
    tags: ['t'],
    date: '2026-11-30',
    anchors: [],
    ...(chapter
      ? { chapter }
      : {}),
  }
}

describe('readingOrder', () => {
  const pages = new Map([
    entry('chapters/2-running-apps', '第2章'),
    entry('notes/argo-workflows', 'Argo Workflows', 2),
    entry('notes/container-images', 'コンテナイメージとDockerfile', 2),
    entry('notes/probes', 'Probe', 2),
    entry('notes/volumes', 'ボリューム', 2),
    entry('notes/affinity', 'アフィニティ', 2),
    entry('notes/gitops', 'GitOps', 3),
  ].map(p => [p.id, p]))
  const graph = buildLinkGraph([
    ...pages.keys(),
  ], [
    { from: 'chapters/2-running-apps', to: 'notes/container-images' },
    { from: 'chapters/2-running-apps', to: 'notes/gitops' },
    { from: 'chapters/2-running-apps', to: 'notes/probes' },
    { from: 'chapters/2-running-apps', to: 'notes/argo-workflows' },
    { from: 'chapters/2-running-apps', to: 'notes/container-images' },
  ])

  it('orders a chapter\'s notes as its page first links them, then the unlinked ones by Japanese title', () => {
    expect(readingOrder(pages, graph).get(2)).toEqual([
      'notes/container-images',
      'notes/probes',
      'notes/argo-workflows',
      'notes/affinity',
      'notes/volumes',
    ])
  })

  it('leaves out notes of other chapters that the chapter page links', () => {
    expect(readingOrder(pages, graph).get(2)).not.toContain('notes/gitops')
  })
})

describe('chapterNumber', () => {
  it.each([
    ['chapters/2-running-apps', 2],
    ['chapters/10-x', 10],
    ['notes/probes', undefined],
  ])('%s → %s', (id, n) => {
    expect(chapterNumber({ id })).toBe(n)
  })
})
