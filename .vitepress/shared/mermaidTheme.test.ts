import { describe, expect, it } from 'vitest'
import { leftoverPlaceholders, MERMAID_ROLES, themeMermaidCss } from './mermaidTheme'

describe('themeMermaidCss', () => {
  it.each([
    ['.node rect{fill:#0c0d03;stroke:#0c0d04;}', '.node rect{fill:var(--mmd-node);stroke:var(--mmd-node-border);}'],
    ['fill:#0C0D01', 'fill:var(--mmd-text)'],
    ['background-color:rgba(12, 13, 7, 0.5);', 'background-color:color-mix(in srgb, var(--mmd-bg) 50%, transparent);'],
    ['fill:rgb(12,13,2)', 'fill:var(--mmd-line)'],
    ['fill:#ff0000;stroke:#000', 'fill:#ff0000;stroke:#000'],
    ['content:"ラベル #0c0d0z"', 'content:"ラベル #0c0d0z"'],
  ])('rewrites %s', (input, expected) => {
    expect(themeMermaidCss(input)).toBe(expected)
  })

  it('gives every role its own placeholder', () => {
    const colours = Object.values(MERMAID_ROLES)
    expect(new Set(colours).size).toBe(colours.length)
  })
})

describe('leftoverPlaceholders', () => {
  it('finds placeholders in hex and rgb form but not other colours', () => {
    expect(leftoverPlaceholders('fill:#0c0d03;stroke:rgba(12,13,4,0.5);color:#123456')).toEqual(['#0c0d03', 'rgba(12,13,4,0.5)'])
    expect(leftoverPlaceholders(themeMermaidCss('fill:#0c0d03;'))).toEqual([])
  })
})
