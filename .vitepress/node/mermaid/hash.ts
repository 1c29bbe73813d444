// The cache key and id prefix of a diagram: a hash of its source, the shared Mermaid
// configuration, Mermaid's version, the SVG post-processing and the source of its narrow twin, so
// changing any of them re-renders.
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { narrowSource } from '../../shared/mermaidLayout'
import { MERMAID_CONFIG } from '../../shared/mermaidTheme'

/** Bump when processSvg() or the cached entry (cache.ts) changes. */
export const SVG_FORMAT_VERSION = 3

let version: string | undefined

export function mermaidVersion(): string {
  version ??= (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version
  return version
}

/** `mmd-` + 10 hex digits: a valid id prefix, unique per diagram source. */
export function diagramId(code: string): string {
  const h = createHash('sha256')
    .update(JSON.stringify([
      code,
      narrowSource(code) ?? null,
      MERMAID_CONFIG,
      mermaidVersion(),
      SVG_FORMAT_VERSION,
    ]))
    .digest('hex')
  return `mmd-${h.slice(0, 10)}`
}
