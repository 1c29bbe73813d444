import { describe, expect, it } from 'vitest'
import { japaneseLocalSearch, withPageTerms } from '../node/search/localSearch'
import { tokenize } from './searchTokenize'

describe('tokenize', () => {
  it.each([
    [
      'Japanese kanji become bigrams',
      '再試行',
      ['再試', '試行'],
    ],
    [
      'a two-character word is one bigram',
      '退避',
      ['退避'],
    ],
    [
      'a one-character run stays a unigram',
      '林',
      ['林'],
    ],
    [
      'kana and kanji in one run share bigrams',
      '送信元を残す',
      ['送信', '信元', '元を', 'を残', '残す'],
    ],
    [
      'the long vowel mark stays inside katakana',
      'ロードバランサー',
      [
        'ロー',
        'ード',
        'ドバ',
        'バラ',
        'ラン',
        'ンサ',
        'サー',
      ],
    ],
    [
      'half-width katakana folds to full width (NFKC)',
      'ｶﾀｶﾅ',
      ['カタ', 'タカ', 'カナ'],
    ],
    [
      'half-width voiced marks combine (NFKC)',
      'ﾃﾞﾌﾟﾛｲ',
      ['デプ', 'プロ', 'ロイ'],
    ],
    [
      'full-width Latin folds to ASCII and lowercase',
      'Ｐｏｄ',
      ['pod'],
    ],
    [
      'English is case-insensitive',
      'PDB pdb Pdb',
      ['pdb'],
    ],
    [
      'camelCase adds its parts',
      'PodDisruptionBudget',
      [
        'poddisruptionbudget',
        'pod',
        'disruption',
        'budget',
      ],
    ],
    [
      'acronym before a word is one part',
      'GRPCRoute',
      ['grpcroute', 'grpc', 'route'],
    ],
    [
      'digits stay with their letters',
      'k8s backoffLimit3',
      [
        'k8s',
        'backofflimit3',
        'backoff',
        'limit3',
      ],
    ],
    [
      'hyphens and dots separate words',
      'kube-proxy v1.33',
      ['kube', 'proxy', 'v1', '33'],
    ],
    [
      'mixed Japanese and English split at the script change',
      'kustomizeのパッチ',
      ['kustomize', 'のパ', 'パッ', 'ッチ'],
    ],
    [
      'a space-separated mixed query',
      'kustomize パッチ',
      ['kustomize', 'パッ', 'ッチ'],
    ],
    [
      'Japanese punctuation and the middle dot separate runs',
      '取得・確認。次へ',
      ['取得', '確認', '次へ'],
    ],
    [
      'full-width digits fold',
      'ｖ１．３１',
      ['v1', '31'],
    ],
    [
      'repeated terms appear once',
      '退避と退避',
      ['退避', '避と', 'と退'],
    ],
    ['empty and symbol-only text gives nothing', '　（）！', []],
  ])('%s', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected)
  })

  it.each([
    ['full-width and half-width queries', 'ｐｏｄ', 'Pod'],
    ['half-width and full-width katakana', 'ﾛｰﾄﾞﾊﾞﾗﾝｻ', 'ロードバランサ'],
    ['English in any case', 'BACKOFFLIMIT', 'backofflimit'],
  ])('treats %s the same', (_name, a, b) => {
    expect(tokenize(a)).toEqual(tokenize(b))
  })

  it('a lowercase API name finds its camelCase spelling', () => {
    expect(tokenize('PodDisruptionBudget')).toEqual(expect.arrayContaining(tokenize('poddisruptionbudget')))
  })

  it('every query bigram of a term occurs in text containing that term', () => {
    const text = tokenize('Jobの再試行の回数はbackoffLimitで決まる')
    for (const term of tokenize('再試行 backofflimit'))
      expect(text).toContain(term)
  })

  it('works after a round trip through source text, as VitePress ships it to the browser', () => {
    // VitePress's deserializeFunctions rebuilds themeConfig functions with new Function.
    // eslint-disable-next-line no-new-func
    const rebuilt = new Function(`return ${tokenize.toString()}`)() as typeof tokenize
    const sample = 'Ｐｏｄを退避させるdrainとPodDisruptionBudget（ｶﾀｶﾅ）'
    expect(rebuilt(sample)).toEqual(tokenize(sample))
  })
})

describe('withPageTerms', () => {
  it.each([
    [
      'adds the description after the h1',
      '<h1>GitOps</h1><p>本文</p>',
      'Gitを正とする',
      '<h1>GitOps</h1>\n<p>Gitを正とする</p>\n<p>本文</p>',
    ],
    [
      'escapes markup in the description',
      '<h1>T</h1>',
      'a<b>&c',
      '<h1>T</h1>\n<p>a&lt;b&gt;&amp;c</p>\n',
    ],
    [
      'leaves pages without an h1 alone',
      '<p>本文</p>',
      '説明',
      '<p>本文</p>',
    ],
    [
      'ignores a missing description',
      '<h1>T</h1>',
      undefined,
      '<h1>T</h1>',
    ],
    [
      'keeps $ signs literal',
      '<h1>T</h1>',
      '$& と $1',
      '<h1>T</h1>\n<p>$&amp; と $1</p>\n',
    ],
  ])('%s', (_name, html, description, expected) => {
    expect(withPageTerms(html, { description })).toBe(expected)
  })

  it('adds the aliases and the tags\' Japanese labels after the description', () => {
    expect(withPageTerms('<h1>PodDisruptionBudget</h1>', {
      description: '説明',
      aliases: ['PDB', 'ドレイン', 3],
      tags: ['availability', 'unknown-tag'],
    }))
      .toBe('<h1>PodDisruptionBudget</h1>\n<p>説明</p>\n<p>PDB / ドレイン</p>\n<p>可用性 / unknown-tag</p>\n')
  })

  it('the options ship the tokenizer and the detailed view', () => {
    expect(japaneseLocalSearch.miniSearch.options.tokenize).toBe(tokenize)
    expect(japaneseLocalSearch.detailedView).toBe(true)
  })
})
