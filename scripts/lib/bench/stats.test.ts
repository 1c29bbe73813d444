import { describe, expect, it } from 'vitest'
import { displayWidth, formatBytes, formatChange, formatMs, formatTable, median, parseBuildLog } from './stats'

describe('median', () => {
  it.each([
    [
      [3, 1, 2],
      2,
    ],
    [
      [4, 1, 3, 2],
      2.5,
    ],
    [
      [297],
      297,
    ],
    [[], Number.NaN],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('formatBytes and formatMs', () => {
  it.each([
    [512, '512 B'],
    [58_368, '57.0 KiB'],
    [3 * 1024 * 1024, '3.00 MiB'],
    [Number.NaN, '—'],
  ])('formats %d bytes as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected)
  })

  it.each([
    [297.4, '297 ms'],
    [12_345, '12.35 s'],
  ])('formats %d ms as %s', (ms, expected) => {
    expect(formatMs(ms)).toBe(expected)
  })
})

describe('parseBuildLog', () => {
  it('reads the Mermaid and social-card counters', () => {
    const log = [
      'vitepress v1.6.4',
      '[mermaid] 3 rendered, 12 cached',
      '[og] social cards: 0 rendered, 30 cached, 0 failed, largest 61.2 KB (0.4 s in all)',
    ].join('\n')
    expect(parseBuildLog(log)).toEqual({
      mermaid: { rendered: 3, cached: 12 },
      og: { rendered: 0, cached: 30 },
    })
  })

  it('reads a failed-count suffix and leaves out a pipeline that did not run', () => {
    expect(parseBuildLog('[mermaid] 0 rendered, 5 cached, 1 failed')).toEqual({
      mermaid: { rendered: 0, cached: 5 },
    })
  })
})

describe('formatTable', () => {
  it('pads columns, counting Japanese characters as two columns', () => {
    expect(formatTable(['項目', 'value'], [
      ['build', '12 s'],
      ['ビルド', '3 s'],
    ])).toBe([
      '項目    value',
      '------  -----',
      'build   12 s',
      'ビルド  3 s',
    ].join('\n'))
  })

  it.each([
    ['abc', 3],
    ['日本語', 6],
    ['ｶﾅ', 2],
    ['Ｋ８ｓ', 6],
  ])('measures %j as %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })
})

describe('formatChange', () => {
  it.each([
    [100, 112.5, '+12.5%'],
    [200, 150, '-25.0%'],
    [0, 5, '—'],
  ])('from %d to %d is %s', (a, b, expected) => {
    expect(formatChange(a, b)).toBe(expected)
  })
})
