// `npm run generate:garden -- <dir> [--notes 300] [--diagram-every 5]`: writes a synthetic garden
// (see scripts/lib/bench/syntheticGarden.ts). Build it with SITE_URL=example GARDEN_SRC_DIR=<dir> npx vitepress build.
import process from 'node:process'
import { parseArgs } from 'node:util'
import { writeGarden } from './lib/bench/syntheticGarden'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'notes': { type: 'string', default: '300' },
    'diagram-every': { type: 'string', default: '5' },
  },
})
const dir = positionals[0]
const notes = Number(values.notes)
if (!dir || !Number.isInteger(notes) || notes < 1) {
  console.error('usage: npm run generate:garden -- <dir> [--notes 300] [--diagram-every 5]')
  process.exit(2)
}
const files = writeGarden(dir, {
  notes,
  diagramEvery: Number(values['diagram-every']),
})
console.log(`wrote ${files} pages (${notes} notes) to ${dir}; build with SITE_URL=example GARDEN_SRC_DIR=${dir} npx vitepress build`)
