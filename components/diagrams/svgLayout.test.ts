import { describe, expect, it } from 'vitest'
import { labelBox, layoutProblems, pathSegments, segmentCrossesBox, textWidth } from './svgLayout'

describe('svgLayout', () => {
  it('counts full-width characters as 1 em and Latin as less', () => {
    expect(textWidth('起動中', 10)).toBe(30)
    expect(textWidth('web', 10)).toBeCloseTo(18.6)
    expect(textWidth('10.0', 10, { mono: true })).toBeCloseTo(24.8)
  })

  it('anchors label boxes at the start, middle or end', () => {
    const base = { text: 'ノード', y: 20, size: 10 }
    expect(labelBox({ ...base, x: 50 }).x).toBe(50)
    expect(labelBox({ ...base, x: 50, anchor: 'middle' }).x).toBe(35)
    expect(labelBox({ ...base, x: 50, anchor: 'end' }).x).toBe(20)
  })

  it('tells whether a segment passes through a box', () => {
    const box = { x: 10, y: 10, w: 20, h: 10 }
    expect(segmentCrossesBox({ x: 0, y: 0 }, { x: 40, y: 30 }, box)).toBe(true)
    expect(segmentCrossesBox({ x: 20, y: 0 }, { x: 20, y: 9 }, box)).toBe(false)
    expect(segmentCrossesBox({ x: 0, y: 25 }, { x: 40, y: 25 }, box)).toBe(false)
    expect(segmentCrossesBox({ x: 35, y: 0 }, { x: 35, y: 40 }, box)).toBe(false)
  })

  it('reads M, L, H and V path commands into segments', () => {
    expect(pathSegments('M1 2 L3 4 M5 6 H9 V0')).toEqual([
      [
        { x: 1, y: 2 },
        { x: 3, y: 4 },
      ],
      [
        { x: 5, y: 6 },
        { x: 9, y: 6 },
      ],
      [
        { x: 9, y: 6 },
        { x: 9, y: 0 },
      ],
    ])
  })

  it('reports small fonts, labels out of their box or canvas, and crossed labels', () => {
    const label = {
      text: 'ノードA',
      x: 10,
      y: 30,
      size: 12.5,
    }
    expect(layoutProblems({ w: 100, h: 50 }, [
      {
        label,
        box: { x: 0, y: 0, w: 100, h: 50 },
      },
    ], [])).toEqual([])
    expect(layoutProblems({ w: 100, h: 50 }, [
      {
        label: { ...label, size: 9 },
      },
    ], [])).toEqual(['「ノードA」 font 9 < 12.5'])
    expect(layoutProblems({ w: 40, h: 50 }, [
      {
        label,
        box: { x: 0, y: 0, w: 30, h: 50 },
      },
    ], [])).toEqual(['「ノードA」 outside the canvas', '「ノードA」 outside its box'])
    expect(layoutProblems({ w: 100, h: 50 }, [
      { label },
    ], [
      [
        { x: 20, y: 0 },
        { x: 20, y: 50 },
      ],
    ])).toEqual(['「ノードA」 crossed by a line'])
  })
})
