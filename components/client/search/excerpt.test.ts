import type { Run } from './excerpt'
import { describe, expect, it } from 'vitest'
import { excerptWindow, markRuns } from './excerpt'

const plain = (text: string): Run => ({ text, mark: false })
const marked = (text: string): Run => ({ text, mark: true })
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('markRuns', () => {
  it.each<{ name: string, text: string, pattern: RegExp | undefined, runs: Run[] }>([
    {
      name: 'an empty text gives no run',
      text: '',
      pattern: /Pod/giu,
      runs: [],
    },
    {
      name: 'no pattern gives one plain run',
      text: 'Podの終了',
      pattern: undefined,
      runs: [
        plain('Podの終了'),
      ],
    },
    {
      name: 'no match gives one plain run',
      text: 'Podの終了',
      pattern: /ノード/gu,
      runs: [
        plain('Podの終了'),
      ],
    },
    {
      name: 'every match in Japanese text is marked',
      text: 'Podの終了とPodの削除',
      pattern: /Pod/giu,
      runs: [
        marked('Pod'),
        plain('の終了と'),
        marked('Pod'),
        plain('の削除'),
      ],
    },
    {
      name: 'a RegExp without the g flag still marks every match',
      text: '終了の前に終了を待つ',
      pattern: /終了/,
      runs: [
        marked('終了'),
        plain('の前に'),
        marked('終了'),
        plain('を待つ'),
      ],
    },
    {
      name: 'the i flag marks other cases as written',
      text: 'pod と POD',
      pattern: /pod/gi,
      runs: [
        marked('pod'),
        plain(' と '),
        marked('POD'),
      ],
    },
    {
      name: 'a match at the end leaves no empty run',
      text: 'ノードをdrain',
      pattern: /drain/giu,
      runs: [
        plain('ノードを'),
        marked('drain'),
      ],
    },
    {
      name: 'the longest alternative wins where words overlap',
      text: 'readinessProbeとProbe',
      pattern: /readinessprobe|probe/giu,
      runs: [
        marked('readinessProbe'),
        plain('と'),
        marked('Probe'),
      ],
    },
    {
      name: 'empty matches are not marked',
      text: 'あxxい',
      pattern: /x*/g,
      runs: [
        plain('あ'),
        marked('xx'),
        plain('い'),
      ],
    },
    {
      name: 'emoji around a match stay whole',
      text: '🐳Docker🐳',
      pattern: /docker/giu,
      runs: [
        plain('🐳'),
        marked('Docker'),
        plain('🐳'),
      ],
    },
  ])('$name', ({ text, pattern, runs }) => {
    const out = markRuns(text, pattern)
    expect(out).toEqual(runs)
    expect(out.map(r => r.text).join('')).toBe(text)
  })

  it('leaves the caller\'s RegExp untouched', () => {
    const pattern = /終了/g
    markRuns('終了の前に終了', pattern)
    expect(pattern.lastIndex).toBe(0)
  })
})

describe('excerptWindow', () => {
  // 15 code points; with a window of 10 and a lead of 3.
  const KANA = 'あいうえおかきくけこさしすせそ'
  const WHALES = '🐳'.repeat(8)

  it.each<{ name: string, text: string, pattern: RegExp | undefined, window: string }>([
    {
      name: 'a short text is returned whole, whitespace collapsed',
      text: ' Podは\n  終了する ',
      pattern: /終了/,
      window: 'Podは 終了する',
    },
    {
      name: 'without a pattern it starts at the beginning',
      text: KANA,
      pattern: undefined,
      window: 'あいうえおかきくけこ…',
    },
    {
      name: 'without a match it starts at the beginning',
      text: KANA,
      pattern: /ぬ/,
      window: 'あいうえおかきくけこ…',
    },
    {
      name: 'a match within the lead keeps the beginning',
      text: KANA,
      pattern: /え/,
      window: 'あいうえおかきくけこ…',
    },
    {
      name: 'a match just past the lead cuts one character',
      text: KANA,
      pattern: /お/,
      window: '…いうえおかきくけこさ…',
    },
    {
      name: 'a match in the middle starts the lead before it',
      text: KANA,
      pattern: /く/,
      window: '…おかきくけこさしすせ…',
    },
    {
      name: 'a match near the end shows the last window',
      text: KANA,
      pattern: /そ/,
      window: '…かきくけこさしすせそ',
    },
    {
      name: 'cuts count code points, never halving an emoji',
      text: `${WHALES}コンテナ${WHALES}`,
      pattern: /コンテナ/u,
      window: '…🐳🐳🐳コンテナ🐳🐳🐳…',
    },
    {
      name: 'a surrogate-pair kanji counts as one character',
      text: '𠮷'.repeat(12),
      pattern: undefined,
      window: `${'𠮷'.repeat(10)}…`,
    },
    {
      name: 'the g flag and its lastIndex do not move the window',
      text: KANA,
      pattern: Object.assign(/く/g, { lastIndex: 12 }),
      window: '…おかきくけこさしすせ…',
    },
  ])('$name', ({ text, pattern, window }) => {
    const out = excerptWindow(text, pattern, 10, 3)
    expect(out).toBe(window)
    expect(out).not.toMatch(LONE_SURROGATE)
  })

  it('by default shows 120 code points from 30 before the match', () => {
    const text = `${'ア'.repeat(100)}退避${'イ'.repeat(100)}`
    expect(excerptWindow(text, /退避/gu)).toBe(`…${'ア'.repeat(30)}退避${'イ'.repeat(88)}…`)
  })
})
