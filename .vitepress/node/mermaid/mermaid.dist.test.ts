// Mermaid diagrams in the production build: every fence became inline SVG themed by CSS variables
// and labelled, no script carries an SVG, and no asset holds Mermaid's runtime. (How they are laid
// out at 360 and 1280 px: mermaidPhone.dist.test.ts.)
// (The dark theme switch and the diagrams without JavaScript are checked in the browser: e2e/.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { builtFiles, readBuilt, siteBuild } from '../../../test/support/builtSite'
import { badLabelBreaks, labelRows } from '../../../test/support/labelBreaks'
import { leftoverPlaceholders } from '../../shared/mermaidTheme'
import { buildContentIndex } from '../content/index'
import { diagramPages, mermaidFences } from './extract'

const site = siteBuild()
const index = buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs', 'src')
/** Pages with diagrams and their number of fences. */
const pages = diagramPages(index)

const FIGURE_RE = /<figure class="mermaid-diagram zoomable[^"]*"[^>]*>[\s\S]*?<\/figure>/g
/** The site's stylesheets: where the rules Mermaid put in each SVG's <style> end up (.mmd-<kind>). */
const siteCss = () => builtFiles(site, '.css', 'assets').map(f => readBuilt(site, f)).join('\n')
// Strings only Mermaid's runtime contains (its API object and its error for an unknown diagram).
const RUNTIME_MARKERS = ['mermaidAPI', 'UnknownDiagramError', 'No diagram type detected']

describe('mermaid in the built HTML', () => {
  it('has diagrams to check', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  it.each(pages)('$rel: every fence is inline SVG themed by CSS variables, labelled, under 12 KiB gzip', (p) => {
    const html = readBuilt(site, p.html)
    const css = siteCss()
    const figures = html.match(FIGURE_RE) ?? []
    expect(figures, 'one figure per ```mermaid fence').toHaveLength(p.fences)
    for (const figure of figures) {
      const [, labelledby] = figure.match(/<div class="mermaid-svg" role="img" tabindex="0" aria-labelledby="([^"]+)"/) ?? []
      expect(labelledby, 'role="img" with aria-labelledby').toBeTruthy()
      expect(figure).toMatch(new RegExp(`<title id="${labelledby}">[^<]+</title>`))
      expect(figure).toContain('<svg')
      // Its 「拡大」 button is in the HTML, named after the diagram (a control before hydration).
      const title = figure.match(new RegExp(`<title id="${labelledby}">([^<]+)</title>`))?.[1]
      expect(figure).toMatch(/<button type="button" class="zoom-open" aria-haspopup="dialog"><span aria-hidden="true">拡大<\/span><span class="visually-hidden">拡大して表示: [^<]+<\/span><\/button><\/figure>$/)
      expect(figure).toContain(`拡大して表示: ${title}</span>`)
      // Its colours come from the site stylesheet's rules for its kind, which use the role variables.
      const kinds = [
        ...figure.matchAll(/<svg [^>]*class="[^"]*\bmmd-([\w-]+)"/g),
      ].map(m => m[1]!)
      expect(kinds.length, 'each SVG carries its mmd-<kind> class').toBeGreaterThan(0)
      for (const kind of new Set(kinds))
        expect(css, `rules for .mmd-${kind} with var(--mmd-…)`).toMatch(new RegExp(`\\.mmd-${kind}[^{}]*\\{[^}]*var\\(--mmd-`))
      expect(figure).not.toMatch(/<style|<foreignObject|<script/)
      expect(leftoverPlaceholders(figure)).toEqual([])
      expect(gzipSync(figure).length).toBeLessThanOrEqual(12 * 1024)
    }
    expect(html.match(/<summary>Mermaidのソース<\/summary>/g)).toHaveLength(p.fences)
  })

  it.each(pages)('$rel: labels wrap at spaces or phrase boundaries, never inside a word', (p) => {
    const figures = readBuilt(site, p.html).match(FIGURE_RE) ?? []
    const source = mermaidFences({
      displayRoot: index.displayRoot,
      parsed: index.parsed.filter(q => q.relativePath === p.rel),
    }).map(f => f.code).join('\n')
    expect(figures.flatMap(f => badLabelBreaks(f, source)), 'line|next line of each label broken inside a word: shorten it or break it with <br/> in the source').toEqual([])
  })

  it('reads every flowchart label as Mermaid\'s rows, so a change in its label markup fails here instead of emptying the check above', () => {
    let multiLine = 0
    for (const p of pages) {
      for (const [svg] of readBuilt(site, p.html).matchAll(/<svg [^>]*\bmmd-flowchart-v2"[\s\S]*?<\/svg>/g)) {
        multiLine += labelRows(svg).length
        for (const [, body] of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
          if (body!.replace(/<[^>]+>/g, '').trim())
            expect(body, `${p.rel}: a label without <tspan class="text-outer-tspan row">`).toContain('<tspan class="text-outer-tspan row"')
        }
      }
    }
    expect(multiLine, 'multi-line labels found in the site').toBeGreaterThan(0)
  })

  it('keeps the SVG markup out of every script (a page ships no hydration chunk of its Markdown)', () => {
    const scripts = builtFiles(site, '', 'assets').filter(f => /\.m?js$/.test(f))
    expect(scripts.length).toBeGreaterThan(0)
    for (const f of scripts) {
      // Class names and colours found only inside Mermaid's SVG.
      expect(readBuilt(site, f), f).not.toMatch(/label-container|edgeLabel|actor-line|messageText|var\(--mmd-/)
    }
  })

  it('leaves the Mermaid runtime out of every built asset, so no page can load it', () => {
    const assets = builtFiles(site, '', 'assets').filter(f => /\.m?js$/.test(f))
    expect(assets.length).toBeGreaterThan(0)
    const withRuntime = assets.filter((f) => {
      const code = readFileSync(join(site.dir, f), 'utf8')
      return RUNTIME_MARKERS.some(m => code.includes(m))
    })
    expect(withRuntime).toEqual([])
  })

  it('references no script or preload outside the built assets from any page', () => {
    for (const file of builtFiles(site, '.html')) {
      const html = readBuilt(site, file)
      for (const [, src] of html.matchAll(/<(?:script|link)\s[^>]*?(?:src|href)="([^"]+\.m?js)"/g)) {
        expect(src, `${file} loads ${src}`).not.toMatch(/mermaid/i)
        expect(src).toMatch(/\/assets\//)
      }
    }
  })
})
