// The garden's structure in the built pages (what a reader gets before any JavaScript): each page
// shows its maturity and tags under the title, and lists exactly the pages that link to it, as the
// content index's link graph says. The map and /tags are checked in the browser (e2e/garden.spec.ts).
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { tagLabel } from '../../shared/tags'
import { htmlFileOfRoute, readBuilt, renderedText, siteBuild } from '../checks/builtSite'
import { readGitHistory } from '../history/gitHistory'
import { buildContentIndex } from './index'

const site = siteBuild()
const scan = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs')
const pages = [
  ...scan.pages.values(),
]
const cases = pages.map(p => [p.route, p] as const)

function htmlOf(route: string): string {
  return readBuilt(site, htmlFileOfRoute(route))
}

describe('garden pages', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  it.each(cases)('%s shows its maturity and tags under the title', (route, page) => {
    const html = htmlOf(route)
    expect(renderedText(html, 'maturity-key')).toBe(page.maturity)
    expect(renderedText(html, 'tags').split('\n')).toEqual(page.tags.map(t => `#${tagLabel(t)}`))
    // Under the title: the meta line follows the page's h1.
    expect(html.indexOf('class="page-meta"')).toBeGreaterThan(html.search(/<h1[\s>]/))
  })

  it.each(cases.filter(([, p]) => p.kind !== 'home'))('%s lists exactly the pages that link to it', (route, page) => {
    const html = htmlOf(route)
    const section = html.match(/<section class="backlinks" aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/section>/)
    expect(section, 'the backlinks section').toBeTruthy()
    const [, labelledby, body] = section!
    expect(body).toMatch(new RegExp(`<h2 id="${labelledby}"[^>]*>\\s*このページへのリンク\\s*</h2>`))
    const expected = scan.graph.backlinks.get(page.id)!.map(from => scan.pages.get(from)!)
    const links = Array.from(body!.matchAll(/<li[^>]*><a href="([^"]+)"[^>]*>([^<]*)<\/a>/g), ([, href, title]) => ({ href, title }))
    expect(links).toEqual(expected.map(p => ({ href: site.base + p.route.slice(1), title: p.title })))
    if (expected.length === 0)
      expect(body).toContain('まだどのページからもリンクされていない。')
  })

  it('shows each page\'s changes from git under 「変更履歴」, as many as git has', () => {
    const history = readGitHistory(scan.srcDir)
    const withHistory = pages.filter(p => p.kind !== 'home' && (history.get(`${p.id}.md`)?.length ?? 0) > 0)
    expect(withHistory.length, 'pages with git history in this checkout').toBeGreaterThan(0)
    for (const page of withHistory) {
      const block = /<details class="page-history"[^>]*>([\s\S]*?)<\/details>/.exec(htmlOf(page.route))
      expect(block, `${page.route}: 変更履歴`).toBeTruthy()
      const changes = history.get(`${page.id}.md`)!
      expect(block![1]).toContain(`変更履歴（${changes.length}件）`)
      expect([
        ...block![1]!.matchAll(/<time datetime="([^"]+)"/g),
      ].map(m => m[1])).toEqual(changes.map(c => c.date))
    }
  })
})
