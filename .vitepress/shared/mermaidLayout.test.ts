import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BOX_PADDING_PX, figureLayout, keepNarrow, labelPxIn, MIN_LABEL_PX, minWidth, narrowSource, PHONE_COLUMN_PX, shownWidth, variantIn } from './mermaidLayout'

// Sizes of real diagrams of the garden (Mermaid 11 and 12 draw them alike, 16-px labels).
const SEQUENCE = { width: 971, height: 891, labelPx: 16 } // chapter 2, as authored
const SEQUENCE_COMPACT = { width: 723, height: 789, labelPx: 16 } // its compact twin
const FLOW_LR = { width: 962, height: 192, labelPx: 16 } // chapter 2's L4/L7 flowchart
const FLOW_TB = { width: 365, height: 456, labelPx: 16 } // … drawn top to bottom
const SMALL = { width: 280, height: 400, labelPx: 16 }

describe('minWidth / shownWidth / labelPxIn', () => {
  it.each([
    // diagram, column → shown width, label px
    [SEQUENCE, PHONE_COLUMN_PX, 729, 12.01],
    [SEQUENCE, 598, 729, 12.01],
    [SEQUENCE, 1200, 971, 16],
    [FLOW_TB, PHONE_COLUMN_PX, 286, 12.54],
    [SMALL, PHONE_COLUMN_PX, 280, 16],
  ])('draws %o in a %i-px column %i px wide, labels at %f px', (d, column, width, label) => {
    expect(shownWidth(d, column)).toBe(width)
    expect(labelPxIn(d, column)).toBeCloseTo(label, 2)
  })

  it('keeps every label at MIN_LABEL_PX or more in any column, for any diagram', () => {
    fc.assert(fc.property(
      fc.integer({ min: 20, max: 4000 }),
      fc.integer({ min: 8, max: 40 }),
      fc.integer({ min: 100, max: 2000 }),
      (width, labelPx, column) => {
        expect(labelPxIn({ width, height: 100, labelPx }, column)).toBeGreaterThanOrEqual(Math.min(labelPx, MIN_LABEL_PX) - 1e-9)
      },
    ))
  })

  it('never enlarges a diagram whose labels are already small, and copes with no labels', () => {
    expect(minWidth({ width: 500, height: 10, labelPx: 10 })).toBe(500)
    expect(minWidth({ width: 500, height: 10, labelPx: 0 })).toBe(500)
  })
})

describe('keepNarrow / variantIn', () => {
  it('keeps a twin that is much narrower than an original that scrolls on a phone', () => {
    expect(keepNarrow(FLOW_LR, FLOW_TB)).toBe(true)
    expect(keepNarrow(SEQUENCE, SEQUENCE_COMPACT)).toBe(true)
  })

  it('drops a twin of a diagram that fits a phone, or one barely narrower', () => {
    expect(keepNarrow(SMALL, { ...SMALL, width: 100 })).toBe(false)
    expect(keepNarrow(FLOW_LR, { ...FLOW_LR, width: 900 })).toBe(false)
  })

  it('shows the twin where the original would scroll, and the original where it fits', () => {
    expect(variantIn(PHONE_COLUMN_PX, FLOW_LR, FLOW_TB)).toBe('narrow')
    expect(variantIn(598, FLOW_LR, FLOW_TB)).toBe('narrow')
    expect(variantIn(722, FLOW_LR, FLOW_TB)).toBe('wide')
    expect(variantIn(PHONE_COLUMN_PX, FLOW_LR)).toBe('wide')
  })
})

describe('figureLayout', () => {
  it('switches below the original\'s min width and shows the hint below the twin\'s, by the figure\'s width', () => {
    const { classes, css } = figureLayout(FLOW_LR, FLOW_TB)
    const at = minWidth(FLOW_LR) + BOX_PADDING_PX
    const hint = minWidth(FLOW_TB) + BOX_PADDING_PX
    expect(classes).toEqual([`mmd-switch-${at}`, `mmd-scroll-${hint}`])
    expect(css).toEqual([
      `@container mermaid (width < ${at}px){.mmd-switch-${at} svg[data-variant=wide]{display:none}.mmd-switch-${at} svg[data-variant=narrow]{display:block}}`,
      `@container mermaid (width < ${hint}px){.mmd-scroll-${hint} .mermaid-hint{display:block}}`,
    ])
  })

  it('gives a diagram without a twin only the hint', () => {
    expect(figureLayout(SEQUENCE).classes).toEqual([`mmd-scroll-${729 + BOX_PADDING_PX}`])
  })
})

describe('narrowSource', () => {
  it.each([
    ['flowchart LR\n  A --> B', 'flowchart TB\n  A --> B'],
    ['graph RL\n  A --> B', 'graph TB\n  A --> B'],
    ['%% 図\nflowchart LR\n  A --> B', '%% 図\nflowchart TB\n  A --> B'],
    // Subgraphs drawn sideways are turned too; labels that mention LR are not.
    ['flowchart TB\n  subgraph S[左から右 LR]\n    direction LR\n    A --> B\n  end', 'flowchart TB\n  subgraph S[左から右 LR]\n    direction TB\n    A --> B\n  end'],
  ])('draws a sideways flowchart top to bottom: %j', (code, narrow) => {
    expect(narrowSource(code)).toBe(narrow)
  })

  it.each([
    'flowchart TB\n  A --> B',
    'flowchart TD\n  A -->|LR| B',
    'graph\n  A --> B',
    'stateDiagram-v2\n  [*] --> A',
    '---\nconfig:\n  sequence:\n    width: 90\n---\nsequenceDiagram\n  A->>B: こんにちは',
  ])('has no twin for %j', (code) => {
    expect(narrowSource(code)).toBeUndefined()
  })

  it('gives a sequence diagram compact margins through its frontmatter, the source untouched', () => {
    const code = 'sequenceDiagram\n  accTitle: 流れ\n  A->>B: 退避を要求'
    const narrow = narrowSource(code)!
    expect(narrow).toMatch(/^---\nconfig:\n {2}sequence:\n(?: {4}\w+: \d+\n)+---\n/)
    expect(narrow).toContain('    actorMargin: 12\n')
    expect(narrow.endsWith(`---\n${code}`)).toBe(true)
  })
})
