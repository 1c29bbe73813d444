import { describe, expect, it } from 'vitest'
import { gardenMode } from './mode'

describe('gardenMode', () => {
  it('defaults to the full garden', () => {
    expect(gardenMode(undefined)).toBe('on')
    expect(gardenMode('')).toBe('on')
    expect(gardenMode('on')).toBe('on')
  })

  it('knows the two baselines', () => {
    expect(gardenMode('off')).toBe('off')
    expect(gardenMode('plain')).toBe('plain')
  })

  it('rejects anything else instead of building the wrong site', () => {
    expect(() => gardenMode('Off')).toThrow(/on, off or plain/)
  })
})
