// Build-time pre-render of every ```mermaid fence, run (awaited) before VitePress renders Markdown
// synchronously: the index's fences with file:line → hash → render the uncached ones in one Chromium →
// cache. A diagram with a narrow twin (shared/mermaidLayout.ts) renders twice and keeps the twin when
// it is worth showing. Every problem of the build (syntax error, missing accTitle/accDescr) is collected and
// thrown together with file, fence line and Mermaid's own message. Logs `[mermaid] N rendered, M cached`.
import type { Browser } from 'playwright-core'
import type { ContentIndex } from '../content/index'
import type { ContentError } from '../content/parse'
import type { CachedDiagram, DiagramCache } from './cache'
import type { MermaidFence } from './extract'
import type { RenderResult } from './render'
import { resolve } from 'node:path'
import { figureLayout, keepNarrow, narrowSource } from '../../shared/mermaidLayout'
import { processSvg } from '../../shared/mermaidSvg'
import { formatError } from '../content/parse'
import { createDiagramCache } from './cache'
import { mermaidFences } from './extract'
import { diagramId } from './hash'
import { renderMermaid } from './render'
import { accessibilityProblems } from './source'

export interface PrerenderOptions {
  /** The content index: its Markdown is not read again. */
  index: Pick<ContentIndex, 'parsed' | 'displayRoot'>
  /** @default '.vitepress/cache/mermaid' (relative to the working directory) */
  cacheDir?: string
  /** A browser to reuse (tests); by default one is launched for this call and closed. */
  browser?: Browser
  /** @default console.log */
  log?: (message: string) => void
}

export type DiagramOutcome
  = | { status: 'rendered' | 'cached', id: string, fences: MermaidFence[], diagram: CachedDiagram }
    | { status: 'failed', id: string, fences: MermaidFence[], message: string }

export interface MermaidDiagrams {
  get: (id: string) => CachedDiagram | undefined
  /** Global CSS for every diagram kind in use (rules scoped to `.mmd-<kind>`) and every figure layout. */
  readonly css: string
  readonly outcomes: DiagramOutcome[]
}

export class MermaidBuildError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`${errors.length} Mermaid error${errors.length === 1
      ? ''
      : 's'}:\n${errors.map(e => `  ${formatError(e)}`.replace(/\n/g, '\n    ')).join('\n')}`)
    this.name = 'MermaidBuildError'
  }
}

export function summarize(outcomes: DiagramOutcome[]): string {
  const count = (s: DiagramOutcome['status']) => outcomes.filter(o => o.status === s).length
  const failed = count('failed')
  return `[mermaid] ${count('rendered')} rendered, ${count('cached')} cached${failed
    ? `, ${failed} failed`
    : ''}`
}

const NARROW_SUFFIX = '-n'
const narrowId = (id: string) => `${id}${NARROW_SUFFIX}`

/** The twin as cached; a twin Mermaid could not render is simply left out (the original stands). */
function twin(result: RenderResult | undefined): CachedDiagram['narrow'] {
  if (!result?.ok)
    return undefined
  const { svg, css, width, height, labelPx } = processSvg(result.svg, result.id, result.labelPx)
  return { svg, css, width, height, labelPx }
}

/** The outcome of each rendered diagram (its narrow twin attached when kept), cached when it rendered. */
function renderedOutcomes(results: RenderResult[], byId: Map<string, MermaidFence[]>, cache: DiagramCache): DiagramOutcome[] {
  const outcomes: DiagramOutcome[] = []
  const twins = new Map(results.filter(r => r.id.endsWith(NARROW_SUFFIX)).map(r => [r.id, r]))
  for (const result of results) {
    if (result.id.endsWith(NARROW_SUFFIX))
      continue
    const fences = byId.get(result.id)!
    if (!result.ok) {
      outcomes.push({
        status: 'failed',
        id: result.id,
        fences,
        message: `Mermaid: ${result.message}`,
      })
      continue
    }
    const diagram: CachedDiagram = processSvg(result.svg, result.id, result.labelPx)
    const narrow = twin(twins.get(narrowId(result.id)))
    if (narrow && keepNarrow(diagram, narrow))
      diagram.narrow = narrow
    cache.set(result.id, diagram)
    outcomes.push({
      status: 'rendered',
      id: result.id,
      fences,
      diagram,
    })
  }
  return outcomes
}

export async function prerenderMermaid(options: PrerenderOptions): Promise<MermaidDiagrams> {
  const cache = createDiagramCache(resolve(options.cacheDir ?? '.vitepress/cache/mermaid'))
  const log = options.log ?? console.log

  const errors: ContentError[] = []
  const byId = new Map<string, MermaidFence[]>()
  for (const fence of mermaidFences(options.index)) {
    for (const message of accessibilityProblems(fence.code))
      errors.push({ file: fence.file, line: fence.line, message })
    const id = diagramId(fence.code)
    byId.set(id, [
      ...(byId.get(id) ?? []),
      fence,
    ])
  }

  const outcomes: DiagramOutcome[] = []
  const toRender: { id: string, code: string }[] = []
  for (const [id, fences] of byId) {
    const diagram = cache.get(id)
    if (diagram) {
      outcomes.push({
        status: 'cached',
        id,
        fences,
        diagram,
      })
    }
    else {
      const code = fences[0]!.code
      toRender.push({ id, code })
      const narrow = narrowSource(code)
      if (narrow) {
        toRender.push({
          id: narrowId(id),
          code: narrow,
        })
      }
    }
  }

  const results = await renderMermaid(toRender, options.browser)
  outcomes.push(...renderedOutcomes(results, byId, cache))

  for (const o of outcomes) {
    for (const fence of o.fences) {
      if (o.status === 'failed')
        errors.push({ file: fence.file, line: fence.line, message: o.message })
      // The source check above explains a missing title or description; this catches one Mermaid ignored.
      else if ((!o.diagram.title || !o.diagram.desc) && accessibilityProblems(fence.code).length === 0)
        errors.push({ file: fence.file, line: fence.line, message: 'Mermaid produced no <title>/<desc>: put accTitle and accDescr right after the diagram type line' })
    }
  }

  log(summarize(outcomes))
  if (errors.length > 0) {
    errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
    throw new MermaidBuildError(errors)
  }

  const diagrams = new Map(outcomes.flatMap(o => o.status === 'failed'
    ? []
    : [
        [o.id, o.diagram] as const,
      ]))
  return {
    get: id => diagrams.get(id),
    css: [
      ...new Set([
        ...diagrams.values(),
      ].flatMap(d => [
        ...d.css,
        ...d.narrow?.css ?? [],
        ...figureLayout(d, d.narrow).css,
      ])),
    ].join('\n'),
    outcomes,
  }
}
