// The garden map and the local maps in the built pages, before any JavaScript: every node of the home
// page's map links a built page, shows its whole title and fits the column; every note and chapter page
// ends with a local map linking every page it links to and every page linking to it.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { baseBuild, htmlFileOfRoute, readBuilt, siteBuild } from '../../../test/support/builtSite'
import { buildContentIndex } from '../content/index'

const scan = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs')
const pages = [
  ...scan.pages.values(),
]

function svgs(html: string): { cls: string, width: number, body: string }[] {
  return Array.from(html.matchAll(/<svg class="gm-svg ([^"]+)"[^>]* width="([\d.]+)"[^>]*>([\s\S]*?)<\/svg>/g), ([, cls, width, body]) => ({
    cls: cls!,
    width: Number(width),
    body: body!,
  }))
}

function nodeLinks(svg: string): { href: string, text: string }[] {
  return Array.from(svg.matchAll(/<a href="([^"]+)" class="gm-node[^"]*">([\s\S]*?)<\/a>/g), ([, href, inner]) => ({
    href: href!,
    text: Array.from(inner!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g), m => m[1]).join(''),
  }))
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&#123;/g, '{').replace(/&#125;/g, '}').replace(/&amp;/g, '&')

describe.each([
  ['/', siteBuild],
  ['/garden/', baseBuild],
])('the garden map (base %s)', (_, build) => {
  const site = build()
  const home = readBuilt(site, 'index.html')
  const resolves = (href: string) => {
    expect(href.startsWith(site.base), href).toBe(true)
    return existsSync(join(site.dir, htmlFileOfRoute(`/${href.slice(site.base.length)}`)))
  }

  it('draws a wide map for the column and a narrow one for phones, each with every page once', () => {
    const maps = svgs(home.slice(home.indexOf('class="garden-map"')))
    expect(maps.map(m => m.cls.split(' ')[0])).toEqual(['gm-wide', 'gm-narrow'])
    // The home page's column is 624 px at 1280 px; a phone's is 312 px at 360 px (both less the frame).
    expect(maps[0]!.width).toBeLessThanOrEqual(602)
    expect(maps[1]!.width).toBeLessThanOrEqual(298)
    for (const map of maps) {
      const links = nodeLinks(map.body)
      // The lines keep the spaces they break at: the link's text (its accessible name) is the title.
      expect(links.map(l => decode(l.text)).sort()).toEqual(pages.map(p => p.title).sort())
      for (const link of links) {
        expect(resolves(link.href), link.href).toBe(true)
        expect(link.text).not.toContain('…')
      }
    }
  })

  it('has a legend and a text alternative linking every page', () => {
    expect(home).toContain('class="gm-legend"')
    const text = /<details class="gm-text">([\s\S]*?)<\/details>/.exec(home)
    expect(text).toBeTruthy()
    const titles = Array.from(text![1]!.matchAll(/<a href="[^"]+">([^<]*)<\/a>/g), m => decode(m[1]!))
    expect(new Set(titles)).toEqual(new Set(pages.map(p => p.title)))
  })

  it.each(pages.filter(p => p.kind === 'note' || p.kind === 'chapter').map(p => [p.route, p] as const))('%s ends with a local map linking every page it links to and every page linking to it', (route, page) => {
    const html = readBuilt(site, htmlFileOfRoute(route))
    const section = /<section class="local-map"[^>]*>([\s\S]*?)<\/section>/.exec(html)
    expect(section, 'the local map').toBeTruthy()
    // At the end of the article: before the page history, the share bar and the pager.
    expect(html.indexOf('class="local-map"')).toBeLessThan(html.indexOf('class="VPDocFooter'))
    expect(html.indexOf('class="prev-next"')).toBeGreaterThan(html.indexOf('class="edit-info"'))
    // Two drawings, one shown by CSS: the desktop column's and, folded, the phone's.
    const local = svgs(section![1]!.replace(/gm-local /g, ''))
    expect(local.map(m => [m.cls.split(' ')[0], m.width])).toEqual([
      ['gm-local-wide', 600],
      ['gm-local-narrow', 296],
    ])
    expect(section![1]).toMatch(/<details class="lm-fold"><summary><h2 class="local-map-title">このページのまわり<\/h2>/)
    for (const svg of Array.from(section![1]!.matchAll(/<svg[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>([\s\S]*?)<\/svg>/g))) {
      const [w, h] = [
        Number(svg[1]),
        Number(svg[2]),
      ]
      // Every box whole inside the picture, with its border (3 px at most, half outside the rect).
      for (const [, x, y, rw, rh] of svg[3]!.matchAll(/<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
        expect(Number(x) - 1.5).toBeGreaterThanOrEqual(0)
        expect(Number(y) - 1.5).toBeGreaterThanOrEqual(0)
        expect(Number(x) + Number(rw) + 1.5).toBeLessThanOrEqual(w)
        expect(Number(y) + Number(rh) + 1.5).toBeLessThanOrEqual(h)
      }
    }
    const hrefs = new Set(nodeLinks(section![1]!).map(l => l.href))
    const neighbours = new Set([
      ...scan.graph.outlinks.get(page.id)!,
      ...scan.graph.backlinks.get(page.id)!,
    ])
    expect(neighbours.size).toBeGreaterThan(0)
    expect(hrefs).toEqual(new Set([...neighbours].map(id => site.base + scan.pages.get(id)!.route.slice(1))))
    for (const href of hrefs)
      expect(resolves(href), href).toBe(true)
  })
})
