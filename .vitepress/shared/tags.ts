// Tags are kebab-case slugs in frontmatter and URLs (/tags#load-balancing, stable when shared); readers
// see them in Japanese, listed in the order of their Japanese reading (あいうえお順: 「Argo」 as あるご,
// 「可用性」 as かようせい), the way a Japanese index is. Every tag in use needs a label and a reading
// here (unit tests check both), and an unknown tag falls back to its slug rather than disappearing.
export const TAG_LABELS: Readonly<Record<string, string>> = {
  'argo': 'Argo',
  'autoscaling': 'オートスケール',
  'availability': '可用性',
  'basics': '基本',
  'batch': 'バッチ処理',
  'ci': 'CI',
  'containers': 'コンテナ',
  'errata': '正誤',
  'gitops': 'GitOps',
  'index': '索引',
  'load-balancing': '負荷分散',
  'manifests': 'マニフェスト',
  'networking': 'ネットワーク',
  'observability': '可観測性',
  'operations': '運用',
  'resources': 'リソース管理',
  'review': 'レビュー',
  'rollout': 'ロールアウト',
  'scheduling': 'スケジューリング',
  'security': 'セキュリティ',
  'stateful': 'ステートフル',
  'storage': 'ストレージ',
}

/** The labels' readings in hiragana, for sorting (kanji and Latin letters do not sort by sound). */
export const TAG_READINGS: Readonly<Record<string, string>> = {
  'argo': 'あるご',
  'autoscaling': 'おーとすけーる',
  'availability': 'かようせい',
  'basics': 'きほん',
  'batch': 'ばっちしょり',
  'ci': 'しーあい',
  'containers': 'こんてな',
  'errata': 'せいご',
  'gitops': 'ぎっとおぷす',
  'index': 'さくいん',
  'load-balancing': 'ふかぶんさん',
  'manifests': 'まにふぇすと',
  'networking': 'ねっとわーく',
  'observability': 'かかんそくせい',
  'operations': 'うんよう',
  'resources': 'りそーすかんり',
  'review': 'れびゅー',
  'rollout': 'ろーるあうと',
  'scheduling': 'すけじゅーりんぐ',
  'security': 'せきゅりてぃ',
  'stateful': 'すてーとふる',
  'storage': 'すとれーじ',
}

export function tagLabel(tag: string): string {
  return TAG_LABELS[tag] ?? tag
}

// Created on first use: the first Intl object of a page costs tens of milliseconds on a phone.
let collator: Intl.Collator | undefined

/** Tags in the order of their Japanese reading; a tag without one sorts by its label. */
export function compareTags(a: string, b: string): number {
  collator ??= new Intl.Collator('ja')
  return collator.compare(TAG_READINGS[a] ?? tagLabel(a), TAG_READINGS[b] ?? tagLabel(b)) || a.localeCompare(b)
}
