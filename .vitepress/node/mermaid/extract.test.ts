import { describe, expect, it } from 'vitest'
import { parsePage } from '../content/parse'
import { diagramPages, mermaidFences } from './extract'

function fencesOf(source: string) {
  return mermaidFences({
    displayRoot: 'docs',
    parsed: [
      parsePage(source, 'notes/x.md'),
    ],
  })
}

describe('mermaidFences', () => {
  it('finds fences with the line they open on, including nested and tilde fences', () => {
    const source = [
      '---', // 1
      'title: 図', // 2
      '---', // 3
      '', // 4
      '```mermaid', // 5
      'flowchart LR', // 6
      '  A[開始] --> B[終了]', // 7
      '```', // 8
      '', // 9
      '```yaml', // 10
      'kind: Pod', // 11
      '```', // 12
      '', // 13
      '- 手順', // 14
      '', // 15
      '  ~~~mermaid', // 16
      '  sequenceDiagram', // 17
      '    A->>B: 要求', // 18
      '  ~~~', // 19
    ].join('\n')
    expect(fencesOf(source)).toEqual([
      { file: 'docs/notes/x.md', line: 5, code: 'flowchart LR\n  A[開始] --> B[終了]\n' },
      { file: 'docs/notes/x.md', line: 16, code: 'sequenceDiagram\n  A->>B: 要求\n' },
    ])
  })

  it('ignores a fence shown inside another code block', () => {
    expect(fencesOf('---\ntitle: 図\n---\n````md\n```mermaid\nflowchart LR\n```\n````\n')).toEqual([])
  })
})

describe('diagramPages', () => {
  it('lists only pages with diagrams, with their fence count, built file and route', () => {
    const fence = '```mermaid\nflowchart LR\n  A --> B\n```\n'
    const parsed = [
      parsePage(`---\ntitle: 図\n---\n${fence}\n${fence}`, 'index.md'),
      parsePage(`---\ntitle: 図\n---\n${fence}`, 'notes/gitops.md'),
      parsePage('---\ntitle: 文\n---\n本文だけ\n', 'notes/text.md'),
    ]
    expect(diagramPages({ displayRoot: 'docs', parsed })).toEqual([
      {
        rel: 'index.md',
        fences: 2,
        html: 'index.html',
        route: '',
      },
      {
        rel: 'notes/gitops.md',
        fences: 1,
        html: 'notes/gitops.html',
        route: 'notes/gitops',
      },
    ])
  })
})
