// `npm run bench` — build, serve and measure the garden; prints one table and PASS/FAIL per target,
// and writes .bench/results-<sha>.json. Logic in scripts/lib/bench/.
//   npm run bench                      full run (Lighthouse: ~5 min more)
//   npm run bench -- --quick           no Lighthouse
//   npm run bench -- --scale           synthetic gardens of 100/300/1,000 notes, link graph timing
//   npm run bench -- --compare a.json b.json
//   --lock /tmp/build.lock             hold a flock(1) lock around each build (shared checkouts)
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runBench, saveResults } from './lib/bench/bench'
import { formatComparison, formatReport } from './lib/bench/resultsReport'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    lock: { type: 'string' },
  },
})

if (values.compare) {
  if (positionals.length !== 2) {
    console.error('usage: npm run bench -- --compare a.json b.json')
    process.exit(2)
  }
  const [a, b] = positionals.map(p => JSON.parse(readFileSync(p, 'utf8')))
  console.log(formatComparison(a, b))
}
else {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const results = await runBench({
    root,
    quick: values.quick,
    scale: values.scale,
    ...(values.lock
      ? { lock: values.lock }
      : {}),
  })
  const path = saveResults(root, results)
  console.log(`\n${formatReport(results)}\n\nwritten to ${path}`)
}
