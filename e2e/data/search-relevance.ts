// Relevance set for the site search: queries a reader of these notes would type, each with the
// page (route without base) that should come first and must appear among the first 3 results.
// Written from the notes in docs/ before the tokenizer was tuned; the last group (2026-11-30) adds
// terms a reader types for which one note is the answer and a chapter or a neighbouring note only
// mentions them. Used by e2e/search-relevance.spec.ts (real search box) and scripts/search-eval.ts (node).
export interface RelevanceCase {
  query: string
  route: string
}

export const searchRelevance: RelevanceCase[] = [
  // Short kanji terms
  { query: '退避', route: '/notes/pod-disruption-budget' },
  { query: '再試行', route: '/notes/job-retries' },
  { query: '送信元', route: '/notes/source-ip-preservation' },
  { query: '優先度', route: '/notes/pod-priority' },
  { query: '名前解決', route: '/notes/indexed-job' },
  { query: '凍結', route: '/notes/ingress' },
  { query: '縮小', route: '/notes/volumes' },
  { query: '正誤', route: '/notes/job-retries' },
  { query: '均等', route: '/notes/topology-spread-constraints' },
  { query: '機密情報', route: '/notes/external-secrets' },
  { query: '長い接続', route: '/notes/grpc-load-balancing' },
  { query: '後片付け', route: '/notes/job-retries' },
  { query: '取りこぼし', route: '/notes/cronjob' },
  { query: 'ノード障害', route: '/notes/statefulset' },
  { query: '欲しかった', route: '/impressions' },
  // Katakana terms (full-width and half-width)
  { query: 'デプロイ', route: '/notes/gitops' },
  { query: 'ロードバランサ', route: '/notes/service-load-balancing' },
  { query: 'ﾛｰﾄﾞﾊﾞﾗﾝｻ', route: '/notes/service-load-balancing' },
  { query: 'プリエンプション', route: '/notes/pod-priority' },
  { query: 'ヘルスチェック', route: '/notes/probes' },
  { query: 'タイムゾーン', route: '/notes/cronjob' },
  { query: 'ウェーブ', route: '/notes/argo-cd' },
  { query: 'アクセスモード', route: '/notes/volumes' },
  { query: 'マルチステージ', route: '/notes/container-images' },
  { query: 'ダイジェスト', route: '/notes/container-images' },
  { query: 'インデックス', route: '/notes/indexed-job' },
  // English API names and tools, any case, full-width too
  { query: 'PodDisruptionBudget', route: '/notes/pod-disruption-budget' },
  { query: 'pdb', route: '/notes/pod-disruption-budget' },
  { query: 'ｐｄｂ', route: '/notes/pod-disruption-budget' },
  { query: 'drain', route: '/notes/pod-disruption-budget' },
  { query: 'backoffLimit', route: '/notes/job-retries' },
  { query: 'timeZone', route: '/notes/cronjob' },
  { query: 'externalTrafficPolicy', route: '/notes/source-ip-preservation' },
  { query: 'ReferenceGrant', route: '/notes/gateway-api' },
  { query: 'GRPCRoute', route: '/notes/gateway-api' },
  { query: 'kubeconform', route: '/notes/manifest-ci' },
  { query: 'PriorityClass', route: '/notes/pod-priority' },
  { query: 'startupProbe', route: '/notes/probes' },
  { query: 'nodeSelector', route: '/notes/pod-placement' },
  { query: 'reclaimPolicy', route: '/notes/volumes' },
  { query: 'ApplicationSet', route: '/notes/argo-cd' },
  { query: 'krew', route: '/chapters/1-basics' },
  { query: 'DAG', route: '/notes/argo-workflows' },
  // Mixed Japanese / English
  { query: 'kustomize パッチ', route: '/notes/kustomize' },
  { query: 'gRPC 負荷分散', route: '/notes/grpc-load-balancing' },
  { query: 'Ingress NGINX 退役', route: '/notes/ingress' },
  { query: 'kube-proxy nftables', route: '/notes/service-load-balancing' },
  { query: 'Helmのテンプレート', route: '/notes/helm' },
  { query: 'pull型', route: '/notes/gitops' },
  { query: 'PROXYプロトコル', route: '/notes/source-ip-preservation' },
  // The term of one note, which chapters and other notes mention in passing (or not at all: the
  // reader's word for it, e.g. ドレイン for drain)
  { query: 'ドレイン', route: '/notes/pod-disruption-budget' },
  { query: 'kubectl drain', route: '/notes/pod-disruption-budget' },
  { query: 'バックオフ', route: '/notes/job-retries' },
  { query: 'アフィニティ', route: '/notes/pod-placement' },
  { query: 'affinity', route: '/notes/pod-placement' },
  { query: 'taint', route: '/notes/pod-placement' },
  { query: 'GRPC', route: '/notes/grpc-load-balancing' },
  { query: 'StatefulSet', route: '/notes/statefulset' },
  { query: 'ステートフルセット', route: '/notes/statefulset' },
  { query: 'Ingress', route: '/notes/ingress' },
  { query: 'イングレス', route: '/notes/ingress' },
  { query: 'Helm', route: '/notes/helm' },
  { query: 'ヘルム', route: '/notes/helm' },
  { query: 'CronJob', route: '/notes/cronjob' },
  { query: 'GitOps', route: '/notes/gitops' },
  { query: 'Argo CD', route: '/notes/argo-cd' },
  { query: 'Kustomize', route: '/notes/kustomize' },
  { query: 'プローブ', route: '/notes/probes' },
  { query: 'readinessProbe', route: '/notes/probes' },
  { query: 'PVC', route: '/notes/volumes' },
  { query: 'ストレージクラス', route: '/notes/volumes' },
  { query: 'Gateway API', route: '/notes/gateway-api' },
  { query: 'Dockerfile', route: '/notes/container-images' },
  { query: 'kubeconfig', route: '/notes/kubernetes-environments' },
  { query: 'オペレーター', route: '/notes/database-operators' },
  { query: 'シークレット', route: '/notes/external-secrets' },
  { query: 'ゾーン', route: '/notes/topology-spread-constraints' },
  { query: 'プライオリティ', route: '/notes/pod-priority' },
  { query: 'ワークフロー', route: '/notes/argo-workflows' },
  { query: '一時停止', route: '/notes/job-lifecycle' },
]

