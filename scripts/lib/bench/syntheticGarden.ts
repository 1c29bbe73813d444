// A synthetic garden for scale benchmarks: N Japanese notes with valid frontmatter, {#anchors},
// wikilinks (to notes, sections and their chapter), tags, and a Mermaid diagram (accTitle/accDescr)
// on one note in `diagramEvery`, plus the trunk pages (home, four chapters, impressions, tags).
// Deterministic: note i is the same text for every N (links stay inside 0..N-1 because they only point
// backwards), so diagrams and social cards rendered for a smaller N are cache hits for a larger one.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ASPECTS, CHAPTERS, diagram, frontmatter, noteSlug, noteTitle, paragraph, rng, TAGS, TOPICS } from './syntheticText'

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

/** Chapter k's page: its summary and the list of its notes (every fourth, from k). */
function chapterPage(c: typeof CHAPTERS[number], k: number, notes: number): GardenFile {
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
}

function trunkPages(notes: number): GardenFile[] {
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
    ...CHAPTERS.map((c, k) => chapterPage(c, k, notes)),
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
