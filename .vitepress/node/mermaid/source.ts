// Checks on a Mermaid fence's source that need no renderer, shared by the build-time pre-render
// and the dev-time markdown plugin: every diagram names itself for screen readers.
//   flowchart LR
//     accTitle: 同期の流れ
//     accDescr: GitからPodまでの流れ      (or a block: accDescr { … })

const TITLE_RE = /^[ \t]*accTitle[ \t]*:[ \t]*\S/m
const DESCR_RE = /^[ \t]*accDescr[ \t]*(?::[ \t]*\S|\{)/m

/** Messages for whatever the source lacks; empty when it is fine. */
export function accessibilityProblems(code: string): string[] {
  const problems: string[] = []
  if (!TITLE_RE.test(code))
    problems.push('missing accTitle: every Mermaid diagram needs `accTitle: …` (its accessible name)')
  if (!DESCR_RE.test(code))
    problems.push('missing accDescr: every Mermaid diagram needs `accDescr: …` (its text alternative)')
  return problems
}

/** True for the info string of a Mermaid fence: ```mermaid */
export function isMermaidInfo(info: string): boolean {
  return info.trim().split(/\s+/)[0] === 'mermaid'
}
