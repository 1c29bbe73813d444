// A page as the example check reads it: the examples it includes (`<<< @/notes/examples/x.yaml`), the commands
// of its `sh` fences and its output blocks, in page order with their file lines, and the pages it names as
// prerequisites (a wikilink to another page's `#example` or `#verify` section: "apply that first").
// The Markdown is parsed by the site's own content parser, so lines and fences are the ones the build sees.
import type { SimpleCommand } from './shell'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { parsePage } from '../../../.vitepress/node/content/parse'
import { parseFence } from './shell'

export interface Include {
  type: 'include'
  /** Path as the reader writes it from the repository root, e.g. 'docs/notes/examples/pdb.yaml'. */
  path: string
  line: number
}

export interface CommandStep {
  type: 'command'
  command: SimpleCommand
}

export interface OutputBlock {
  type: 'output'
  info: string
  code: string
  /** Line of the opening fence. */
  line: number
  /** The paragraph just above the fence, which says what the block shows. */
  label: string
  labelLine: number
}

export type Step = Include | CommandStep | OutputBlock

export interface Page {
  /** 'docs/notes/statefulset.md' (relative to the repository root). */
  file: string
  /** 'notes/statefulset' */
  id: string
  steps: Step[]
  prerequisites: { id: string, line: number }[]
}

const SHELL_FENCES = new Set(['sh', 'bash', 'shell', 'console'])
const OUTPUT_FENCES = new Set(['text', 'yaml', 'json', 'console', ''])
const INCLUDE_RE = /^<<<\s+@\/([^\s{#]+)/

/** Every Markdown page under `srcDir`, sorted. */
export function findPages(srcDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== 'public' && !entry.name.startsWith('.'))
        walk(path)
      else if (entry.isFile() && entry.name.endsWith('.md'))
        found.push(path)
    }
  }
  walk(srcDir)
  return found
}

/** Wikilink target → page id: `gitops` → `notes/gitops`, `chapters/1-basics` as written. */
function pageId(target: string): string {
  return target.includes('/')
    ? target
    : `notes/${target}`
}

/** The label paragraph of a fence: the non-blank lines right above it. */
function labelAbove(lines: string[], fenceLine: number): { label: string, line: number } {
  let i = fenceLine - 2
  while (i >= 0 && lines[i]!.trim() === '')
    i--
  const end = i
  while (i >= 0 && lines[i]!.trim() !== '' && !lines[i]!.startsWith('```'))
    i--
  return {
    label: lines.slice(i + 1, end + 1).join('\n'),
    line: i + 2,
  }
}

/** Reads one page; `root` is the repository root, `srcDir` the folder `@/` stands for, `srcName` how a reader writes it. */
export function readPage(abs: string, srcDir: string, root: string, srcName = 'docs'): Page {
  const source = readFileSync(abs, 'utf8')
  const lines = source.split('\n')
  const relativePath = relative(srcDir, abs).split(sep).join('/')
  const srcFromRoot = relative(root, srcDir).split(sep).join('/')
  const parsed = parsePage(source, relativePath, srcFromRoot)
  const steps: Step[] = []
  lines.forEach((text, i) => {
    const m = INCLUDE_RE.exec(text.trim())
    if (m)
      steps.push({ type: 'include', path: `${srcName}/${m[1]}`, line: i + 1 })
  })
  for (const fence of parsed.fences) {
    const info = fence.info.split(/\s+/)[0] ?? ''
    // The fence's code starts on the line after the opening fence.
    if (SHELL_FENCES.has(info)) {
      for (const command of parseFence(fence.code.replace(/\n$/, ''), fence.line + 1))
        steps.push({ type: 'command', command })
    }
    else if (OUTPUT_FENCES.has(info)) {
      const { label, line } = labelAbove(lines, fence.line)
      if (label.includes('出力')) {
        steps.push({
          type: 'output',
          info,
          code: fence.code,
          line: fence.line,
          label,
          labelLine: line,
        })
      }
    }
  }
  const lineOf = (s: Step): number => s.type === 'command'
    ? s.command.line
    : s.line
  steps.sort((a, b) => lineOf(a) - lineOf(b))
  const id = relativePath.replace(/\.md$/, '')
  const prerequisites = parsed.links
    .filter(l => (l.anchor === 'example' || l.anchor === 'verify') && pageId(l.target) !== id)
    .map(l => ({
      id: pageId(l.target),
      line: l.line,
    }))
  return {
    file: `${srcFromRoot}/${relativePath}`,
    id,
    steps,
    prerequisites,
  }
}
