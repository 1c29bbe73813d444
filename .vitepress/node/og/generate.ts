// Build step: one social card per page at <outDir>/og/<route>.png. Each card is keyed by a hash
// of its text, the template version and the renderer's package versions; a key already in
// <cacheDir>/og/ is copied, not rendered, so a rebuild without content changes renders nothing.
// Results are a union (rendered | cached | failed): the log line and the failure come from one place.
import type { PageEntry } from '../../shared/pages'
import type { SiteUrl } from '../../shared/site'
import type { CardRenderer } from './render'
import type { CardText } from './template'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { BOOK, SITE_NAV_TITLE } from '../../shared/site'
import { cardKicker, chapterTitleOf, ogImagePath } from './meta'
import { createCardRenderer, rendererFingerprint } from './render'

/** Bump when template.ts or layout.ts change how a card looks. */
export const CARD_TEMPLATE_VERSION = 2
/** Cards over this size fail the build: some unfurlers drop large images. */
export const MAX_CARD_BYTES = 200 * 1024

export interface CardJob {
  route: string
  /** Output path relative to outDir: 'og/notes/gitops.png'. */
  path: string
  text: CardText
}

export type CardResult
  = | { status: 'rendered', job: CardJob, bytes: number, ms: number }
    | { status: 'cached', job: CardJob, bytes: number }
    | { status: 'failed', job: CardJob, error: string }

export function cardText(page: PageEntry, site: SiteUrl, pages?: ReadonlyMap<string, PageEntry>): CardText {
  return {
    title: page.title,
    kicker: cardKicker(page.kind, page.chapter, chapterTitleOf(pages, page.chapter)),
    book: `「${BOOK.title}」`,
    bookNote: `${BOOK.publisher}・${BOOK.year}年 の読書ノート`,
    siteName: SITE_NAV_TITLE,
    host: new URL(site.href).host + site.base.replace(/\/$/, ''),
  }
}

export function cardJobs(pages: ReadonlyMap<string, PageEntry>, site: SiteUrl): CardJob[] {
  return [
    ...pages.values(),
  ]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(page => ({
      route: page.route,
      path: ogImagePath(page.route),
      text: cardText(page, site, pages),
    }))
}

export function cardKey(text: CardText, fingerprint: string): string {
  return createHash('sha256').update(JSON.stringify({ v: CARD_TEMPLATE_VERSION, fingerprint, text })).digest('hex').slice(0, 32)
}

export interface GenerateOptions {
  jobs: CardJob[]
  outDir: string
  /** Cards are kept in <cacheDir>/og/<key>.png across builds. */
  cacheDir: string
  /** @default createCardRenderer */
  createRenderer?: () => CardRenderer
}

export async function generateCards(options: GenerateOptions): Promise<CardResult[]> {
  const fingerprint = rendererFingerprint()
  const cache = join(options.cacheDir, 'og')
  mkdirSync(cache, { recursive: true })
  let renderer: CardRenderer | undefined
  const results: CardResult[] = []
  for (const job of options.jobs) {
    const cached = join(cache, `${cardKey(job.text, fingerprint)}.png`)
    const out = join(options.outDir, job.path)
    mkdirSync(dirname(out), { recursive: true })
    try {
      if (existsSync(cached)) {
        copyFileSync(cached, out)
        results.push({ status: 'cached', job, bytes: statSync(cached).size })
        continue
      }
      const start = performance.now()
      renderer ??= (options.createRenderer ?? createCardRenderer)()
      const png = await renderer.render(job.text)
      if (png.length > MAX_CARD_BYTES)
        throw new Error(`card is ${png.length} bytes, over ${MAX_CARD_BYTES}`)
      // Write then rename, so an interrupted build never leaves a half card in the cache.
      writeFileSync(`${cached}.tmp`, png)
      renameSync(`${cached}.tmp`, cached)
      writeFileSync(out, png)
      results.push({
        status: 'rendered',
        job,
        bytes: png.length,
        ms: performance.now() - start,
      })
    }
    catch (error) {
      results.push({
        status: 'failed',
        job,
        error: error instanceof Error
          ? error.message
          : String(error),
      })
    }
  }
  return results
}

export function summarizeCards(results: readonly CardResult[]): string {
  const count = (s: CardResult['status']) => results.filter(r => r.status === s).length
  const sizes = results.flatMap(r => r.status === 'failed'
    ? []
    : [r.bytes])
  const renderMs = results.flatMap(r => r.status === 'rendered'
    ? [r.ms]
    : [])
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  return [
    `[og] social cards: ${count('rendered')} rendered, ${count('cached')} cached, ${count('failed')} failed`,
    sizes.length
      ? `largest ${kb(Math.max(...sizes))}`
      : '',
    renderMs.length
      ? `render ${(renderMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`
      : '',
  ].filter(Boolean).join(', ')
}

export function failureReport(results: readonly CardResult[]): string | undefined {
  const failed = results.filter(r => r.status === 'failed')
  if (failed.length === 0)
    return undefined
  return failed.map(r => `[og] ${r.job.route}: ${'error' in r
    ? r.error
    : ''}`).join('\n')
}
