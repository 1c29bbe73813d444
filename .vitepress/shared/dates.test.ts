import { describe, expect, it } from 'vitest'
import { formatJapaneseDate } from './dates'

// Node carries full ICU: the hand-written format must print exactly what Intl prints.
const formatters = new Map<string, Intl.DateTimeFormat>()
function intl(ms: number, timeZone: string, time: boolean): string {
  const key = `${timeZone} ${time}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('ja-JP', {
      dateStyle: 'long',
      ...(time
        ? { timeStyle: 'short' }
        : {}),
      timeZone,
    })
    formatters.set(key, f)
  }
  return f.format(ms)
}

describe('formatJapaneseDate', () => {
  it('formats a frontmatter date as a calendar day in UTC', () => {
    expect(formatJapaneseDate('2026-11-29T00:00:00.000Z', { timeZone: 'UTC' })).toBe('2026年11月29日')
  })

  it('shows JST: 15:30 UTC is the next day in Tokyo', () => {
    expect(formatJapaneseDate(Date.UTC(2026, 11, 31, 15, 30), { time: true })).toBe('2027年1月1日 0:30')
  })

  it('matches Intl for every hour and minute pattern across a year, in both time zones', () => {
    const start = Date.UTC(2023, 0, 1)
    for (let i = 0; i < 2000; i++) {
      // 2000 instants spread over ~3 years, at uneven minutes.
      const ms = start + i * 47_123_000
      for (const timeZone of ['Asia/Tokyo', 'UTC'] as const) {
        expect(formatJapaneseDate(ms, { timeZone })).toBe(intl(ms, timeZone, false))
        expect(formatJapaneseDate(ms, { timeZone, time: true })).toBe(intl(ms, timeZone, true))
      }
    }
  })

  it('rejects an invalid date instead of printing NaN', () => {
    expect(() => formatJapaneseDate('not a date')).toThrow(RangeError)
  })
})
