import type { Browser } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { labelRows } from '../../../test/support/labelBreaks'
import { chromiumLaunchOptions } from '../chromium'
import { buildContentIndex } from '../content/index'
import { MermaidBuildError, prerenderMermaid } from './prerender'
import { renderMermaid } from './render'

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/mermaid/${name}`, import.meta.url))

describe('prerenderMermaid', () => {
  let browser: Browser
  let cacheDir: string
  const logs: string[] = []
  const run = (name: string) => prerenderMermaid({
    index: buildContentIndex(fixture(name), name),
    cacheDir,
    browser,
    log: m => logs.push(m),
  })

  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions())
    cacheDir = mkdtempSync(join(tmpdir(), 'mermaid-cache-'))
  })
  afterAll(async () => {
    await browser?.close()
    rmSync(cacheDir, { recursive: true, force: true })
  })

  it('fails on a syntax error, naming the file, the fence line and Mermaid\'s message', async () => {
    const error = await run('syntax-error').catch(e => e)
    expect(error).toBeInstanceOf(MermaidBuildError)
    expect(error.errors).toEqual([
      {
        file: 'syntax-error/broken.md',
        line: 9,
        message: expect.stringMatching(/^Mermaid: Parse error on line \d+/),
      },
    ])
    expect(error.message).toContain('syntax-error/broken.md:9: Mermaid: Parse error')
  })

  it('collects every missing accTitle and accDescr of a build into one error', async () => {
    const error = await run('no-acc').catch(e => e)
    expect(error).toBeInstanceOf(MermaidBuildError)
    expect(error.errors.map((e: MermaidBuildError['errors'][number]) => `${e.file}:${e.line}: ${e.message.split(':')[0]}`)).toEqual([
      'no-acc/untitled.md:7: missing accTitle',
      'no-acc/untitled.md:7: missing accDescr',
      'no-acc/untitled.md:14: missing accDescr',
    ])
  })

  it('renders a diagram into themed inline SVG, then serves a warm rebuild from the cache', async () => {
    logs.length = 0
    const cold = await run('valid')
    expect(cold.outcomes.map(o => o.status)).toEqual(['rendered'])
    const warm = await run('valid')
    expect(warm.outcomes.map(o => o.status)).toEqual(['cached'])
    expect(logs).toEqual(['[mermaid] 1 rendered, 0 cached', '[mermaid] 0 rendered, 1 cached'])

    const outcome = warm.outcomes[0]!
    expect(outcome.status).toBe('cached')
    const diagram = warm.get(outcome.id)!
    expect(diagram.title).toBe('正しい図')
    expect(diagram.desc).toBe('利用者の要求がServiceを経てPodに届く')
    expect(diagram.svg).toMatch(/^<svg [^>]*class="[^"]*mmd-flowchart-v2"/)
    expect(diagram.svg).toContain('利用者')
    expect(diagram.svg).not.toMatch(/<style|<foreignObject|role=|aria-|data-/)
    expect(warm.css).toContain('.mmd-flowchart-v2 .node rect')
    expect(warm.css).toContain('var(--mmd-node)')
  })

  // Mermaid 12's own defaults for a flowchart are the neo look (drop shadows, markers and colours
  // our CSS doesn't style), labels wrapped at 120 px and nodes at least 120 px wide: MERMAID_CONFIG
  // keeps Mermaid 11's classic look and widths.
  it('draws a flowchart with the classic look, labels wrapped at 200 px and nodes as wide as their labels', async () => {
    const [result] = await renderMermaid([
      {
        id: 'mmd-look',
        code: 'flowchart LR\n  A[Pod] --> B[kube-proxy の規則]',
      },
    ], browser)
    if (!result?.ok)
      throw new Error(`not rendered: ${JSON.stringify(result)}`)
    expect(result.svg).toMatch(/<g [^>]*data-look="classic"/)
    expect(result.svg).not.toMatch(/<\w[^>]*\sdata-look="neo"/)
    expect(result.svg, 'edges end in the plain arrow marker').not.toMatch(/marker-end="url\(#[^)]*-margin\)"/)
    const widths = [
      ...result.svg.matchAll(/<rect class="basic label-container"[^>]*\swidth="([\d.]+)"/g),
    ].map(m => Number(m[1]))
    expect(widths).toHaveLength(2)
    expect(widths[0], '「Pod」: its label and padding, not 120 px + padding').toBeLessThan(100)
    expect(labelRows(result.svg), 'no label broken: 「kube-proxy の規則」 fits in 200 px').toEqual([])
  })

  it('measures the smallest label and keeps the top-to-bottom twin of a sideways flowchart, with its switch', async () => {
    const { outcomes, get, css } = await run('valid')
    const diagram = get(outcomes[0]!.id)!
    expect(diagram.labelPx).toBe(16)
    const narrow = diagram.narrow!
    expect(narrow.labelPx).toBe(16)
    // Three boxes side by side, then one above another.
    expect(narrow.width).toBeLessThan(diagram.width / 2)
    expect(narrow.height).toBeGreaterThan(diagram.height * 2)
    expect(narrow.svg).toContain('利用者')
    expect(css).toMatch(/@container mermaid \(width < \d+px\)\{\.mmd-switch-\d+ svg\[data-variant=wide\]\{display:none\}/)
  })
})
