import type { Buffer } from 'node:buffer'
import type { CardText } from './template'
import { describe, expect, it } from 'vitest'
import { MAX_CARD_BYTES } from './generate'
import { createCardRenderer } from './render'
import { CARD, TEXT_WIDTH } from './template'

// Parsing the two Noto Sans JP weights takes a few seconds: one renderer for the file.
const renderer = createCardRenderer()

const base: CardText = {
  title: 'PodDisruptionBudget',
  kicker: 'ノート・第2章 Kubernetesにおけるアプリケーションの起動',
  book: '「Kubernetesの知識地図」',
  bookNote: '技術評論社・2023年 の読書ノート',
  siteName: '知識地図ノート',
  host: 'k8s-chizu-notes.example.jp',
}
const longTitle = 'Kubernetesのアプリケーションを本番環境で止めずに動かし続けるために知っておきたい可用性とスケジューリングとバッチ処理とステートフルなワークロードと負荷分散と送信元IPアドレスの保持についての長い覚え書き'

function pngSize(png: Buffer): { width: number, height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
  }
}

describe('createCardRenderer', () => {
  it.each([
    ['a short Latin title', 'GitOps'],
    ['a mixed title', 'Probe（liveness / readiness / startup）'],
    ['a very long Japanese title', longTitle],
    ['an unbreakable Latin run', 'PodDisruptionBudgetTopologySpreadConstraintsBackoffLimitPerIndexMaxUnavailable'],
    ['an API field path', 'spec.template.spec.topologySpreadConstraints[].labelSelector.matchExpressions[].values を読む'],
  ])('fits %s inside the card with the real font', (_, title) => {
    const fitted = renderer.layout({ ...base, title })
    expect(fitted.lines.length * fitted.fontSize * fitted.lineHeight).toBeLessThanOrEqual(CARD.titleHeight)
    for (const line of fitted.lines)
      expect(renderer.measure(line, fitted.fontSize)).toBeLessThanOrEqual(TEXT_WIDTH)
  })

  it('clamps a very long Japanese title with an ellipsis at a phrase boundary or inside the last line', () => {
    const fitted = renderer.layout({ ...base, title: longTitle })
    expect(fitted.clamped).toBe(true)
    expect(fitted.lines.at(-1)).toMatch(/…$/)
    // Lines before the last break where BudouX puts phrase boundaries, not inside 「知識地図」-like words.
    expect(fitted.lines[0]).toBe('Kubernetesのアプリケーションを本番環境で')
  })

  it('breaks an API field path after its dots, not inside its words', () => {
    const fitted = renderer.layout({ ...base, title: 'spec.template.spec.topologySpreadConstraints[].labelSelector.matchExpressions[].values を読む' })
    expect(fitted.clamped).toBe(false)
    for (const [i, line] of fitted.lines.slice(0, -1).entries())
      expect(`${line}|${fitted.lines[i + 1]}`).toMatch(/[.\]]\||\|\./)
  })

  it('draws nothing in the right margin, even for a very long title', async () => {
    const { width, height, data } = await renderer.pixels({ ...base, title: longTitle })
    expect({ width, height }).toEqual({ width: 1200, height: 630 })
    // The right padding (72 px) must stay background white above the brand bar.
    const inked: string[] = []
    for (let y = 0; y < height - 20; y++) {
      for (let x = width - CARD.paddingX + 8; x < width; x++) {
        const i = (y * width + x) * 4
        if (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255)
          inked.push(`${x},${y}`)
      }
    }
    expect(inked).toEqual([])
  })

  it('gives identical bytes for the same card and stays small', async () => {
    const a = await renderer.render({ ...base, title: longTitle })
    const b = await renderer.render({ ...base, title: longTitle })
    expect(a.equals(b)).toBe(true)
    expect(pngSize(a)).toEqual({ width: 1200, height: 630 })
    expect(a.length).toBeLessThanOrEqual(MAX_CARD_BYTES)
  })
})
