// Mermaid figures as a phone and a desktop lay them out, computed from the built files alone: which
// variant the stylesheet's container queries show at the figure's width, the size that SVG is drawn at
// (its inline width, max-width 100 %, min-width) and so the size of its smallest declared label; the
// scroll hint where it scrolls; the 「拡大」 button outside the box that scrolls. The same in a real
// browser: e2e/mermaid-phone.spec.ts.
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { builtFiles, readBuilt, siteBuild } from '../../../test/support/builtSite'
import { buildContentIndex } from '../content/index'
import { diagramPages } from './extract'

const site = siteBuild()
const pages = diagramPages(buildContentIndex(process.env.GARDEN_SRC_DIR ?? 'docs', 'src'))
const css = builtFiles(site, '.css', 'assets').map(f => readBuilt(site, f)).join('\n')

/** The room an SVG has (the figure's width less its box's 2 × 12 px padding), by window width. */
const COLUMNS = { 360: 286, 1280: 598 } as const
const BOX_PADDING = 24

interface Variant { name: string, viewBoxWidth: number, width: number, minWidth: number, kind: string, inlineFonts: number[] }

function variants(figure: string): Variant[] {
  return [
    ...figure.matchAll(/<svg [^>]*?data-variant="(\w+)"[^>]*>[\s\S]*?<\/svg>/g),
  ].map(([svg, name]) => {
    const root = svg.slice(0, svg.indexOf('>'))
    const style = /style="([^"]*)"/.exec(root)![1]!
    const px = (prop: string) => Number(new RegExp(`(?:^|;)${prop}:([\\d.]+)px`).exec(style)?.[1] ?? Number.NaN)
    return {
      name: name!,
      viewBoxWidth: Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(root)![1]),
      width: px('width'),
      minWidth: px('min-width'),
      kind: /class="(?:[^"]* )?(mmd-[\w-]+)"/.exec(root)![1]!,
      inlineFonts: [
        ...svg.matchAll(/<(?:text|tspan)\s[^>]*font-size:\s*([\d.]+)px/g),
      ].map(m => Number(m[1])),
    }
  })
}

/** The font size the built stylesheet gives a diagram kind's text (`.mmd-flowchart-v2{…font-size:16px}`). */
function kindFont(kind: string): number {
  const rule = new RegExp(`\\.${kind}\\{[^}]*font-size:([\\d.]+)px`).exec(css)
  return Number(rule?.[1] ?? Number.NaN)
}

/** Whether the stylesheet has `@container mermaid (width < Npx){ … body … }`. */
function hasContainerRule(n: number, body: string): boolean {
  return css.replace(/\s+/g, '').includes(`@containermermaid(width<${n}px){${body.replace(/\s+/g, '')}`)
}

