import type { PageEntry } from '../../shared/pages'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { wikilinkPlugin } from './wikilink'

function page(id: string, title: string, anchors: [string, string][] = []): [string, PageEntry] {
  return [
    id,
    {
      id,
      route: id === 'index'
        ? '/'
        : `/${id}`,
      kind: id.startsWith('notes/')
        ? 'note'
        : id.startsWith('chapters/')
          ? 'chapter'
          : 'page',
      title,
      description: `${title}の説明`,
      maturity: 'budding',
      tags: ['test'],
      date: '2026-11-29',
      anchors: anchors.map(([aid, text]) => ({ id: aid, text, level: 2 as const })),
    },
  ]
}

const pages = new Map([
  page('index', 'ホーム'),
  page('notes/gitops', 'GitOps', [
    ['pull', 'プル型のデプロイ'],
  ]),
  page('notes/pod-disruption-budget', 'PodDisruptionBudget'),
  page('chapters/2-running-apps', '第2章 アプリケーションの起動', [
    ['source-ip', '送信元IPの固定'],
  ]),
  page('impressions', '全体の感想'),
])

async function renderer(base = '/') {
  // VitePress keeps one renderer per process: drop it so that each test gets its own base.
  disposeMdItInstance()
  const md = await createMarkdownRenderer('/tmp', {
    config: md => md.use(wikilinkPlugin, {
      pages: () => pages,
    }),
  }, base)
  return (src: string, env: Record<string, unknown> = { relativePath: 'notes/test.md', cleanUrls: true }) => md.render(src, env)
}

describe('wikilinkPlugin', () => {
  it.each([
    ['[[gitops]]', '<a href="/notes/gitops" class="wikilink">GitOps</a>'],
    ['[[gitops|GitOpsとは]]', '<a href="/notes/gitops" class="wikilink">GitOpsとは</a>'],
    ['[[gitops#pull]]', '<a href="/notes/gitops#pull" class="wikilink">プル型のデプロイ</a>'],
    ['[[gitops#pull|プル型]]', '<a href="/notes/gitops#pull" class="wikilink">プル型</a>'],
    ['[[chapters/2-running-apps#source-ip|第2章]]', '<a href="/chapters/2-running-apps#source-ip" class="wikilink">第2章</a>'],
    ['[[impressions]]', '<a href="/impressions" class="wikilink">全体の感想</a>'],
    ['[[index|ホーム]]', '<a href="/" class="wikilink">ホーム</a>'],
    ['「[[pod-disruption-budget|PDB]]」を使う', '「<a href="/notes/pod-disruption-budget" class="wikilink">PDB</a>」を使う'],
  ])('renders %s as a link', async (src, html) => {
    const render = await renderer()
    expect(render(src)).toContain(html)
  })

  it('prefixes the base path through VitePress\'s link rule', async () => {
    const render = await renderer('/garden/')
    expect(render('[[gitops#pull]]')).toContain('href="/garden/notes/gitops#pull"')
    expect(render('[[index|ホーム]]')).toContain('href="/garden/"')
  })

  it('leaves wikilink syntax inside code alone', async () => {
    const render = await renderer()
    expect(render('`[[gitops]]`')).toContain('<code>[[gitops]]</code>')
    expect(render('```\n[[nowhere]]\n```')).toContain('[[nowhere]]')
  })

  it('leaves an ordinary Markdown link alone', async () => {
    const render = await renderer()
    expect(render('[GitOps](/notes/gitops)')).toContain('<a href="/notes/gitops">GitOps</a>')
  })

  it('throws for an unknown page with file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wikilink-'))
    mkdirSync(join(dir, 'notes'))
    const file = join(dir, 'notes', 'broken.md')
    const source = '---\ntitle: x\n---\n\n# 壊れたリンク\n\n本文では [[no-such-note]] を参照する。\n'
    writeFileSync(file, source)
    const render = await renderer()
    expect(() => render(source.split('---\n')[2]!, { relativePath: 'notes/broken.md', path: file }))
      .toThrow('docs/notes/broken.md:7: unknown wikilink target "[[no-such-note]]"')
  })

  it('throws for an unknown anchor', async () => {
    const render = await renderer()
    expect(() => render('[[gitops#push]]')).toThrow('docs/notes/test.md: unknown anchor "#push" on /notes/gitops')
  })
})
