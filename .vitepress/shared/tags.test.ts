import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildContentIndex } from '../node/content/index'
import { TAG_LABELS, tagLabel } from './tags'

describe('tagLabel', () => {
  it('shows a known tag in Japanese and an unknown one as its slug', () => {
    expect(tagLabel('load-balancing')).toBe('負荷分散')
    expect(tagLabel('no-such-tag')).toBe('no-such-tag')
  })

  it('has a Japanese label for every tag used in docs/', () => {
    const index = buildContentIndex(fileURLToPath(new URL('../../docs', import.meta.url)), 'docs')
    const used = new Set([
      ...index.pages.values(),
    ].flatMap(p => p.tags))
    expect([...used].filter(t => !(t in TAG_LABELS))).toEqual([])
  })
})
