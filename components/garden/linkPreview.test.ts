import { describe, expect, it } from 'vitest'
import { placePreview, readPreview } from './linkPreview'

describe('readPreview', () => {
  it('reads a page preview with its maturity label', () => {
    expect(readPreview({ previewTitle: 'Probe', previewMaturity: 'budding', previewDesc: 'Podの状態を確かめる仕組み' })).toEqual({
      title: 'Probe',
      maturity: 'budding',
      maturityLabel: '若葉',
      description: 'Podの状態を確かめる仕組み',
    })
  })

  it('reads a section preview', () => {
    expect(readPreview({
      previewTitle: '第2章',
      previewDesc: '説明',
      previewSection: '送信元IPの固定',
      previewExcerpt: 'LBの後ろでは…',
    })).toMatchObject({
      section: '送信元IPの固定',
      excerpt: 'LBの後ろでは…',
    })
  })

  it.each([
    [{}],
    [
      { previewDesc: '説明だけ' },
    ],
    [
      { previewTitle: '' },
    ],
  ])('returns undefined without a title (%j)', (dataset) => {
    expect(readPreview(dataset)).toBeUndefined()
  })

  it('ignores an unknown maturity', () => {
    expect(readPreview({ previewTitle: 'X', previewMaturity: 'ripe' })?.maturity).toBeUndefined()
  })
})

describe('placePreview', () => {
  const viewport = { width: 360, height: 740 }
  const card = { width: 300, height: 120 }
  it.each([
    [
      'below a link near the top',
      {
        left: 20,
        top: 100,
        width: 80,
        height: 20,
      },
      { left: 20, top: 128, side: 'below' },
    ],
    [
      'above a link near the bottom',
      {
        left: 20,
        top: 700,
        width: 80,
        height: 20,
      },
      { left: 20, top: 572, side: 'above' },
    ],
    [
      'inside the right edge',
      {
        left: 300,
        top: 100,
        width: 50,
        height: 20,
      },
      { left: 52, top: 128, side: 'below' },
    ],
    [
      'inside the left edge',
      {
        left: -10,
        top: 100,
        width: 50,
        height: 20,
      },
      { left: 8, top: 128, side: 'below' },
    ],
  ] as const)('places the card %s', (_, link, expected) => {
    expect(placePreview(link, card, viewport)).toEqual(expected)
  })

  it('stays below when it fits neither side', () => {
    expect(placePreview({
      left: 0,
      top: 60,
      width: 10,
      height: 20,
    }, { width: 300, height: 700 }, viewport).side).toBe('below')
  })
})
