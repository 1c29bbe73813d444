// The example check: every page is run on its own copy of the practice cluster (its prerequisite pages
// replayed first), its commands in page order, its examples applied when a command applies them (or at the
// end, when the page only shows them), then its references, probes and output blocks are checked; at the end
// all pages' objects are put together to find what collides when one reader tries every page on one
// cluster. Findings read `file:line: [check] message`, like the manifest validator's errors.
import type { Cluster } from './cluster'
import type { Finding, Obj } from './model'
import type { Page } from './pages'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseFile } from '../manifests/documents'
import { readCluster, seed } from './cluster'
import { Run } from './context'
import { checkTogether } from './global'
import { checkOutput } from './outputs'
import { findPages, readPage } from './pages'
import { podTemplates } from './pods'
import { checkProbes } from './probes'
import { checkReferences } from './references'
import { runCommand } from './tools'

export type { Finding } from './model'

export interface CheckOptions {
  /** The folder the reader's `docs/` is (VitePress srcDir). */
  srcDir: string
  /** The repository root: file paths in findings are relative to it. */
  root: string
  /** How the reader writes srcDir in commands. @default 'docs' */
  srcName?: string
  /** The practice cluster's kind config. @default '<srcDir>/notes/examples/kind-cluster.yaml' */
  clusterFile?: string
}

export interface CheckResult {
  findings: Finding[]
  pages: number
  examples: number
  commands: number
  outputs: number
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}: [${f.check}] ${f.message}`
}

/** Whether an included file is part of a Kustomize tree (applied with -k, never on its own). */
function inKustomizeTree(abs: string, srcDir: string): boolean {
  for (let dir = dirname(abs); dir.startsWith(srcDir) && dir !== srcDir; dir = dirname(dir)) {
    if (['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some(n => existsSync(join(dir, n))))
      return true
  }
  return false
}

/** Commands that reach a cluster (not `kubectl kustomize`, `helm template`, offline tools…). */
function needsCluster(page: Page): boolean {
  return page.steps.some(s => s.type === 'command' && ((s.command.argv[0] === 'kubectl' && !['kustomize', 'config', 'krew'].includes(s.command.argv[1] ?? ''))
    || (s.command.argv[0] === 'helm' && !['create', 'lint', 'template', 'repo'].includes(s.command.argv[1] ?? '')) || s.command.argv[0] === 'argocd'))
}

interface ReplayContext {
  pages: Map<string, Page>
  srcDir: string
  /** The examples the checked pages include (filled as they are applied). */
  examples: Set<string>
  report: (f: Finding) => void
}

/**
 * Replays a page on its run: its prerequisites first (muted; a cycle is cut), then its commands, then
 * the included examples no command applied.
 */
function replay(ctx: ReplayContext, run: Run, page: Page, visiting: Set<string>): void {
  for (const pre of page.prerequisites) {
    const p = ctx.pages.get(pre.id)
    if (!p) {
      if (!run.muted) {
        ctx.report({
          file: page.file,
          line: pre.line,
          check: 'unknown-prerequisite',
          message: `no page ${pre.id}`,
        })
      }
      continue
    }
    if (visiting.has(p.id))
      continue
    const muted = run.muted
    run.muted = true
    replay(ctx, run, p, new Set([...visiting, p.id]))
    run.muted = muted
  }
  for (const step of page.steps) {
    if (step.type === 'command')
      runCommand(run, step.command)
  }
  for (const step of page.steps) {
    if (step.type !== 'include' || run.applied.has(step.path))
      continue
    const abs = run.examplePath(step.path)
    if (!abs) {
      ctx.report({
        file: page.file,
        line: step.line,
        check: 'file-not-found',
        message: `the included ${step.path} does not exist`,
      })
      continue
    }
    if (!run.muted)
      ctx.examples.add(step.path)
    if (abs.endsWith('kind-cluster.yaml') || inKustomizeTree(abs, ctx.srcDir))
      continue
    run.applyFile(abs, { file: page.file, line: step.line })
  }
}

export function checkExamples(options: CheckOptions): CheckResult {
  const srcDir = resolve(options.srcDir)
  const root = resolve(options.root)
  const srcName = options.srcName ?? 'docs'
  const findings: Finding[] = []
  const report = (f: Finding): void => {
    findings.push(f)
  }
  const clusterFile = parseFile(options.clusterFile ?? join(srcDir, 'notes/examples/kind-cluster.yaml'), root)
  const doc = clusterFile.docs[0]!
  const cluster: Cluster = readCluster(doc.value as Record<string, unknown>, { file: clusterFile.file, line: doc.line }, doc.lineOf, report)

  const pages = new Map<string, Page>(findPages(srcDir).map(p => readPage(p, srcDir, root, srcName)).map(p => [p.id, p]))
  const active = [
    ...pages.values(),
  ].filter(p => p.steps.length > 0)
  const together: Obj[] = []
  const drains: Run['drains'] = []
  let commands = 0
  let outputs = 0
  const examples = new Set<string>()

  const ctx: ReplayContext = { pages, srcDir, examples, report }
  for (const page of active) {
    const run = new Run(page, cluster, srcDir, srcName, root, report)
    seed(run.state, cluster)
    replay(ctx, run, page, new Set([page.id]))
    for (const step of page.steps) {
      if (step.type === 'command')
        commands++
      if (step.type === 'include')
        examples.add(step.path)
    }
    checkReferences(run.state, report)
    for (const t of podTemplates(run.state))
      checkProbes(t, report)
    const cluster_ = needsCluster(page)
    for (const step of page.steps) {
      if (step.type === 'output') {
        outputs++
        checkOutput(run, step, cluster_, report)
      }
    }
    together.push(...[
      ...run.state.objects.values(),
    ].filter(o => o.origin !== 'the practice cluster'))
    drains.push(...run.drains)
  }
  checkTogether(together, drains, report)

  const unique = new Map(findings.map(f => [
    formatFinding(f),
    f,
  ]))
  const sorted = [
    ...unique.values(),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.check.localeCompare(b.check))
  return {
    findings: sorted,
    pages: active.length,
    examples: examples.size,
    commands,
    outputs,
  }
}
