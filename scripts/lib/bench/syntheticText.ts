// The words of the synthetic garden: tags, topics, aspects, chapters and sentences, a seeded PRNG, and
// the pieces a page is made of (frontmatter, a paragraph, a Mermaid diagram).

export const TAGS = [
  'availability',
  'scheduling',
  'batch',
  'stateful',
  'storage',
  'networking',
  'load-balancing',
  'gitops',
  'ci',
  'manifests',
  'security',
  'containers',
  'operations',
  'basics',
]
export const TOPICS = [
  'Pod',
  'Deployment',
  'Service',
  'Ingress',
  'Job',
  'CronJob',
  'StatefulSet',
  'PersistentVolume',
  'ConfigMap',
  'Secret',
  'HPA',
  'NetworkPolicy',
  'Namespace',
  'ServiceAccount',
  'DaemonSet',
]
export const ASPECTS = [
  '再起動',
  '配置',
  '監視',
  '更新',
  '退避',
  '公開',
  '分離',
  '権限',
  '容量',
  '復旧',
]
export const CHAPTERS = [
  { id: 'chapters/1-basics', title: '第1章 基本' },
  { id: 'chapters/2-running-apps', title: '第2章 アプリの起動' },
  { id: 'chapters/3-iac', title: '第3章 Infrastructure as Code' },
  { id: 'chapters/4-operations', title: '第4章 運用' },
]
const SENTENCES = [
  '{t}の{a}は、本番で最初につまずきやすい論点である。',
  '設定を一つ変えるだけで挙動が大きく変わるので、変更の前後で必ず状態を確かめる。',
  'マニフェストに意図を書いておけば、半年後の自分が読み返しても迷わない。',
  '{t}を使うかどうかは、止めてよい時間と戻す手間の釣り合いで決まる。',
  'kubectl getとdescribeで見える値を、期待した値と一つずつ突き合わせる。',
  'イベントの一覧には、スケジューラやkubeletが判断した理由がそのまま残る。',
  '既定値に頼る場合でも、その既定値がどのバージョンで決まったかを控えておく。',
  '小さなクラスタで試してから、同じ手順を本番の手前の環境でもう一度なぞる。',
  '{a}の失敗は静かに起きるので、アラートの条件を先に決めておくのがよい。',
  'ラベルとセレクタの食い違いは、エラーにならずに何も選ばないという形で表に出る。',
]

/** mulberry32: a tiny seeded PRNG, so the garden is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function noteSlug(i: number): string {
  return `n-${String(i).padStart(4, '0')}`
}

export function noteTitle(i: number): string {
  return `${TOPICS[i % TOPICS.length]}の${ASPECTS[Math.floor(i / TOPICS.length) % ASPECTS.length]} ${String(i).padStart(4, '0')}`
}

export function frontmatter(fields: { title: string, description: string, tags: string[], maturity: string, chapter?: number }): string {
  return [
    '---',
    `title: ${fields.title}`,
    `description: ${fields.description}`,
    'date: 2026-11-29',
    `tags: [${fields.tags.join(', ')}]`,
    `maturity: ${fields.maturity}`,
    ...(fields.chapter
      ? [`chapter: ${fields.chapter}`]
      : []),
    '---',
    '',
  ].join('\n')
}

export function paragraph(random: () => number, topic: string, aspect: string, count: number): string {
  return Array.from({ length: count }).fill(SENTENCES[Math.floor(random() * SENTENCES.length)]!.replaceAll('{t}', topic).replaceAll('{a}', aspect)).join('')
}

export function diagram(i: number, topic: string): string {
  const n = String(i).padStart(4, '0')
  return [
    '```mermaid',
    'flowchart LR',
    `  accTitle: ${topic}の流れ ${n}`,
    `  accDescr: 利用者の要求がServiceを通って${topic}に届き、結果が返るまでの流れ（ノート${n}）`,
    `  U[利用者] --> S[Service]`,
    `  S --> P[${topic} ${n}]`,
    '  P -->|応答| U',
    '```',
  ].join('\n')
}
