// Build-time Mermaid rendering: see prerender.ts (the pipeline) and vite.ts (its stylesheet).
export { MermaidBuildError, prerenderMermaid, summarize } from './prerender'
export type { DiagramOutcome, MermaidDiagrams, PrerenderOptions } from './prerender'
export { MERMAID_CSS_ID, mermaidCssPlugin } from './vite'