/**
 * Queries that may stay outside the first 3 results, each with the reason. Any other query found
 * outside the first 3 fails the browser test: a query that ranked well before must not regress.
 */
export const knownMisses: Record<string, string> = {}

export interface RelevanceFigures {
  /** Share of queries whose expected page is the first result. */
  top1: number
  /** Share of queries whose expected page is among the first 3 results. */
  top3: number
  /** Mean reciprocal rank (0 when the page is not listed). */
  mrr: number
}

/**
 * Top-1, top-3 and MRR from the 1-based rank of each query's expected page among the listed
 * pages (each page counted once, at its first result), 0 for not listed.
 * @example relevanceFigures([1, 2, 0]) // { top1: 1/3, top3: 2/3, mrr: 0.5 }
 */
export function relevanceFigures(ranks: number[]): RelevanceFigures {
  const n = ranks.length || 1
  return {
    top1: ranks.filter(r => r === 1).length / n,
    top3: ranks.filter(r => r >= 1 && r <= 3).length / n,
    mrr: ranks.reduce((sum, r) => sum + (r
      ? 1 / r
      : 0), 0) / n,
  }
}

/** 1-based rank of `route` among the distinct pages of `routes` (in order), 0 if absent. */
export function pageRank(routes: string[], route: string): number {
  return [
    ...new Set(routes),
  ].indexOf(route) + 1
}
