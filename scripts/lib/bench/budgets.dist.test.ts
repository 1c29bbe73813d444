// Deterministic performance budgets on the built site's files, with the benchmark's own byte
// accounting (measurePage): no page ships the Mermaid runtime, the scripts a page's HTML loads stay
// within 45 KiB gzip and hold no Vue (it comes with an island, issue 26), and social cards stay
// under 200 KB. Layout shift needs a browser (e2e/budgets.spec.ts); the first tap's latency and
// Lighthouse scores are the benchmark's job (npm run bench).
import type { AnyNode, Element } from 'domhandler'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { COMPILE_HINT } from '../../../.vitepress/node/islands/clientEntry'
import { builtFiles, siteBuild } from '../../../test/support/builtSite'
import { measurePage } from './site'

const site = siteBuild()
const KIB = 1024

/** Strings only Mermaid's runtime bundle contains (an error message and public API names). */
const MERMAID_RUNTIME = /Syntax error in text|registerExternalDiagrams|mermaidAPI/

/** Issue 26: JavaScript before the first interaction (what the HTML loads), gzip. */
const MAX_PAGE_JS = 45 * KIB
/** Strings only Vue's runtime contains (its hydration warning, the app's mark on its container). */
const VUE_RUNTIME = /Hydration completed but contains mismatches|__vue_app__/
const MAX_CARD_BYTES = 200 * 1000

/**
 * Elements outside the article (head, nav, sidebar, aside, footer, our components under the article)
 * per page. With VitePress's own sidebar chapter 2 had 491 (193 of them the sidebar's); 381 with
 * ours; the server-rendered aside outline (VitePress filled it after mount) adds about four per
 * heading, and the phone's site block a dozen: chapter 2, 22 headings, has 482.
 */
const MAX_CHROME_ELEMENTS = 500
/**
 * Sidebar markup per entry: li + a per link, details + summary + ul per chapter, plus the shell and
 * the phone's site block (the nav bar's links and the theme switch, shown below 768 px).
 */
const SIDEBAR_PER_LINK = 2
const SIDEBAR_PER_GROUP = 3
const SIDEBAR_SHELL = 18
const INTERACTIVE = new Set([
  'a',
  'button',
  'summary',
  'input',
  'select',
  'textarea',
  'details',
])

function parsePage(file: string) {
  const doc = parseDocument(readFileSync(join(site.dir, file), 'utf8'))
  const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c)
  const all = DomUtils.findAll(() => true, doc.children as AnyNode[])
  const one = (c: string) => DomUtils.findOne(e => hasClass(e, c), doc.children as AnyNode[])
  const count = (e: Element | null) => e
    ? DomUtils.findAll(() => true, e.children).length + 1
    : 0
  return { all, one, count }
}

const isInteractive = (e: Element) => (INTERACTIVE.has(e.name) && !(e.name === 'a' && e.attribs.href === undefined)) || Number(e.attribs.tabindex ?? -1) >= 0 || e.attribs.role === 'button'

