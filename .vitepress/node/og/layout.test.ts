import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breakableTokens, clampLine, ELLIPSIS, fitText, normalizeText, packLines } from './layout'

// A fake font: every character is one em wide, so widths are easy to reason about.
const measure = (text: string, size: number) => Array.from(text).length * size
// A fake segmenter that splits after the particles の/を/に, roughly as BudouX would.
const segment = (text: string) => text.split(/(?<=[のをに])/)

describe('normalizeText', () => {
  it.each([
    ['  Pod\n\tの配置  ', 'Pod の配置'],
    ['ゼロ幅\u200Bスペース', 'ゼロ幅 スペース'],
    ['制御\u0007文字', '制御 文字'],
  ])('cleans %j', (raw, clean) => {
    expect(normalizeText(raw)).toBe(clean)
  })
})

describe('breakableTokens', () => {
  it('splits phrases and, inside them, after spaces', () => {
    expect(breakableTokens('知識地図の読書 ノート', segment)).toEqual(['知識地図の', '読書 ', 'ノート'])
  })
})

describe('packLines', () => {
  const fits = (max: number) => (s: string) => Array.from(s).length <= max
  it.each([
    [
      ['知識地図の', '読書ノート'],
      10,
      ['知識地図の読書ノート'],
    ],
    [
      ['知識地図の', '読書ノート'],
      6,
      ['知識地図の', '読書ノート'],
    ],
    [
      ['liveness ', '/ ', 'readiness'],
      11,
      ['liveness /', 'readiness'],
    ],
    [
      ['PodDisruptionBudget'],
      10,
      ['Pod', 'Disruption', 'Budget'],
    ],
    [
      ['Kubernetes'],
      4,
      ['Kube', 'rnet', 'es'],
    ],
    [
      ['spec.template.spec.topologySpreadConstraints[].values ', 'を読む'],
      27,
      ['spec.template.spec.', 'topologySpreadConstraints[]', '.values を読む'],
    ],
  ])('packs %j into lines of %i', (tokens, max, lines) => {
    expect(packLines(tokens, fits(max))).toEqual(lines)
  })
})

describe('fitText', () => {
  const options = {
    segment,
    measure,
    maxWidth: 10 * 10,
    maxHeight: 100,
    sizes: [10, 8],
    lineHeight: 1,
    maxLines: 3,
  }

  it('keeps the largest size when the text fits', () => {
    expect(fitText('知識地図の読書ノート', options)).toEqual({
      fontSize: 10,
      lineHeight: 1,
      lines: ['知識地図の読書ノート'],
      clamped: false,
    })
  })

  it('breaks at phrase boundaries, never inside a phrase that fits', () => {
    const fitted = fitText('アプリケーションを本番環境に止めずに届ける', options)
    expect(fitted.lines).toEqual(['アプリケーションを', '本番環境に止めずに', '届ける'])
  })

  it('shrinks the font before cutting', () => {
    const fitted = fitText('アプリケーションを本番環境に止めずに届けるための設定の話です', options)
    expect(fitted.fontSize).toBe(8)
    expect(fitted.clamped).toBe(false)
  })

  it('clamps to the line limit with an ellipsis at the smallest size', () => {
    const fitted = fitText('とても長い題名の'.repeat(10), options)
    expect(fitted.clamped).toBe(true)
    expect(fitted.lines).toHaveLength(3)
    expect(fitted.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true)
    for (const line of fitted.lines)
      expect(measure(line, fitted.fontSize)).toBeLessThanOrEqual(options.maxWidth)
  })
})

describe('clampLine', () => {
  it.each([
    ['ノート・第2章', 'ノート・第2章'],
    ['ノート・第2章 Kubernetesにおけるアプリケーションの起動', 'ノート・第2章 Kubern…'],
  ])('fits %j', (text, line) => {
    expect(clampLine(text, 10, 150, measure)).toBe(line)
  })
})

describe('card title layout with generated titles', () => {
  const title = fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', '{', '}', '\\', '🚀', 'の', '漢', 'a', ' '),
    minLength: 1,
    maxLength: 40,
  })

  it('keeps every character of the title, in order, across its tokens and lines', () => {
    fc.assert(fc.property(title, (raw) => {
      const text = normalizeText(raw)
      const tokens = breakableTokens(text, segment)
      expect(tokens.join('')).toBe(text)
      const lines = packLines(tokens, line => Array.from(line).length <= 8)
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
    }))
  })
})
