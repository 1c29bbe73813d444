import { describe, expect, it } from 'vitest'
import { countText, readingLabel, readingMinutes } from './readingTime'

describe('countText', () => {
  it.each([
    [
      '日本語だけの文。',
      { cjkChars: 7, words: 0 },
    ],
    [
      'Only Latin words here',
      { cjkChars: 0, words: 4 },
    ],
    [
      'PodDisruptionBudgetは可用性を守る',
      { cjkChars: 7, words: 1 },
    ],
    [
      'backoffLimit-1回リトライする',
      { cjkChars: 7, words: 1 },
    ],
    [
      'カタカナー語とｋｕｂｅ',
      { cjkChars: 11, words: 0 },
    ],
    [
      '',
      { cjkChars: 0, words: 0 },
    ],
  ])('counts %j', (text, counts) => {
    expect(countText(text)).toEqual(counts)
  })
})

describe('readingMinutes', () => {
  it.each([
    ['', 0],
    ['短い。', 1],
    [
      'あ'.repeat(500),
      1,
    ],
    [
      'あ'.repeat(501),
      2,
    ],
    [
      'あ'.repeat(1500),
      3,
    ],
    [
      Array.from({ length: 400 }).fill('word').join(' '),
      2,
    ],
    [`${'あ'.repeat(750)} ${Array.from({ length: 100 }).fill('word').join(' ')}`, 2],
    [`${'あ'.repeat(1000)} ${Array.from({ length: 201 }).fill('kubectl').join(' ')}`, 4],
  ])('reads %#-th text in the expected minutes', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes)
  })

  it('takes custom speeds', () => {
    expect(readingMinutes('あ'.repeat(600), { cjkCharsPerMinute: 300 })).toBe(2)
    expect(readingMinutes('a b c d', { wordsPerMinute: 2 })).toBe(2)
  })
})

describe('readingLabel', () => {
  it.each([
    [0, '1分以内で読める'],
    [1, '1分以内で読める'],
    [3, '約3分で読める'],
  ])('labels %i minutes', (minutes, label) => {
    expect(readingLabel(minutes)).toBe(label)
  })
})