describe('budgets (built files)', () => {
  it(`keeps every page's elements outside the article at most ${MAX_CHROME_ELEMENTS}`, () => {
    const pages = builtFiles(site, '.html').filter(f => f !== '404.html')
    expect(pages.length).toBeGreaterThan(10)
    const over = pages.map((f) => {
      const p = parsePage(f)
      return { f, chrome: p.all.length - p.count(p.one('vp-doc')) }
    }).filter(({ chrome }) => chrome > MAX_CHROME_ELEMENTS)
    expect(over).toEqual([])
  })

  it('renders the sidebar lean: a few elements per link and chapter, no control inside another', () => {
    const p = parsePage('chapters/2-running-apps.html')
    const sidebar = p.one('VPSidebar')
    expect(sidebar).not.toBeNull()
    const inside = DomUtils.findAll(() => true, sidebar!.children)
    const links = inside.filter(e => e.name === 'a').length
    const groups = inside.filter(e => e.name === 'details').length
    expect(links).toBeGreaterThan(20)
    expect(groups).toBeGreaterThanOrEqual(4)
    expect(inside.length).toBeLessThanOrEqual(links * SIDEBAR_PER_LINK + groups * SIDEBAR_PER_GROUP + SIDEBAR_SHELL)
    // <details> may hold links; any other control must not hold one (axe nested-interactive).
    const nested = inside.filter(e => isInteractive(e) && e.name !== 'details')
      .filter(e => DomUtils.findAll(isInteractive, e.children).length > 0)
      .map(e => DomUtils.getOuterHTML(e).slice(0, 120))
    expect(nested).toEqual([])
    // Exactly one chapter open, the one holding the current page.
    const open = inside.filter(e => e.name === 'details' && e.attribs.open !== undefined)
    expect(open).toHaveLength(1)
    expect(DomUtils.findAll(e => e.attribs['aria-current'] === 'page', open[0]!.children)).toHaveLength(1)
  })

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

  it('lets no classic script hold the parser mid-page: each runs before the stylesheets or after all the content', () => {
    // A classic inline script after a pending stylesheet waits for it, and the parser with it; in the
    // middle of the page the first frame then showed the chrome without the article (issue 26, LCP).
    const pages = builtFiles(site, '.html')
    expect(pages.length).toBeGreaterThan(10)
    const classic = /<script(?![^>]*\s(?:src|type)=)[^>]*>[\s\S]*?<\/script>/g
    for (const file of pages) {
      const html = readFileSync(join(site.dir, file), 'utf8')
      const firstSheet = html.indexOf('rel="preload stylesheet"')
      expect(firstSheet, `${file} links a stylesheet`).toBeGreaterThan(0)
      for (const m of html.matchAll(classic)) {
        if (m.index < firstSheet)
          continue
        const after = html.slice(m.index + m[0].length)
          .replace(/<!--[\s\S]*?-->/g, '')
          .replace(/<\/[a-z]+>/g, '')
          .trim()
        expect(after, `${file}: a classic script after the stylesheet with content after it: ${m[0].slice(0, 80)}`).toBe('')
      }
    }
  })

  it('loads the entry through the inline loader (after the first paint), never from the HTML', () => {
    const html = readFileSync(join(site.dir, 'chapters/2-running-apps.html'), 'utf8')
    expect(html).toMatch(/<script data-entry="[^"]*\/assets\/entry\.[\w-]+\.js"/)
    expect(html).not.toMatch(/<script\s[^>]*\bsrc=|<link[^>]*modulepreload/)
  })

  it('marks every script chunk for eager compilation (V8\'s compile hint on its first line)', () => {
    const chunks = builtFiles(site, '.js', 'assets')
    expect(chunks.length).toBeGreaterThan(3)
    for (const file of chunks)
      expect(readFileSync(join(site.dir, file), 'utf8').split('\n', 1)[0], file).toBe(COMPILE_HINT)
  })

  it(`keeps the scripts every page loads at most ${MAX_PAGE_JS / KIB} KiB gzip, without Vue`, () => {
    const pages = builtFiles(site, '.html')
    expect(pages.length).toBeGreaterThan(10)
    for (const file of pages) {
      const route = file === 'index.html'
        ? '/'
        : `/${file.replace(/\.html$/, '')}`
      const { js, scripts } = measurePage(site.dir, route, site.base)
      expect(scripts.length, `${route} loads the page's one entry`).toBeGreaterThan(0)
      expect(js.gzip, `${route}: ${js.gzip} B gzip`).toBeLessThanOrEqual(MAX_PAGE_JS)
      for (const script of scripts)
        expect(readFileSync(join(site.dir, script), 'utf8'), `${route} → ${script}`).not.toMatch(VUE_RUNTIME)
    }
  })

  it(`keeps every social card at most ${MAX_CARD_BYTES / 1000} KB`, () => {
    const cards = builtFiles(site, '.png', 'og')
    expect(cards.length).toBeGreaterThan(10)
    const large = cards.map(c => ({ c, size: statSync(join(site.dir, c)).size })).filter(({ size }) => size > MAX_CARD_BYTES)
    expect(large).toEqual([])
  })
})
