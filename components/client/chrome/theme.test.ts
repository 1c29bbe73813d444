import { describe, expect, it } from 'vitest'
import { isDark, storedAppearance } from './theme'

describe('storedAppearance', () => {
  it.each([
    // dark, systemDark, stored
    [true, true, 'auto'],
    [false, false, 'auto'],
    [true, false, 'dark'],
    [false, true, 'light'],
  ] as const)('stores, for dark=%s under a system that prefers dark=%s, %s', (dark, systemDark, expected) => {
    expect(storedAppearance(dark, systemDark)).toBe(expected)
  })
})

describe('isDark', () => {
  it.each([
    // stored, systemDark, dark
    [null, false, false],
    [null, true, true],
    ['', true, true],
    ['auto', false, false],
    ['auto', true, true],
    ['dark', false, true],
    ['dark', true, true],
    ['light', false, false],
    ['light', true, false],
    // Anything else is light, as in VitePress's inline script.
    ['ダーク', true, false],
    ['DARK', false, false],
  ] as const)('reads %j under a system that prefers dark=%s as dark=%s', (stored, systemDark, expected) => {
    expect(isDark(stored, systemDark)).toBe(expected)
  })

  it.each([
    [true, true],
    [true, false],
    [false, true],
    [false, false],
  ])('reads back what storedAppearance stored (dark=%s, systemDark=%s)', (dark, systemDark) => {
    expect(isDark(storedAppearance(dark, systemDark), systemDark)).toBe(dark)
  })
})
