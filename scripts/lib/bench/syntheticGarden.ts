// A synthetic garden for scale benchmarks: N Japanese notes with valid frontmatter, {#anchors},
// wikilinks (to notes, sections and their chapter), tags, and a Mermaid diagram (accTitle/accDescr)
// on one note in `diagramEvery`, plus the trunk pages (home, four chapters, impressions, tags).
// Deterministic: note i is the same text for every N (links stay inside 0..N-1 because they only point
// backwards), so diagrams and social cards rendered for a smaller N are cache hits for a larger one.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface GardenOptions {
  notes: number
  /**
   * One note in this many carries a Mermaid diagram (0: none).
   * @default 5
   */
  diagramEvery?: number
}

export interface GardenFile {
  /** Path relative to srcDir, e.g. 'notes/n-0001.md'. */
  path: string
  content: string
}

const TAGS = [
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
const TOPICS = [
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
const ASPECTS = [
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
const CHAPTERS = [
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
function rng(seed: number): () => number {
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

function noteTitle(i: number): string {
  return `${TOPICS[i % TOPICS.length]}の${ASPECTS[Math.floor(i / TOPICS.length) % ASPECTS.length]} ${String(i).padStart(4, '0')}`
}

function frontmatter(fields: { title: string, description: string, tags: string[], maturity: string, chapter?: number }): string {
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

function paragraph(random: () => number, topic: string, aspect: string, count: number): string {
  return Array.from({ length: count }).fill(SENTENCES[Math.floor(random() * SENTENCES.length)]!.replaceAll('{t}', topic).replaceAll('{a}', aspect)).join('')
}

function diagram(i: number, topic: string): string {
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

export function syntheticNote(i: number, options: { diagramEvery?: number } = {}): GardenFile {
  const random = rng(i + 1)
  const every = options.diagramEvery ?? 5
  const topic = TOPICS[i % TOPICS.length]!
  const aspect = ASPECTS[Math.floor(i / TOPICS.length) % ASPECTS.length]!
  const chapter = (i % CHAPTERS.length) + 1
  const title = noteTitle(i)
  const tags = [TAGS[i % TAGS.length]!, TAGS[(i * 7 + 3) % TAGS.length]!].filter((t, k, all) => all.indexOf(t) === k)
  // Links point only to earlier notes, so the note's text does not depend on N.
  const earlier = i === 0
    ? []
    : [
        ...new Set([
          i - 1,
          Math.floor(random() * i),
          Math.floor(i / 2),
        ]),
      ]
  const links = earlier.map((j, k) => k === 1
    ? `[[${noteSlug(j)}#why|${noteTitle(j)}の理由]]`
    : `[[${noteSlug(j)}]]`)
  const lines = [
    frontmatter({
      title,
      description: `${topic}の${aspect}について、本番で確かめる手順と落とし穴をまとめた合成ノート`,
      tags,
      maturity: ['seedling', 'budding', 'evergreen'][i % 3]!,
      chapter,
    }),
    `# ${title}`,
    '',
    '## 何か {#what}',
    '',
    paragraph(random, topic, aspect, 4),
    '',
    '## なぜ本番で効くか {#why}',
    '',
    paragraph(random, topic, aspect, 5),
    '',
    ...(every > 0 && i % every === 0
      ? [
          diagram(i, topic),
          '',
        ]
      : []),
    '## 落とし穴 {#pitfalls}',
    '',
    `- ${paragraph(random, topic, aspect, 1)}`,
    `- ${paragraph(random, topic, aspect, 1)}`,
    '',
    '## 確かめ方 {#verify}',
    '',
    '```sh',
    `kubectl get ${topic.toLowerCase()} -n demo`,
    '```',
    '',
    paragraph(random, topic, aspect, 2),
    '',
    '## 関連 {#related}',
    '',
    `- [[${CHAPTERS[chapter - 1]!.id}#notes|${CHAPTERS[chapter - 1]!.title}]]`,
    ...links.map(l => `- ${l}`),
    '',
    '## 参考資料 {#references}',
    '',
    '- [Kubernetes Documentation](https://kubernetes.io/docs/)',
    '',
  ]
  return {
    path: `notes/${noteSlug(i)}.md`,
    content: lines.join('\n'),
  }
}

function trunkPages(notes: number): GardenFile[] {
  const chapterPages = CHAPTERS.map((c, k) => {
    const mine = Array.from({ length: notes }, (_, i) => i).filter(i => i % CHAPTERS.length === k)
    return {
      path: `${c.id}.md`,
      content: [
        frontmatter({
          title: c.title,
          description: `${c.title}の要点と、この章から枝分かれする合成ノートの一覧`,
          tags: ['basics'],
          maturity: 'budding',
        }),
        `# ${c.title}`,
        '',
        '## 要点 {#summary}',
        '',
        paragraph(rng(1000 + k), 'クラスタ', '運用', 6),
        '',
        '## ノート {#notes}',
        '',
        ...mine.map(i => `- [[${noteSlug(i)}]]`),
        '',
      ].join('\n'),
    }
  })
  return [
    {
      path: 'index.md',
      content: [
        frontmatter({
          title: '合成ガーデン',
          description: '規模の測定に使う合成の読書ノート',
          tags: ['basics'],
          maturity: 'budding',
        }),
        '# 合成ガーデン',
        '',
        // The home page's way in, as docs/index.md has it (its size grows with the notes).
        '<ChapterList />',
        '',
        '## 地図 {#map}',
        '',
        '<GardenMap />',
        '',
        ...CHAPTERS.map(c => `- [[${c.id}|${c.title}]]`),
        '- [[impressions|全体の感想]]',
        '- [[tags|タグ一覧]]',
        '',
        '## 最近育てたノート {#recent}',
        '',
        '<RecentNotes />',
        '',
      ].join('\n'),
    },
    {
      path: 'impressions.md',
      content: [
        frontmatter({
          title: '全体の感想',
          description: '合成ガーデン全体についての感想',
          tags: ['review'],
          maturity: 'seedling',
        }),
        '# 全体の感想',
        '',
        '## まとめ {#summary}',
        '',
        paragraph(rng(2000), 'Kubernetes', '学習', 5),
        '',
        `- [[index|ホーム]]`,
        '',
      ].join('\n'),
    },
    {
      path: 'tags.md',
      content: [
        frontmatter({
          title: 'タグ一覧',
          description: 'タグごとのページ一覧',
          tags: ['index'],
          maturity: 'evergreen',
        }),
        '# タグ一覧',
        '',
        '<TagIndex />',
        '',
      ].join('\n'),
    },
    ...chapterPages,
  ]
}

export function syntheticGarden(options: GardenOptions): GardenFile[] {
  return [
    ...trunkPages(options.notes),
    ...Array.from({ length: options.notes }, (_, i) => syntheticNote(i, options)),
  ]
}

/** Writes the garden into srcDir (which should be empty or fresh) and returns the number of files. */
export function writeGarden(srcDir: string, options: GardenOptions): number {
  const files = syntheticGarden(options)
  for (const f of files) {
    const path = join(srcDir, f.path)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.content)
  }
  return files.length
}
