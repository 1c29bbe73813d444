import { describe, expect, it } from 'vitest'
import { badLabelBreaks, labelRows } from './labelBreaks'

/** A label as Mermaid writes it with htmlLabels: false, one outer tspan per line. */
function label(...rows: string[]): string {
  return `<text y="0">${rows.map(r => `<tspan class="text-outer-tspan row" x="0" dy="1.1em"><tspan class="text-inner-tspan">${r}</tspan></tspan>`).join('')}</text>`
}

describe('labelRows', () => {
  it('reads the lines of multi-line labels only, decoded', () => {
    expect(labelRows(`<svg>${label('one line')}${label('a &amp; b', 'c')}</svg>`)).toEqual([
      ['a & b', 'c'],
    ])
  })
})

describe('badLabelBreaks', () => {
  it('reports a break inside a Latin word', () => {
    expect(badLabelBreaks(label('Ingress/Gateway実装のPo', 'd'), 'G[Ingress/Gateway実装のPod]')).toEqual(['Ingress/Gateway実装のPo|d'])
  })

  it('reports a break inside a Japanese phrase', () => {
    expect(badLabelBreaks(label('代わりのP', 'odを作成'), '代わりのPodを作成')).toHaveLength(1)
  })

  it('accepts a break at a BudouX phrase boundary', () => {
    expect(badLabelBreaks(label('代わりの', 'Podを', '作成'), '代わりのPodを作成')).toEqual([])
  })

  it('accepts a break the author wrote with <br/>', () => {
    expect(badLabelBreaks(label('Ingress/Gateway', '実装のPod'), 'G["Ingress/Gateway<br/>実装のPod"]')).toEqual([])
  })

  it('accepts a break at a space that Mermaid dropped', () => {
    expect(badLabelBreaks(label('L4 load', 'balancer'), 'A[L4 load balancer]')).toEqual([])
  })
})
