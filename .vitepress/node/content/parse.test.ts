import { describe, expect, it } from 'vitest'
import { findImages } from './images'
import { formatError, parsePage } from './parse'

const valid = {
  title: 'GitOps',
  description: 'プル型でマニフェストをクラスタへ同期する運用',
  date: '2026-11-29',
  tags: '[gitops, ci]',
  maturity: 'budding',
}

function page(fields: Record<string, string | undefined>, body = '# GitOps\n\n## なぜ {#why}\n'): string {
  const yaml = Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${v}`).join('\n')
  return `---\n${yaml}\n---\n\n${body}`
}

const messages = (src: string) => parsePage(src, 'notes/gitops.md').errors.map(formatError)

describe('parsePage frontmatter', () => {
  it('accepts a valid page', () => {
    const result = parsePage(page(valid), 'notes/gitops.md')
    expect(result.errors).toEqual([])
    expect(result.frontmatter).toMatchObject({
      title: 'GitOps',
      date: '2026-11-29',
      tags: ['gitops', 'ci'],
      maturity: 'budding',
    })
    expect(result.id).toBe('notes/gitops')
  })

  it.each([
    [
      'title',
      { ...valid, title: undefined },
      'docs/notes/gitops.md:2: frontmatter field "title" is required',
    ],
    [
      'empty title',
      { ...valid, title: '""' },
      'docs/notes/gitops.md:2: frontmatter field "title" must not be empty',
    ],
    [
      'description',
      { ...valid, description: undefined },
      'frontmatter field "description" is required',
    ],
    [
      'long description',
      {
        ...valid,
        description: 'あ'.repeat(121),
      },
      'docs/notes/gitops.md:3: frontmatter field "description" must be 1–120 characters',
    ],
    [
      'date format',
      { ...valid, date: '2026/11/29' },
      'docs/notes/gitops.md:4: frontmatter field "date" must be an ISO date (YYYY-MM-DD)',
    ],
    [
      'impossible date',
      { ...valid, date: '"2026-13-45"' },
      'frontmatter field "date" must be a real calendar date',
    ],
    [
      'empty tags',
      { ...valid, tags: '[]' },
      'frontmatter field "tags" must list at least one tag',
    ],
    [
      'tag case',
      { ...valid, tags: '[GitOps]' },
      'frontmatter field "tags.0" tags must be kebab-case',
    ],
    [
      'Japanese tag',
      { ...valid, tags: '[負荷分散]' },
      'frontmatter field "tags.0" tags must be kebab-case',
    ],
    [
      'maturity',
      { ...valid, maturity: 'ripe' },
      'docs/notes/gitops.md:6: frontmatter field "maturity"',
    ],
    [
      'unknown key',
      { ...valid, titel: 'typo' },
      'frontmatter field "titel"',
    ],
    [
      'closing script tag in the title',
      { ...valid, title: '閉じタグ </script> を含む題' },
      'docs/notes/gitops.md:2: frontmatter field "title" must not contain "</script"',
    ],
    [
      'closing script tag in the description',
      { ...valid, description: '"説明 </SCRIPT >"' },
      'docs/notes/gitops.md:3: frontmatter field "description" must not contain "</script"',
    ],
  ])('rejects a bad %s with file, line and field', (_, fields, message) => {
    expect(messages(page(fields)).join('\n')).toContain(message)
  })

  it('accepts the 120-character description boundary', () => {
    expect(messages(page({
      ...valid,
      description: 'あ'.repeat(120),
    }))).toEqual([])
  })

  it('reports malformed YAML with its line', () => {
    const src = '---\ntitle: GitOps\ndescription: [unclosed\ndate: 2026-11-29\n---\n\n# GitOps\n'
    const [first] = messages(src)
    expect(first).toMatch(/^docs\/notes\/gitops\.md:\d+: malformed frontmatter YAML: /)
  })

  it('reports a missing frontmatter block', () => {
    expect(messages('# GitOps\n')).toEqual(['docs/notes/gitops.md:1: missing frontmatter (a --- block with title, description, date, tags, maturity)'])
  })

  it('collects every error of a page, not only the first', () => {
    expect(messages(page({ ...valid, title: undefined, maturity: 'ripe' }))).toHaveLength(2)
  })
})

describe('parsePage headings and links', () => {
  it('reads explicit anchors and the heading text', () => {
    const result = parsePage(page(valid, '# GitOps\n\n## 送信元IPの固定 {#source-ip}\n\n### 「なぜ」 {#why}\n'), 'notes/gitops.md')
    expect(result.headings).toEqual([
      {
        level: 2,
        text: '送信元IPの固定',
        id: 'source-ip',
        line: 11,
      },
      {
        level: 3,
        text: '「なぜ」',
        id: 'why',
        line: 13,
      },
    ])
  })

  it('reads heading text as the reader sees it: entities, escapes and emphasis decoded', () => {
    const body = '# GitOps\n\n## なぜ &lt;pending&gt; か {#why}\n\n### \\<エスケープ\\> と **強調** と `code` {#esc}\n'
    expect(parsePage(page(valid, body), 'notes/gitops.md').headings.map(h => h.text)).toEqual(['なぜ <pending> か', '<エスケープ> と 強調 と code'])
  })

  it.each([
    ['missing anchor', '## 見出し\n', 'docs/notes/gitops.md:11: h2 "見出し" has no explicit anchor: add {#short-ascii-id}'],
    ['non-ASCII anchor', '## 見出し {#見出し}\n', 'docs/notes/gitops.md:11: anchor "{#見出し}" must be short lowercase ASCII'],
    ['duplicate anchor', '## A {#a}\n\n### B {#a}\n', 'docs/notes/gitops.md:13: duplicate anchor "#a" (first used on line 11)'],
  ])('rejects a %s', (_, body, message) => {
    expect(messages(page(valid, `# GitOps\n\n${body}`)).join('\n')).toContain(message)
  })

  it('ignores headings and links inside code fences and inline code', () => {
    const body = '# GitOps\n\n```md\n## not a heading\n[[nowhere]]\n```\n\n`[[inline]]` と [[kustomize|Kustomize]]\n'
    const result = parsePage(page(valid, body), 'notes/gitops.md')
    expect(result.headings).toEqual([])
    expect(result.links).toEqual([
      { target: 'kustomize', label: 'Kustomize', line: 16 },
    ])
  })

  it('reads targets, anchors and labels with their lines', () => {
    const body = '# GitOps\n\n[[helm]]、[[chapters/3-iac#gitops|第3章]]\n[[kustomize#patch]]\n'
    expect(parsePage(page(valid, body), 'notes/gitops.md').links).toEqual([
      { target: 'helm', line: 11 },
      {
        target: 'chapters/3-iac',
        anchor: 'gitops',
        label: '第3章',
        line: 11,
      },
      { target: 'kustomize', anchor: 'patch', line: 12 },
    ])
  })

  it('reports a fence that is never closed', () => {
    expect(messages(page(valid, '# GitOps\n\n```yaml\nkind: Pod\n'))).toContain('docs/notes/gitops.md:11: a code fence is never closed')
  })
})

describe('findImages', () => {
  it.each([
    [
      '![Podの図](/img/pod.png)',
      [
        { src: '/img/pod.png', alt: 'Podの図' },
      ],
    ],
    [
      '![図 [1]](<./a b.png> "題")',
      [
        { src: './a b.png', alt: '図 [1]' },
      ],
    ],
    [
      '前 ![](x.svg) 後',
      [
        { src: 'x.svg', alt: '' },
      ],
    ],
    [
      '<img src="/a.png" alt="構成図">',
      [
        { src: '/a.png', alt: '構成図' },
      ],
    ],
    [
      '<IMG alt=\'\' src=/b.png>',
      [
        { src: '/b.png', alt: '' },
      ],
    ],
    ['<img alt="名前だけ">', []],
    ['[リンク](/a.png) は画像ではない', []],
  ])('reads %s', (text, expected) => {
    expect(findImages(text, 3)).toEqual(expected.map(e => ({ ...e, line: 3 })))
  })

  it('ignores images inside code', () => {
    const src = page(valid, '# GitOps\n\n`![a](/x.png)`\n\n```md\n![b](/y.png)\n```\n')
    expect(parsePage(src, 'notes/gitops.md').images).toEqual([])
  })
})
