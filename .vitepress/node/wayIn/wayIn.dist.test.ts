// The home page's way in, as built (what a reader gets before any JavaScript): the start link and the
// one list of chapters come first, then the map, then the review's summary; each chapter lists every
// note in reading order, and each note's prev/next links walk the same path; 「最近育てたノート」 is
// newest first and links to built pages. No garden metadata on the home page or /tags.
import type { Element } from 'domhandler'
import process from 'node:process'
import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { htmlFileOfRoute, readBuilt, siteBuild } from '../../../test/support/builtSite'
import { formatJapaneseDate } from '../../shared/dates'
import { buildContentIndex } from '../content/index'
import { chapterNumber, readingOrder } from '../content/readingOrder'
import { RECENT_LIMIT } from './wayIn'

const site = siteBuild()
const scan = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs')
const order = readingOrder(scan.pages, scan.graph)
const chapters = [
  ...scan.pages.values(),
].filter(p => p.kind === 'chapter').sort((a, b) => chapterNumber(a)! - chapterNumber(b)!)
const home = readBuilt(site, 'index.html')
const doc = parseDocument(home)

const href = (route: string) => site.base + route.slice(1)
const byClass = (root: Element | ReturnType<typeof parseDocument>, name: string) => DomUtils.findAll(e => (e.attribs.class ?? '').split(/\s+/).includes(name), [root])
function links(root: Element) {
  return DomUtils.getElementsByTagName('a', root).map(a => ({
    href: a.attribs.href,
    title: DomUtils.textContent(a).trim(),
  }))
}
const routeOf = (url: string) => `/${url.slice(site.base.length)}`

function pager(route: string, which: 'prev' | 'next'): string | undefined {
  const page = parseDocument(readBuilt(site, htmlFileOfRoute(route)))
  const link = DomUtils.findOne(e => e.name === 'a' && /\bpager-link\b/.test(e.attribs.class ?? '') && (e.attribs.class ?? '').split(/\s+/).includes(which), page.children)
  return link?.attribs.href
}

describe('the home page\'s way in', () => {
  it('opens with the start link and the chapters, then the map, then the review\'s summary', () => {
    const start = home.indexOf('class="start-here')
    const list = home.indexOf('class="chapter-list')
    const map = home.indexOf('class="garden-map')
    const summary = home.indexOf('id="audience"')
    expect(start).toBeGreaterThan(home.search(/<h1[\s>]/))
    expect(list).toBeGreaterThan(start)
    expect(map).toBeGreaterThan(list)
    expect(summary).toBeGreaterThan(map)
    const [link] = links(byClass(doc, 'start-here')[0]!)
    expect(link).toEqual({
      href: href(chapters[0]!.route),
      title: '第1章から読み始める',
    })
  })

  it('lists the chapters once, with their titles and descriptions', () => {
    const lists = byClass(doc, 'chapter-list')
    expect(lists).toHaveLength(1)
    const items = DomUtils.getChildren(lists[0]!).filter((e): e is Element => (e as Element).name === 'li')
    expect(items.map(li => links(li)[0])).toEqual(chapters.map(c => ({
      href: href(c.route),
      title: c.title,
    })))
    expect(items.map(li => DomUtils.textContent(byClass(li, 'chapter-line')[0]!))).toEqual(chapters.map(c => c.description))
    // 「読み始めるなら」 listed the chapters a second time.
    expect(home).not.toContain('class="reading-path')
  })

  it('shows each chapter\'s notes in reading order under it', () => {
    const items = DomUtils.getChildren(byClass(doc, 'chapter-list')[0]!).filter((e): e is Element => (e as Element).name === 'li')
    expect(items.map(li => Number(li.attribs['data-chapter']))).toEqual(chapters.map(c => chapterNumber(c)))
    expect([
      ...order.values(),
    ].flat().length, 'notes in chapters').toBeGreaterThan(10)
    for (const [i, li] of items.entries()) {
      const chapter = chapters[i]!
      const expected = (order.get(chapterNumber(chapter)!) ?? []).map(id => scan.pages.get(id)!)
      const all = byClass(li, 'path-notes')[0]
      if (expected.length > 0) {
        expect(links(all!), `${chapter.route}: the whole path`).toEqual(expected.map(p => ({
          href: href(p.route),
          title: p.title,
        })))
      }
      else {
        expect(all).toBeUndefined()
      }
    }
  })

  it('walks the same path with the prev/next links under each note', () => {
    for (const chapter of chapters) {
      const notes = (order.get(chapterNumber(chapter)!) ?? []).map(id => scan.pages.get(id)!)
      for (const [i, note] of notes.entries()) {
        const previous = i === 0
          ? chapter
          : notes[i - 1]!
        expect(pager(note.route, 'prev'), `${note.route}: 前のページ`).toBe(href(previous.route))
        if (i + 1 < notes.length)
          expect(pager(note.route, 'next'), `${note.route}: 次のページ`).toBe(href(notes[i + 1]!.route))
      }
    }
  })

  it('lists the notes most recently tended, newest first, each a built note with its date as built', () => {
    const [list] = byClass(doc, 'recent-notes')
    expect(list).toBeTruthy()
    const items = DomUtils.getElementsByTagName('li', list!)
    const notes = [
      ...scan.pages.values(),
    ].filter(p => p.kind === 'note')
    expect(items).toHaveLength(Math.min(RECENT_LIMIT, notes.length))
    const dates = items.map(li => DomUtils.getElementsByTagName('time', li)[0]!)
    const ms = dates.map(t => Date.parse(t.attribs.datetime!))
    expect(ms.every(Number.isFinite)).toBe(true)
    expect(ms).toEqual([
      ...ms,
    ].sort((a, b) => b - a))
    for (const t of dates) {
      const iso = t.attribs.datetime!
      expect(DomUtils.textContent(t)).toBe(formatJapaneseDate(iso, {
        timeZone: iso.includes('T')
          ? 'Asia/Tokyo'
          : 'UTC',
      }))
    }
    // No garden metadata on the home page: no maturity marks beside the notes.
    expect(DomUtils.textContent(list!)).not.toMatch(/芽|若葉|常緑/)
    for (const li of items) {
      const [link] = links(li)
      const note = notes.find(p => href(p.route) === link!.href)
      expect(note, `${link!.href} is a note`).toBeTruthy()
      expect(link!.title).toBe(note!.title)
      expect(readBuilt(site, htmlFileOfRoute(routeOf(link!.href!)))).toContain('<h1')
    }
  })

  it.each(['/', '/tags'])('%s carries no garden metadata: no maturity, dates or reading time under the title', (route) => {
    const html = readBuilt(site, htmlFileOfRoute(route))
    expect(html).not.toContain('class="page-meta')
    expect(html).not.toMatch(/class="maturity[ "-]/)
    expect(html).not.toMatch(/で読める/)
    expect(html).not.toMatch(/成熟度/)
  })
})