const figures = pages.flatMap(p => (readBuilt(site, p.html).match(/<figure class="mermaid-diagram[^"]*"[^>]*>[\s\S]*?<\/figure>/g) ?? [])
  .map((html, i) => ({ where: `${p.rel} #${i + 1}`, html })))

describe('mermaid figures on a phone and a desktop (built files)', () => {
  it('has every diagram of every diagram page', () => {
    expect(figures.length).toBe(pages.reduce((n, p) => n + p.fences, 0))
  })

  it('has the box that scrolls, the container and a 44 × 44 px button in the stylesheet', () => {
    expect(css).toMatch(/\.mermaid-diagram\{[^}]*container:mermaid\s*\/\s*inline-size/)
    expect(css).toMatch(/\.mermaid-svg\{[^}]*overflow-x:auto/)
    expect(css).toMatch(/\.mermaid-svg svg\[data-variant=(?:narrow|'narrow'|"narrow")\]\{display:none\}/)
    const button = /\.mermaid-diagram \.zoom-open\{([^}]*)\}/.exec(css)?.[1] ?? ''
    expect(button).toMatch(/(?:^|;)position:absolute/)
    expect(button).toMatch(/min-width:44px/)
    expect(button).toMatch(/min-height:44px/)
  })

  it.each(figures)('$where: the 「拡大」 button and the hint follow the scrolling box, outside it', ({ html }) => {
    const box = /<div class="mermaid-svg" role="img" tabindex="0"[^>]*>([\s\S]*)<\/div><span class="mermaid-hint"/.exec(html)
    expect(box, 'box, then hint').not.toBeNull()
    expect(box![1]).not.toMatch(/<button|mermaid-hint/)
    expect(html).toMatch(/<\/div><span class="mermaid-hint" aria-hidden="true">横にスクロールできます<\/span><button type="button" class="zoom-open"[^>]*>[\s\S]*<\/button><\/figure>$/)
  })

  it.each(figures)('$where: labels are 12 px or more at 360 and 1280 px, the hint shows exactly where it scrolls', ({ html }) => {
    const classes = /<figure class="([^"]*)"/.exec(html)![1]!.split(' ')
    const labelPx = Number(/data-label-px="([\d.]+)"/.exec(html)![1])
    const all = variants(html)
    expect(all.map(v => v.name)).toEqual(all.length === 2
      ? ['wide', 'narrow']
      : ['wide'])
    const switchAt = Number(classes.find(c => c.startsWith('mmd-switch-'))?.slice(11) ?? 0)
    const scrollAt = Number(classes.find(c => c.startsWith('mmd-scroll-'))?.slice(11))
    expect(Boolean(switchAt)).toBe(all.length === 2)
    if (switchAt)
      expect(hasContainerRule(switchAt, `.mmd-switch-${switchAt} svg[data-variant=wide]{display:none}.mmd-switch-${switchAt} svg[data-variant=narrow]{display:block}`)).toBe(true)
    expect(hasContainerRule(scrollAt, `.mmd-scroll-${scrollAt} .mermaid-hint{display:block}`)).toBe(true)

    for (const v of all) {
      // The smallest font any of its text can have: the kind's rule or one set on the text itself.
      const declared = Math.min(kindFont(v.kind), ...v.inlineFonts)
      expect(labelPx, `${v.name}: data-label-px is its smallest declared font`).toBeLessThanOrEqual(declared)
      expect(v.width).toBe(Math.ceil(v.viewBoxWidth))
    }
    for (const column of Object.values(COLUMNS)) {
      const figureWidth = column + BOX_PADDING
      const shown = all.find(v => v.name === (figureWidth < switchAt
        ? 'narrow'
        : 'wide'))!
      const drawn = Math.max(shown.minWidth, Math.min(shown.width, column))
      const label = labelPx * drawn / shown.viewBoxWidth
      expect(label, `${shown.name} at a ${column}-px column`).toBeGreaterThanOrEqual(12)
      expect(figureWidth < scrollAt, `hint at a ${column}-px column`).toBe(drawn > column)
    }
  })

  it.each(figures)('$where: no label is cut with a hyphen (Mermaid breaks a word too long for a narrow box so)', ({ html }) => {
    expect(html.match(/>[^<]*[^\s<>-]-<\/tspan>/g) ?? []).toEqual([])
  })

  it('reports the sizes at 360 px (the issue\'s measure)', () => {
    const rows = figures.map(({ where, html }) => {
      const all = variants(html)
      const switchAt = Number(/mmd-switch-(\d+)/.exec(html)?.[1] ?? 0)
      const shown = all.find(v => v.name === (COLUMNS[360] + BOX_PADDING < switchAt
        ? 'narrow'
        : 'wide'))!
      const drawn = Math.max(shown.minWidth, Math.min(shown.width, COLUMNS[360]))
      return `${where}: ${shown.name} ${Math.round(shown.viewBoxWidth)} → ${drawn} px, labels ${(16 * drawn / shown.viewBoxWidth).toFixed(1)} px`
    })
    expect(rows.length).toBeGreaterThan(0)
    if (process.env.MERMAID_REPORT)
      console.log(rows.join('\n'))
  })
})
