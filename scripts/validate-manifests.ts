// Checks every example manifest under docs/**/examples/: `tsx scripts/validate-manifests.ts [files…]`.
// Prints one line per file and a summary; exits 1 when any document is invalid.
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { KUBERNETES_VERSION, preloadSchemas } from './lib/manifests/schemas'
import { findManifestFiles, formatError, validateFiles } from './lib/manifests/validate'

const root = process.cwd()
const args = process.argv.slice(2)
const files = args.length > 0
  ? args
  : findManifestFiles('docs')
// Every apiVersion written in the files and in the examples (which kustomize bases may come from).
const apiVersions = [
  ...new Set([
    ...files,
    ...findManifestFiles('docs'),
  ]),
]
  .flatMap(f => Array.from(readFileSync(f, 'utf8').matchAll(/^\s*(?:- )?apiVersion:\s*["']?([\w./-]+)/gm), m => m[1]!))
await preloadSchemas(apiVersions)
const results = validateFiles(files, root)
let documents = 0
let failed = 0
for (const r of results) {
  documents += r.objects.length
  const status = r.errors.length === 0
    ? 'ok  '
    : 'FAIL'
  console.log(`${status} ${r.file} (${r.role}: ${r.objects.join(', ') || 'no documents'})`)
  for (const e of r.errors)
    console.log(`     ${formatError(e)}`)
  if (r.errors.length > 0)
    failed++
}
console.log(`\n${results.length} files, ${documents} documents checked against Kubernetes ${KUBERNETES_VERSION} and CRD schemas: ${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed > 0
  ? 1
  : 0
