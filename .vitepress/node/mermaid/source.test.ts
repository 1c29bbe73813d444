import { describe, expect, it } from 'vitest'
import { accessibilityProblems, isMermaidInfo } from './source'

describe('accessibilityProblems', () => {
  it.each([
    ['flowchart LR\n  accTitle: 同期の流れ\n  accDescr: GitからPodまで\n  A --> B', []],
    ['sequenceDiagram\n  accTitle: drain\n  accDescr {\n    複数行の説明\n  }\n  A->>B: 要求', []],
    [
      'flowchart LR\n  accDescr: 説明だけ\n  A --> B',
      ['missing accTitle'],
    ],
    [
      'flowchart LR\n  accTitle: 題だけ\n  A --> B',
      ['missing accDescr'],
    ],
    [
      'flowchart LR\n  accTitle:\n  accDescr:\n  A --> B',
      ['missing accTitle', 'missing accDescr'],
    ],
    [
      'flowchart LR\n  A["accTitle: ラベルの中"] --> B',
      ['missing accTitle', 'missing accDescr'],
    ],
  ])('checks %j', (code, expected) => {
    expect(accessibilityProblems(code).map(p => p.split(':')[0])).toEqual(expected)
  })
})

describe('isMermaidInfo', () => {
  it.each([
    ['mermaid', true],
    [' mermaid {.wide}', true],
    ['mermaidjs', false],
    ['yaml', false],
    ['', false],
  ])('%j → %s', (info, expected) => {
    expect(isMermaidInfo(info)).toBe(expected)
  })
})
