// The garden's structure in the built pages (what a reader gets before any JavaScript): each page
// but the ways in (the home page, /tags) shows its maturity and tags under the title, and lists
// exactly the pages that link to it, once, in its local map's list, as the content index's link graph
// says. The map and /tags are checked in the browser (e2e/garden.spec.ts).
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { htmlFileOfRoute, readBuilt, renderedText, siteBuild } from '../../../test/support/builtSite'
import { readerHistory } from '../../shared/history'
import { MATURITY_LABELS } from '../../shared/maturity'
import { tagLabel } from '../../shared/tags'
import { readGitHistory } from '../history/gitHistory'
import { WITHOUT_PAGE_META } from '../markdown/pageMeta'
import { buildContentIndex } from './index'

const site = siteBuild()
const scan = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs')
const pages = [
  ...scan.pages.values(),
]
const cases = pages.map(p => [p.route, p] as const)

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&#123;/g, '{').replace(/&#125;/g, '}').replace(/&amp;/g, '&')

function htmlOf(route: string): string {
  return readBuilt(site, htmlFileOfRoute(route))
}

describe('garden pages', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  it.each(cases.filter(([, p]) => !WITHOUT_PAGE_META.has(`${p.id}.md`)))('%s shows its maturity and tags under the title', (route, page) => {
    const html = htmlOf(route)
    // The badge in Japanese only: 「若葉」, not 「若葉 budding」.
    expect(renderedText(html, 'maturity-label')).toBe(MATURITY_LABELS[page.maturity].label)
    expect(html).not.toContain('maturity-key')
    expect(renderedText(html, 'tags').split('\n')).toEqual(page.tags.map(t => `#${tagLabel(t)}`))
    // Under the title: the meta line follows the page's h1.
    expect(html.indexOf('class="page-meta"')).toBeGreaterThan(html.search(/<h1[\s>]/))
  })

  it.each(cases.filter(([, p]) => p.kind !== 'home'))('%s lists exactly the pages that link to it, once, in its local map', (route, page) => {
    const html = htmlOf(route)
    // The old 「このページへのリンク」 section repeated the map's pages under the pager.
    expect(html).not.toContain('class="backlinks"')
    const expected = scan.graph.backlinks.get(page.id)!.map(from => site.base + scan.pages.get(from)!.route.slice(1))
    const list = /<details class="lm-list">([\s\S]*?)<\/details>/.exec(html)
    if (!list) {
      // No local map: the page links nowhere and nothing links to it.
      expect(expected).toEqual([])
      return
    }
    const groups = Object.fromEntries(Array.from(list[1]!.matchAll(/<p class="lm-band">([^（]+)（\d+）<\/p><ul>([\s\S]*?)<\/ul>/g), ([, band, items]) => [
      band!,
      Array.from(items!.matchAll(/<li><a href="([^"]+)">([^<]*)<\/a><span class="lm-desc">([^<]*)<\/span>/g), ([, href, title, description]) => ({ href, title, description })),
    ]))
    const linking = [
      ...(groups['リンク元'] ?? []),
      ...(groups['相互リンク'] ?? []),
    ]
    expect(linking.map(l => l.href).sort()).toEqual([...expected].sort())
    for (const l of linking) {
      const p = [
        ...scan.pages.values(),
      ].find(q => site.base + q.route.slice(1) === l.href)!
      expect(decode(l.description!)).toBe(p.description)
    }
    // Listed once: each such page is one entry of the list.
    expect(new Set(linking.map(l => l.href)).size).toBe(linking.length)
    if (expected.length === 0)
      expect(list[1]).toContain('このページへのリンクはまだない。')
  })

  it('shows each page\'s changes from git under 「変更履歴」 as readers\' notes, never the commit subjects', () => {
    const history = readGitHistory(scan.srcDir)
    const withHistory = pages.filter(p => p.kind !== 'home' && (history.get(`${p.id}.md`)?.length ?? 0) > 0)
    expect(withHistory.length, 'pages with git history in this checkout').toBeGreaterThan(0)
    for (const page of withHistory) {
      const html = htmlOf(page.route)
      const block = /<details class="page-history"[^>]*>([\s\S]*?)<\/details>/.exec(html)
      expect(block, `${page.route}: 変更履歴`).toBeTruthy()
      const changes = history.get(`${page.id}.md`)!
      const entries = readerHistory(changes.map(c => ({ date: c.date, notes: c.notes ?? [] })))
      expect(block![1]).toContain(`変更履歴（${entries.length}件）`)
      expect([
        ...block![1]!.matchAll(/<time datetime="([^"]+)"/g),
      ].map(m => m[1])).toEqual(entries.map(e => e.date))
      // Neither the list nor the page data embedded in the page holds a commit subject.
      for (const change of changes)
        expect(html, `${page.route}: subject of ${change.hash}`).not.toContain(change.subject.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'))
    }
  })
})
