import type { Reveal } from './outlineReveal'
import { describe, expect, it } from 'vitest'
import { revealScrollTop } from './outlineReveal'

// An outline 400 px tall with a 32 px sticky title, items 32 px tall.
const base: Reveal = {
  scrollTop: 0,
  viewHeight: 400,
  stickyTop: 32,
  itemTop: 64,
  itemHeight: 32,
  margin: 48,
}

describe('revealScrollTop', () => {
  it('leaves the outline alone while the item is in view', () => {
    expect(revealScrollTop(base)).toBe(0)
    expect(revealScrollTop({ ...base, scrollTop: 100, itemTop: 300 })).toBe(100)
  })

  it('scrolls down just enough to show an item below, with its margin', () => {
    expect(revealScrollTop({ ...base, itemTop: 600 })).toBe(600 + 32 - 400 + 48)
  })

  it('scrolls up to show an item above, under the sticky title, never past the top', () => {
    expect(revealScrollTop({ ...base, scrollTop: 500, itemTop: 300 })).toBe(300 - 32 - 48)
    expect(revealScrollTop({ ...base, scrollTop: 500, itemTop: 40 })).toBe(0)
  })

  it('counts an item hidden under the sticky title as out of view', () => {
    expect(revealScrollTop({ ...base, scrollTop: 100, itemTop: 110 })).toBe(110 - 32 - 48)
  })

  it('keeps the top of an item taller than the view in view', () => {
    expect(revealScrollTop({
      ...base,
      viewHeight: 100,
      itemTop: 200,
      itemHeight: 300,
    })).toBe(200 - 32)
  })
})
