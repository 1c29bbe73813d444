import type { PageEntry } from '../../shared/pages'
import type { CardRenderer } from './render'
import { Buffer } from 'node:buffer'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSiteUrl } from '../../shared/site'
import { cardJobs, cardKey, failureReport, generateCards, summarizeCards } from './generate'

const site = parseSiteUrl('https://example.com/garden/')

function page(id: string, title: string, extra: Partial<PageEntry> = {}): PageEntry {
  return {
    id,
    route: `/${id === 'index'
      ? ''
      : id}`,
    kind: id === 'index'
      ? 'home'
      : id.startsWith('notes/')
        ? 'note'
        : 'chapter',
    title,
    description: '説明',
    maturity: 'budding',
    tags: ['basics'],
    date: '2026-11-29',
    anchors: [],
    ...extra,
  }
}

const pages = new Map([
  [
    'index',
    page('index', '「Kubernetesの知識地図」読書ノート'),
  ],
  [
    'chapters/2-running-apps',
    page('chapters/2-running-apps', '第2章 アプリの起動', { chapter: 2 }),
  ],
  [
    'notes/probes',
    page('notes/probes', 'Probe（liveness / readiness / startup）', { chapter: 2 }),
  ],
])

/** Counts renders; its "PNG" is the title's bytes, enough to check what lands where. */
function fakeRenderer(calls: string[], fail?: string): () => CardRenderer {
  return () => ({
    layout: () => ({
      fontSize: 72,
      lineHeight: 1.3,
      lines: [],
      clamped: false,
    }),
    measure: () => 0,
    pixels: async () => ({
      width: 0,
      height: 0,
      data: Buffer.alloc(0),
    }),
    render: async (text) => {
      calls.push(text.title)
      if (text.title === fail)
        throw new Error('描画に失敗')
      return Buffer.from(text.title)
    },
  })
}

describe('cardJobs', () => {
  it('names each card after its route and tells chapter notes by their chapter title', () => {
    const jobs = cardJobs(pages, site)
    expect(jobs.map(j => j.path)).toEqual(['og/chapters/2-running-apps.png', 'og/index.png', 'og/notes/probes.png'])
    expect(jobs[2]!.text).toMatchObject({ kicker: 'ノート・第2章 アプリの起動', siteName: '知識地図ノート', host: 'example.com/garden' })
  })
})

describe('cardKey', () => {
  it('changes with the text and with the renderer versions', () => {
    const [job] = cardJobs(pages, site)
    expect(cardKey(job!.text, 'v1')).toBe(cardKey(job!.text, 'v1'))
    expect(cardKey(job!.text, 'v1')).not.toBe(cardKey(job!.text, 'v2'))
    expect(cardKey({ ...job!.text, title: '別の題名' }, 'v1')).not.toBe(cardKey(job!.text, 'v1'))
  })
})

describe('generateCards', () => {
  it('renders once, then copies from the cache on an unchanged rebuild', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'))
    const calls: string[] = []
    const first = await generateCards({
      jobs: cardJobs(pages, site),
      outDir: mkdtempSync(join(tmpdir(), 'og-out-')),
      cacheDir,
      createRenderer: fakeRenderer(calls),
    })
    expect(first.map(r => r.status)).toEqual(['rendered', 'rendered', 'rendered'])
    const outDir = mkdtempSync(join(tmpdir(), 'og-out-'))
    const second = await generateCards({
      jobs: cardJobs(pages, site),
      outDir,
      cacheDir,
      createRenderer: fakeRenderer(calls),
    })
    expect(second.map(r => r.status)).toEqual(['cached', 'cached', 'cached'])
    expect(calls).toHaveLength(3)
    expect(readFileSync(join(outDir, 'og/notes/probes.png'), 'utf8')).toBe('Probe（liveness / readiness / startup）')
    expect(summarizeCards(second)).toMatch(/^\[og\] social cards: 0 rendered, 3 cached, 0 failed/)
  })

  it('renders only the card whose page changed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'))
    const calls: string[] = []
    await generateCards({
      jobs: cardJobs(pages, site),
      outDir: mkdtempSync(join(tmpdir(), 'og-out-')),
      cacheDir,
      createRenderer: fakeRenderer(calls),
    })
    const changed = new Map(pages).set('notes/probes', page('notes/probes', 'Probe（改題）', { chapter: 2 }))
    const results = await generateCards({
      jobs: cardJobs(changed, site),
      outDir: mkdtempSync(join(tmpdir(), 'og-out-')),
      cacheDir,
      createRenderer: fakeRenderer(calls),
    })
    expect(results.map(r => r.status)).toEqual(['cached', 'cached', 'rendered'])
    expect(calls.at(-1)).toBe('Probe（改題）')
  })

  it('reports a failed card and caches nothing for it', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-cache-'))
    const outDir = mkdtempSync(join(tmpdir(), 'og-out-'))
    const results = await generateCards({
      jobs: cardJobs(pages, site),
      outDir,
      cacheDir,
      createRenderer: fakeRenderer([], '第2章 アプリの起動'),
    })
    expect(results.map(r => r.status)).toEqual(['failed', 'rendered', 'rendered'])
    expect(failureReport(results)).toBe('[og] /chapters/2-running-apps: 描画に失敗')
    expect(existsSync(join(outDir, 'og/chapters/2-running-apps.png'))).toBe(false)
  })
})
