import type { ContentIndex } from '../content/index'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { buildContentIndex, indexContent } from '../content/index'
import { formatError, parsePage } from '../content/parse'
import { SEARCH_TEXTS_MODULE, searchTextsPlugin, sectionTexts } from './sectionTexts'

const FIXTURE = fileURLToPath(new URL('../../../test/fixtures/texts', import.meta.url))
const garden = buildContentIndex(FIXTURE, 'fixtures/texts')
const page = (id: string) => garden.byId.get(id)!

const FRONTMATTER = `---
title: 終了
description: Podが止まるまでの流れ
date: 2026-12-01
tags: [fixture]
maturity: seedling
---
`

describe('sectionTexts', () => {
  it('the fixture garden has no content errors', () => {
    expect(garden.errors.map(formatError)).toEqual([])
  })

  it.each<{ name: string, id: string, texts: Record<string, string> }>([
    {
      name: 'keys the lead as \'\' and each section by its heading id, without the h1 or code',
      id: 'index',
      texts: {
        '': 'Podの終了はプローブと関係する。',
        'startup': 'startupProbe が成功するまで待つ。\n起動後に生存プローブを見る。',
        'detail': '猶予は30秒。',
        'end': 'おしまい🐳',
      },
    },
    {
      name: 'falls back to the description when the title is directly followed by a section',
      id: 'notes/probes',
      texts: {
        '': '起動・生存・準備のプローブ',
        'liveness': 'livenessProbe が失敗するとコンテナは再起動する。ホーム',
      },
    },
  ])('$name', ({ id, texts }) => {
    expect(sectionTexts(page(id))).toEqual(texts)
  })

  it('shows an unlabelled wikilink as the page title or heading a reader sees, not its slug', () => {
    const body = '# 終了\n\n[[probes]]と[[probes#liveness]]と[[probes|ラベル]]と[[nowhere]]。\n'
    const texts = sectionTexts(parsePage(`${FRONTMATTER}\n${body}`, 'notes/termination.md'), garden.pages)
    const probes = garden.pages.get('notes/probes')!
    const liveness = probes.anchors.find(a => a.id === 'liveness')!.text
    expect(texts['']).toBe(`${probes.title}と${liveness}とラベルとnowhere。`)
  })

  it.each<{ name: string, body: string, texts: Record<string, string> }>([
    {
      name: 'keeps the lead and ignores the description when there is one',
      body: '# 終了\n\n猶予期間の**あと**に `SIGKILL`。\n',
      texts: { '': '猶予期間のあとに SIGKILL。' },
    },
    {
      name: 'keeps wikilink labels and drops link targets and inline markup',
      body: '# 終了\n\n[[probes|プローブ]]と[公式](https://kubernetes.io)を<b>読む</b>。\n',
      texts: { '': 'プローブと公式を読む。' },
    },
    {
      name: 'drops a fence holding a heading-like line, in the lead and in a section',
      body: '# 終了\n\n```yaml\n# 設定\nterminationGracePeriodSeconds: 30\n```\n\n## 手順 {#steps}\n\n~~~sh\n## 見出しではない\n~~~\n\nkubectl drainを使う。\n',
      texts: { '': 'Podが止まるまでの流れ', 'steps': 'kubectl drainを使う。' },
    },
    {
      name: 'leaves out a section with no text and an h4 stays in its section',
      body: '# 終了\n\n本文。\n\n## 空 {#empty}\n\n## 中身 {#body}\n\n#### 小見出し\n\n中身の文。\n',
      texts: { '': '本文。', 'body': '小見出し\n中身の文。' },
    },
  ])('$name', ({ body, texts }) => {
    expect(sectionTexts(parsePage(`${FRONTMATTER}\n${body}`, 'notes/termination.md'))).toEqual(texts)
  })
})

interface EmittedAsset { type: string, fileName: string, source: string }

