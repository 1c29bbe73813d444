import type { CachedDiagram } from '../node/mermaid/cache'
import type { MermaidPluginOptions } from './mermaid'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { diagramId } from '../node/mermaid/hash'
import { mermaidPlugin } from './mermaid'

const CODE = 'flowchart LR\n  accTitle: 流れ\n  accDescr: 利用者からPodへ\n  U[利用者] --> P{{Pod}}\n'
const FENCE = `\`\`\`mermaid\n${CODE}\`\`\`\n`
const ID = diagramId(CODE)
const DIAGRAM: CachedDiagram = {
  svg: `<svg xmlns="http://www.w3.org/2000/svg" class="flowchart mmd-flowchart-v2" viewBox="0 0 10 10"><title id="${ID}-title">流れ</title><desc id="${ID}-desc">利用者からPodへ</desc><path style="marker-end:url(#${ID}_end)"/></svg>`,
  css: [],
  title: '流れ',
  desc: '利用者からPodへ',
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
    expect(html).toContain(`<figure class="mermaid-diagram zoomable"><div class="mermaid-svg" role="img" aria-labelledby="${ID}-title" aria-describedby="${ID}-desc" v-once><svg v-pre `)
    expect(html).toContain('<details class="mermaid-source"><summary>Mermaidのソース</summary><pre v-pre><code>flowchart LR')
    expect(html).toContain('U[利用者] --&gt; P{{Pod}}')
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
