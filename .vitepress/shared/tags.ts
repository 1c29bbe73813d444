// Tags are kebab-case slugs in frontmatter and URLs (/tags#load-balancing, stable when shared); readers
// see them in Japanese. Every tag in use needs a label here (a unit test over docs/ checks it), and
// an unknown tag falls back to its slug rather than disappearing.
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

export function tagLabel(tag: string): string {
  return TAG_LABELS[tag] ?? tag
}
