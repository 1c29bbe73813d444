import { describe, expect, it } from 'vitest'
import { NEUTRAL_NOTE, readerHistory } from './history'

describe('readerHistory', () => {
  it('lists every reader note, one line each, newest first', () => {
    expect(readerHistory([
      {
        date: '2026-12-07T10:00:00+09:00',
        notes: ['drainが退避を同時に要求することを書いた', '図を直した'],
      },
      {
        date: '2026-11-29T10:00:00+09:00',
        notes: ['ノートを公開した'],
      },
    ])).toEqual([
      { date: '2026-12-07T10:00:00+09:00', note: 'drainが退避を同時に要求することを書いた' },
      { date: '2026-12-07T10:00:00+09:00', note: '図を直した' },
      { date: '2026-11-29T10:00:00+09:00', note: 'ノートを公開した' },
    ])
  })

  it('folds changes without a note into one neutral line per day (JST), none on a day with a note', () => {
    expect(readerHistory([
      { date: '2026-12-07T12:00:00+09:00', notes: [] },
      {
        date: '2026-12-07T09:00:00+09:00',
        notes: ['例を足した'],
      },
      { date: '2026-12-06T23:30:00Z', notes: [] },
      { date: '2026-11-30T18:00:00+09:00', notes: [] },
      { date: '2026-11-30T08:00:00+09:00', notes: [] },
      { date: '2026-11-29T16:00:00Z', notes: [] },
    ])).toEqual([
      { date: '2026-12-07T09:00:00+09:00', note: '例を足した' },
      { date: '2026-11-30T18:00:00+09:00', note: NEUTRAL_NOTE },
    ])
    expect(NEUTRAL_NOTE).toBe('内容を更新')
  })

  it('is empty without changes', () => {
    expect(readerHistory([])).toEqual([])
  })
})
