import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildContentIndex } from '../node/content/index'
import { compareTags, TAG_LABELS, TAG_READINGS, tagLabel } from './tags'

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

describe('compareTags', () => {
  it('gives every labelled tag a reading in hiragana', () => {
    expect(Object.keys(TAG_READINGS).sort()).toEqual(Object.keys(TAG_LABELS).sort())
    for (const reading of Object.values(TAG_READINGS))
      expect(reading).toMatch(/^[\p{Script=Hiragana}ー]+$/u)
  })

  it('sorts by reading (Latin readings first, as the collator puts Latin before kana), an unknown tag by its slug', () => {
    const sorted = [
      'storage',
      'gitops',
      'load-balancing',
      'basics',
      'no-such-tag',
      'argo',
    ].sort(compareTags)
    expect(sorted.map(tagLabel)).toEqual([
      'no-such-tag',
      'Argo',
      'GitOps',
      '基本',
      'ストレージ',
      '負荷分散',
    ])
  })
})
