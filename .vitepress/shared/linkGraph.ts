// The link graph of the garden: who links to whom, backlinks and orphans.
// Linear in pages + links (one pass over the edges, Map/Set lookups), so it scales to thousands of notes.

export interface GraphEdge {
  from: string
  to: string
}

export interface LinkGraph {
  /** Page ids in input order. */
  nodes: string[]
  /** Unique edges, self-links removed, in first-seen order. */
  edges: GraphEdge[]
  /** Target id → ids of the pages linking to it, in input order. */
  backlinks: Map<string, string[]>
  /** Source id → ids it links to. */
  outlinks: Map<string, string[]>
}

export function buildLinkGraph(nodes: readonly string[], links: Iterable<GraphEdge>): LinkGraph {
  const known = new Set(nodes)
  const backlinks = new Map<string, string[]>()
  const outlinks = new Map<string, string[]>()
  for (const id of nodes) {
    backlinks.set(id, [])
    outlinks.set(id, [])
  }
  const seen = new Set<string>()
  const edges: GraphEdge[] = []
  for (const { from, to } of links) {
    if (from === to || !known.has(from) || !known.has(to))
      continue
    const key = `${from}\u0000${to}`
    if (seen.has(key))
      continue
    seen.add(key)
    edges.push({ from, to })
    outlinks.get(from)!.push(to)
    backlinks.get(to)!.push(from)
  }
  const order = new Map(nodes.map((id, i) => [id, i]))
  for (const list of backlinks.values())
    list.sort((a, b) => order.get(a)! - order.get(b)!)
  return {
    nodes: [...nodes],
    edges,
    backlinks,
    outlinks,
  }
}

/** Pages nobody links to, except the listed roots (the home page). */
export function findOrphans(graph: LinkGraph, roots: readonly string[] = ['index']): string[] {
  const rootSet = new Set(roots)
  return graph.nodes.filter(id => !rootSet.has(id) && graph.backlinks.get(id)!.length === 0)
}
