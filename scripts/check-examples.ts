// Checks that the pages' examples and commands fit together on the practice cluster:
// `tsx scripts/check-examples.ts [srcDir]` (default docs). Prints one `file:line: [check] message` per finding
// and a summary; exits 1 when there is any. What it models: scripts/lib/examples/check.ts and ARCHITECTURE.md.
import process from 'node:process'
import { checkExamples, formatFinding } from './lib/examples/check'

const srcDir = process.argv[2] ?? 'docs'
const result = checkExamples({
  srcDir,
  root: process.cwd(),
})
for (const f of result.findings)
  console.log(formatFinding(f))
console.log(`\n${result.pages} pages, ${result.examples} examples, ${result.commands} commands, ${result.outputs} output blocks checked against the practice cluster: ${result.findings.length} finding(s)`)
process.exitCode = result.findings.length > 0
  ? 1
  : 0
