// The on-disk cache of rendered diagrams: one JSON file per diagram id in
// .vitepress/cache/mermaid/, so a rebuild renders only diagrams whose source or setup changed.
import type { ProcessedSvg } from '../../shared/mermaidSvg'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

/** One rendered SVG: its markup, its kind's CSS and its size (see shared/mermaidLayout.ts). */
export type RenderedSvg = Pick<ProcessedSvg, 'svg' | 'css' | 'width' | 'height' | 'labelPx'>

/** A diagram as authored, with its narrow twin when it has one worth showing. */
export type CachedDiagram = RenderedSvg & Pick<ProcessedSvg, 'title' | 'desc'> & { narrow?: RenderedSvg }

export interface DiagramCache {
  get: (id: string) => CachedDiagram | undefined
  set: (id: string, diagram: CachedDiagram) => void
}

export function createDiagramCache(dir: string): DiagramCache {
  return {
    get(id) {
      try {
        return JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as CachedDiagram
      }
      catch {
        return undefined
      }
    },
    set(id, diagram) {
      mkdirSync(dir, { recursive: true })
      const file = join(dir, `${id}.json`)
      // Write then rename: a build killed halfway never leaves a torn entry behind.
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(diagram))
      renameSync(`${file}.${process.pid}.tmp`, file)
    },
  }
}
