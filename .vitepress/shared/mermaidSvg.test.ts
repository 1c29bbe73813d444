import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { processSvg, splitCssRules } from './mermaidSvg'

const ID = 'mmd-0123456789'
// The shape of Mermaid's output after XMLSerializer, trimmed to one of everything.
const RAW = [
  `<svg xmlns="http://www.w3.org/2000/svg" id="${ID}" width="300.5" class="flowchart" height="120" viewBox="0 0 300.5 120" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-${ID}" aria-describedby="chart-desc-${ID}">`,
  `<title id="chart-title-${ID}">同期の流れ</title><desc id="chart-desc-${ID}">GitからPodへ &amp; 戻る</desc>`,
  `<style>#${ID}{font-size:16px;fill:#0c0d01;}@keyframes dash{to{stroke-dashoffset:0;}}#${ID} .node rect{fill:#0c0d03;stroke:#0c0d04;}#${ID} .cluster-label span&gt;p{color:#0c0d01;}#${ID} [data-look="neo"].node rect{stroke:url(#${ID}-gradient);}</style>`,
  `<marker id="${ID}_flowchart-v2-pointEnd" refX="5"><path d="M0,0" style="stroke-width: 1;" fill="black"/></marker>`,
  `<g class="node" id="${ID}-flowchart-A-0" data-id="A" data-look="classic" transform="translate(10,10)"><rect class="basic label-container" fill="#0c0d03" x="0" y="0" width="40" height="20"/><text label-offset-y="3" y="5"><tspan>利用者{{x}}</tspan></text></g>`,
  `<line id="actor0" x1="0" stroke="#999" name="K"/><use href="#actor0"/>`,
  `<path d="M0,0L10,10" marker-end="url(#${ID}_flowchart-v2-pointEnd)" style="fill:none;stroke:#0c0d02;"/>`,
  `</svg>`,
].join('')

describe('processSvg', () => {
  const out = processSvg(RAW, ID)

  it('reads the accessible title and description', () => {
    expect(out.title).toBe('同期の流れ')
    expect(out.desc).toBe('GitからPodへ & 戻る')
    expect(out.svg).toContain(`<title id="${ID}-title">同期の流れ</title><desc id="${ID}-desc">`)
  })

  it('moves the <style> out, scoped to the diagram kind and themed', () => {
    expect(out.svg).not.toContain('<style')
    expect(out.css).toEqual([
      '.mmd-flowchart-v2{font-size:16px;fill:var(--mmd-text);}',
      '@keyframes dash{to{stroke-dashoffset:0;}}',
      '.mmd-flowchart-v2 .node rect{fill:var(--mmd-node);stroke:var(--mmd-node-border);}',
      '.mmd-flowchart-v2 .cluster-label span>p{color:var(--mmd-text);}',
    ])
  })

  it('replaces the root attributes with a sized, unlabelled SVG that keeps 16-px labels at 12 px or more', () => {
    expect(out.svg.slice(0, out.svg.indexOf('>') + 1)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="flowchart mmd-flowchart-v2" viewBox="0 0 300.5 120" width="301" height="120" style="width:301px;max-width:100%;min-width:226px;height:auto">',
    )
    expect([out.width, out.height, out.labelPx]).toEqual([301, 120, 16])
  })

  it('stops shrinking by the smallest label it was measured with', () => {
    expect(processSvg(RAW, ID, 24).svg).toContain('min-width:151px;')
    expect(processSvg(RAW, ID, 12).svg).toContain('min-width:301px;')
  })

  it('keeps only attributes Vue can stringify, and only ids something refers to, prefixed', () => {
    expect(out.svg).not.toMatch(/role=|aria-|data-|label-offset-y|name=/)
    expect(out.svg).toContain(`<marker id="${ID}_flowchart-v2-pointEnd" refX="5">`)
    expect(out.svg).toContain(`marker-end="url(#${ID}_flowchart-v2-pointEnd)"`)
    expect(out.svg).toContain(`<g class="node" transform="translate(10,10)">`)
    expect(out.svg).toContain(`<line id="${ID}-actor0" x1="0" stroke="#999"/>`)
    expect(out.svg).toContain(`<use href="#${ID}-actor0"/>`)
  })

  it('turns placeholder and black paint into CSS variables', () => {
    expect(out.svg).toContain('<rect class="basic label-container" x="0" y="0" width="40" height="20" style="fill:var(--mmd-node)"/>')
    expect(out.svg).toContain('<path d="M0,0" style="stroke-width: 1;fill:var(--mmd-line)"/>')
    expect(out.svg).toContain('style="fill:none;stroke:var(--mmd-line)"')
  })

  it('keeps label text as it is', () => {
    expect(out.svg).toContain('<tspan>利用者{{x}}</tspan>')
  })
})

describe('splitCssRules', () => {
  it.each([
    [
      'a{b:c}d{e:f}',
      ['a{b:c}', 'd{e:f}'],
    ],
    [
      '@keyframes k{from{x:0}to{x:1}} .p{q:r}',
      ['@keyframes k{from{x:0}to{x:1}}', '.p{q:r}'],
    ],
    ['', []],
  ])('%j', (css, expected) => {
    expect(splitCssRules(css)).toEqual(expected)
  })
})

describe('processSvg with generated accessible names', () => {
  const text = fc.string({
    unit: fc.constantFrom('<', '>', '&', '"', '\'', '{', '}', '\\', '🚀', '図', 'の', 'a', ' '),
    minLength: 1,
    maxLength: 30,
  }).filter(s => s.trim() !== '')
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

  it('reads back any accTitle and accDescr Mermaid wrote, and keeps them escaped in the SVG', () => {
    fc.assert(fc.property(text, text, (title, desc) => {
      const raw = RAW.replace('同期の流れ', xml(title)).replace('GitからPodへ &amp; 戻る', xml(desc))
      const out = processSvg(raw, ID)
      expect(out.title).toBe(title.trim())
      expect(out.desc).toBe(desc.trim())
      expect(out.svg).toContain(`<title id="${ID}-title">${xml(title)}</title>`)
    }), { numRuns: 60 })
  })
})
