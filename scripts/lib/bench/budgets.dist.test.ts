// Deterministic performance budgets on the built site's files, with the benchmark's own byte
// accounting (measurePage): no page ships the Mermaid runtime, a chapter page's JS stays within
// 20 KiB gzip of a plain page's, and social cards stay under 200 KB. Layout shift needs a browser
// (e2e/budgets.spec.ts); Lighthouse scores are the benchmark's job (npm run bench).
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtFiles, siteBuild } from '../../../.vitepress/node/checks/builtSite'
import { measurePage } from './site'

const site = siteBuild()
const KIB = 1024

/** Strings only Mermaid's runtime bundle contains (an error message and public API names). */
const MERMAID_RUNTIME = /Syntax error in text|registerExternalDiagrams|mermaidAPI/

/**
 * The baseline is the JS of a plain page of our own site without components (impressions: the
 * shared entry, theme and framework chunks plus its small page chunk), so the budget measures what
 * a chapter's components and content add on top of the theme every page pays for.
 */
const BASELINE_ROUTE = '/impressions'
const CHAPTER_EXTRA_JS = 20 * KIB
const MAX_CARD_BYTES = 200 * 1000

describe('budgets (built files)', () => {
  it('lets no page reference a script that contains the Mermaid runtime', () => {
    const pages = builtFiles(site, '.html')
    expect(pages.length).toBeGreaterThan(10)
    const offenders = new Set<string>()
    for (const html of pages) {
      const route = `/${html.replace(/\.html$/, '')}`
      for (const script of measurePage(site.dir, route === '/index'
        ? '/'
        : route, site.base).scripts) {
        if (MERMAID_RUNTIME.test(readFileSync(join(site.dir, script), 'utf8')))
          offenders.add(`${route} → ${script}`)
      }
    }
    // Lazily imported chunks are not referenced by the HTML: none of them may be Mermaid either.
    for (const js of builtFiles(site, '.js', 'assets')) {
      if (MERMAID_RUNTIME.test(readFileSync(join(site.dir, js), 'utf8')))
        offenders.add(js)
    }
    expect([...offenders]).toEqual([])
  })

  it(`keeps a chapter page's JS at most a plain page's plus ${CHAPTER_EXTRA_JS / KIB} KiB gzip`, () => {
    const baseline = measurePage(site.dir, BASELINE_ROUTE, site.base).js.gzip
    const chapters = builtFiles(site, '.html', 'chapters')
    expect(chapters).toHaveLength(4)
    for (const file of chapters) {
      const route = `/${file.replace(/\.html$/, '')}`
      const js = measurePage(site.dir, route, site.base).js.gzip
      expect(js, `${route}: ${js} B gzip JS vs ${baseline} B on ${BASELINE_ROUTE}`).toBeLessThanOrEqual(baseline + CHAPTER_EXTRA_JS)
    }
  })

  it(`keeps every social card at most ${MAX_CARD_BYTES / 1000} KB`, () => {
    const cards = builtFiles(site, '.png', 'og')
    expect(cards.length).toBeGreaterThan(10)
    const large = cards.map(c => ({ c, size: statSync(join(site.dir, c)).size })).filter(({ size }) => size > MAX_CARD_BYTES)
    expect(large).toEqual([])
  })
})