/** The plugin's hooks, called the way Vite calls them. */
function plugin(command: 'build' | 'serve', ssr = false, index: ContentIndex = garden) {
  // The hooks are plain functions here (no { handler } objects); Vite's types allow both.
  const p = searchTextsPlugin(() => index) as unknown as {
    configResolved: (config: { command: string, build: { ssr: boolean } }) => void
    resolveId: (id: string) => string | null
    load: (this: { emitFile: (file: EmittedAsset) => string }, id: string) => string | null
    configureServer: (server: { middlewares: { use: (fn: Middleware) => void } }) => void
  }
  p.configResolved({
    command,
    build: { ssr },
  })
  const emitFile = vi.fn((_file: EmittedAsset) => '')
  const load = () => {
    const code = p.load.call({ emitFile }, p.resolveId(SEARCH_TEXTS_MODULE)!)!
    expect(code).toMatch(/^export default /)
    return JSON.parse(code.replace(/^export default /, '')) as Record<string, string>
  }
  return { p, emitFile, load }
}

type Middleware = (req: { url?: string }, res: { setHeader: (k: string, v: string) => void, end: (body: string) => void }, next: () => void) => void

describe('searchTextsPlugin', () => {
  it('resolves only its virtual module', () => {
    const { p } = plugin('build')
    expect(p.resolveId(SEARCH_TEXTS_MODULE)).toBe(`\0${SEARCH_TEXTS_MODULE}`)
    expect(p.resolveId('virtual:search-other')).toBeNull()
    expect(p.load.call({
      emitFile: () => '',
    }, SEARCH_TEXTS_MODULE)).toBeNull()
  })

  it('in a build, maps each route to a content-hashed file and emits it with the page\'s texts', () => {
    const { emitFile, load } = plugin('build')
    const files = load()
    expect(Object.keys(files).sort()).toEqual(['/', '/notes/probes'])
    for (const name of Object.values(files))
      expect(name).toMatch(/^assets\/search\/text\/[\w-]{12}\.json$/)
    expect(new Set(Object.values(files)).size).toBe(2)
    const emitted = Object.fromEntries(emitFile.mock.calls.map(([f]) => [f.fileName, f]))
    expect(emitted[files['/notes/probes']!]).toEqual({
      type: 'asset',
      fileName: files['/notes/probes'],
      source: JSON.stringify(sectionTexts(page('notes/probes'))),
    })
    expect(emitFile).toHaveBeenCalledTimes(2)
  })

  it('names are stable across builds and change only with the page\'s texts', () => {
    const first = plugin('build').load()
    expect(plugin('build').load()).toEqual(first)
    const edited = garden.parsed.map(p => p.id === 'notes/probes'
      ? {
          ...p,
          body: p.body.replace('再起動する', '作り直される'),
        }
      : p)
    const next = plugin('build', false, indexContent(FIXTURE, edited, 'fixtures/texts')).load()
    expect(next['/']).toBe(first['/'])
    expect(next['/notes/probes']).not.toBe(first['/notes/probes'])
  })

  it('the SSR build maps the same files and emits nothing', () => {
    const client = plugin('build').load()
    const { emitFile, load } = plugin('build', true)
    expect(load()).toEqual(client)
    expect(emitFile).not.toHaveBeenCalled()
  })

  it('the dev server maps each route to /@search-text/<id>.json and emits nothing', () => {
    const { emitFile, load } = plugin('serve')
    expect(load()).toEqual({
      '/': '/@search-text/index.json',
      '/notes/probes': '/@search-text/notes/probes.json',
    })
    expect(emitFile).not.toHaveBeenCalled()
  })

  it('the dev server answers a text file from the live index, under any base', () => {
    const { p } = plugin('serve')
    let middleware: Middleware | undefined
    p.configureServer({
      middlewares: {
        use: (fn) => { middleware = fn },
      },
    })
    const answer = (url: string) => {
      const res = {
        setHeader: vi.fn(),
        end: vi.fn(),
      }
      const next = vi.fn()
      middleware!({ url }, res, next)
      return { body: res.end.mock.calls[0]?.[0] as string | undefined, next: next.mock.calls.length }
    }
    expect(answer('/garden/@search-text/notes/probes.json?t=1')).toEqual({
      body: JSON.stringify(sectionTexts(page('notes/probes'))),
      next: 0,
    })
    expect(answer('/@search-text/notes/missing.json')).toEqual({ body: undefined, next: 1 })
    expect(answer('/notes/probes')).toEqual({ body: undefined, next: 1 })
  })
})
