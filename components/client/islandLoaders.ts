// The island components' code, fetched per island by components/client/islands.ts (its own chunk
// each). The same folders as components/islands/components.ts; a test checks that both lists agree.
import type { IslandLoader } from './islands'

const modules = import.meta.glob<Awaited<ReturnType<IslandLoader>>>(['../diagrams/[A-Z]*.vue', '../simulators/[A-Z]*.vue', '!../diagrams/MermaidDiagram.vue'])

export const islandLoaders: Record<string, IslandLoader> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => [
    path.replace(/^.*\/(\w+)\.vue$/, '$1'),
    load,
  ]),
)
