import type { CachedDiagram } from '../mermaid/cache'
import type { MermaidPluginOptions } from './mermaid'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { diagramId } from '../mermaid/hash'
import { mermaidPlugin } from './mermaid'

const CODE = 'flowchart LR\n  accTitle: 流れ\n  accDescr: 利用者からPodへ\n  U[利用者] --> P{{Pod}}\n'
const FENCE = `\`\`\`mermaid\n${CODE}\`\`\`\n`
const ID = diagramId(CODE)
const DIAGRAM: CachedDiagram = {
  svg: `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart mmd-flowchart-v2" viewBox="0 0 10 10"><title id="${ID}-title">流れ</title><desc id="${ID}-desc">利用者からPodへ</desc><path style="marker-end:url(#${ID}_end)"/></svg>`,
  css: [],
  title: '流れ',
  desc: '利用者からPodへ',
  width: 800,
  height: 100,
  labelPx: 16,
}
const NARROW: CachedDiagram['narrow'] = {
  svg: `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart mmd-flowchart-v2" viewBox="0 0 10 10"><title id="${ID}-n-title">流れ</title><path style="marker-end:url(#${ID}-n_end)"/></svg>`,
  css: [],
  width: 200,
  height: 400,
  labelPx: 14,
}

async function renderer(options: MermaidPluginOptions) {
  disposeMdItInstance()
  const md = await createMarkdownRenderer('/tmp', {
    config: md => md.use(mermaidPlugin, options),
  })
  return (src: string) => md.render(src, { relativePath: 'notes/test.md' })
}

describe('mermaidPlugin', () => {
  it('replaces a fence by the pre-rendered SVG in a labelled, zoomable figure, with its source', async () => {
    const html = (await renderer({
      diagrams: new Map([
        [ID, DIAGRAM],
      ]),
    }))(FENCE)
    expect(html).toContain(`<figure class="mermaid-diagram zoomable mmd-scroll-624" data-label-px="16"><div class="mermaid-svg" role="img" tabindex="0" aria-labelledby="${ID}-title" aria-describedby="${ID}-desc" v-once><svg v-pre data-variant="wide" `)
    expect(html).toContain('<details class="mermaid-source"><summary>Mermaidのソース</summary><pre v-pre><code>flowchart LR')
    expect(html).toContain('U[利用者] --&gt; P{{Pod}}')
  })

  it('puts the hint and the 「拡大」 button after the scrolling box, outside it', async () => {
    const html = (await renderer({
      diagrams: new Map([
        [ID, DIAGRAM],
      ]),
    }))(FENCE)
    expect(html).toMatch(/<\/svg><\/div><span class="mermaid-hint" aria-hidden="true">横にスクロールできます<\/span><button type="button" class="zoom-open" aria-haspopup="dialog"><span aria-hidden="true">拡大<\/span><span class="visually-hidden">拡大して表示: 流れ<\/span><\/button><\/figure>/)
  })

  it('adds the narrow twin after the original, with the classes that switch them and its smaller label size', async () => {
    const html = (await renderer({
      diagrams: new Map([
        [
          ID,
          { ...DIAGRAM, narrow: NARROW },
        ],
      ]),
    }))(`${FENCE}\n${FENCE}`)
    expect(html).toContain('<figure class="mermaid-diagram zoomable mmd-switch-624 mmd-scroll-196" data-label-px="14">')
    expect(html).toContain(`</svg><svg v-pre data-variant="narrow" xmlns="http://www.w3.org/2000/svg" class="flowchart mmd-flowchart-v2" viewBox="0 0 10 10"><title id="${ID}-n-title">`)
    // A repeat renames both variants' ids.
    expect(html).toContain(`<title id="${ID}-2-n-title">`)
    expect(html).toContain(`url(#${ID}-2-n_end)`)
  })

  it('gives a diagram repeated on a page fresh ids', async () => {
    const html = (await renderer({
      diagrams: new Map([
        [ID, DIAGRAM],
      ]),
    }))(`${FENCE}\n${FENCE}`)
    expect(html.match(new RegExp(`id="${ID}-title"`, 'g'))).toHaveLength(1)
    expect(html).toContain(`id="${ID}-2-title"`)
    expect(html).toContain(`url(#${ID}-2_end)`)
  })

  it('fails with the page and line when a diagram was not pre-rendered', async () => {
    const render = await renderer({
      diagrams: new Map(),
    })
    expect(() => render(`# 題\n\n${FENCE}`)).toThrow('notes/test.md:3: this Mermaid diagram was not pre-rendered')
  })

  it('emits the dev-only client component without pre-rendered diagrams', async () => {
    const html = (await renderer({}))(FENCE)
    expect(html).toContain(`<MermaidDiagram code="${encodeURIComponent(CODE)}" />`)
    expect(html).toContain('<summary>Mermaidのソース</summary>')
  })

  it('fails in dev on a diagram without accTitle', async () => {
    const render = await renderer({})
    expect(() => render('```mermaid\nflowchart LR\n  accDescr: 説明\n  A --> B\n```\n')).toThrow('notes/test.md:1: missing accTitle')
  })

  it('leaves other fences to VitePress', async () => {
    const html = (await renderer({}))('```yaml\nkind: Pod\n```\n')
    expect(html).toContain('language-yaml')
    expect(html).not.toContain('mermaid')
  })
})
