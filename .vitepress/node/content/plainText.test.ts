import { describe, expect, it } from 'vitest'
import { excerpt, inlineText, plainText } from './plainText'

describe('inlineText', () => {
  it.each([
    ['## 送信元IPの固定 {#source-ip}', '送信元IPの固定'],
    ['- **本の記述**: `backoffLimit-1` 回', '本の記述: backoffLimit-1 回'],
    ['[[gitops|GitOpsとは]]を読む', 'GitOpsとはを読む'],
    ['[[chapters/2-running-apps#source-ip]]へ', 'source-ipへ'],
    ['[[pod-disruption-budget]]', 'pod-disruption-budget'],
    ['[Jobs](https://kubernetes.io/docs/)（公式）', 'Jobs（公式）'],
    ['**「強調」**した', '「強調」した'],
    ['| a | b |', 'a b'],
    ['| --- | --- |', ''],
    ['> 引用する文', '引用する文'],
  ])('turns %j into plain text', (line, text) => {
    expect(inlineText(line)).toBe(text)
  })
})

describe('plainText', () => {
  it('drops code fences, snippet imports and container markers', () => {
    const md = [
      '# 見出し',
      '',
      '本文である。',
      '```yaml',
      'kind: Job',
      '```',
      '<<< @/notes/examples/job.yaml',
      '::: errata 正誤',
      '誤りを正す。',
      ':::',
      '<script setup>',
      'import X from \'./x.vue\'',
      '</script>',
    ].join('\n')
    expect(plainText(md)).toBe('見出し\n本文である。\n正誤\n誤りを正す。')
  })
})

describe('excerpt', () => {
  it.each([
    ['短い文。', 80, '短い文。'],
    ['あいうえおかきくけこ', 5, 'あいうえ…'],
    ['a  b\nc', 80, 'a b c'],
    ['𠮷野家の牛丼', 3, '𠮷野…'],
  ])('cuts %j to %i characters', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected)
  })
})
