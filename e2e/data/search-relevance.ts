// Relevance set for the site search: queries a reader of these notes would type, each with the
// page (route without base) that must appear among the first 3 results. Written from the notes in
// docs/ before the tokenizer was tuned; used by e2e/search.spec.ts (real search box) and
// scripts/search-eval.ts (tokenizer comparison in node).
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
]
