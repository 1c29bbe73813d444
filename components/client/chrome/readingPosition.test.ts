import type { ReadingState } from './readingPosition'
import { describe, expect, it } from 'vitest'
import { READING_LINE, readingSection } from './readingPosition'

const IDS = ['はじめに', 'argo-cdの同期', 'まとめ'] as const

/** The page's h2/h3 at these viewport tops, scrolled down a little, 800 px tall, not at its end. */
function state(tops: [number, number, number], extra: Partial<ReadingState> = {}): ReadingState {
  return {
    headings: IDS.map((id, i) => ({
      id,
      text: id === 'argo-cdの同期'
        ? 'Argo CDの同期'
        : id,
      top: tops[i]!,
    })),
    scrollY: 600,
    atBottom: false,
    viewportHeight: 800,
    ...extra,
  }
}

describe('readingSection', () => {
  it.each<[string, ReadingState, string | undefined]>([
    [
      'no headings',
      {
        ...state([0, 0, 0]),
        headings: [],
      },
      undefined,
    ],
    [
      'the top of the page, a heading already above the line',
      state([40, 500, 900], { scrollY: 0 }),
      undefined,
    ],
    [
      'less than a pixel from the top',
      state([40, 500, 900], { scrollY: 0.5 }),
      undefined,
    ],
    [
      'no heading up to the line yet',
      state([READING_LINE + 1, 500, 900]),
      undefined,
    ],
    [
      'the first heading exactly on the line',
      state([READING_LINE, 500, 900]),
      'はじめに',
    ],
    [
      'the last heading that passed the line',
      state([-700, 60, 900]),
      'argo-cdの同期',
    ],
    [
      'every heading above the line',
      state([-900, -400, -20]),
      'まとめ',
    ],
    [
      'the end of the page, a short last section below the line',
      state([-900, -400, 700], { atBottom: true }),
      'まとめ',
    ],
    [
      'the end of the page, with a #hash of an earlier section',
      state([-900, 100, 700], { atBottom: true, hash: 'はじめに' }),
      'まとめ',
    ],
    [
      'a #hash below the line in the upper half',
      state([-700, 100, 380], { hash: 'まとめ' }),
      'まとめ',
    ],
    [
      'a #hash in the lower half',
      state([-700, 100, 400], { hash: 'まとめ' }),
      'argo-cdの同期',
    ],
    [
      'a #hash scrolled above the screen',
      state([-700, -100, -10], { hash: 'はじめに' }),
      'まとめ',
    ],
    [
      'a #hash earlier than the line\'s section',
      state([-700, 100, 300], { hash: 'はじめに' }),
      'argo-cdの同期',
    ],
    [
      'a #hash of no heading',
      state([-700, 100, 300], { hash: '存在しない節' }),
      'argo-cdの同期',
    ],
    [
      'an empty #hash',
      state([-700, 100, 300], { hash: '' }),
      'argo-cdの同期',
    ],
  ])('finds, at %s, the section %s', (_, input, expected) => {
    expect(readingSection(input)?.id).toBe(expected)
  })

  it('returns the heading\'s text with its id', () => {
    expect(readingSection(state([-700, 60, 900]))).toEqual({ id: 'argo-cdの同期', text: 'Argo CDの同期' })
    expect(readingSection(state([-700, -60, 900], { atBottom: true }))).toEqual({ id: 'まとめ', text: 'まとめ' })
  })
})
