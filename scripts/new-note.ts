// `npm run new:note -- <slug>`: creates docs/notes/<slug>.md (see scripts/lib/newNote/newNote.ts).
import process from 'node:process'
import { createNote, NewNoteError } from './lib/newNote/newNote'

const slug = process.argv[2]
if (!slug) {
  console.error('usage: npm run new:note -- <slug>   (kebab-case, e.g. pod-security)')
  process.exit(2)
}
try {
  const path = createNote({
    slug,
    srcDir: 'docs',
    today: new Date().toISOString().slice(0, 10),
  })
  console.log(`created ${path}: write its title, description and tags, then link it from a chapter page`)
}
catch (error) {
  if (!(error instanceof NewNoteError))
    throw error
  console.error(error.message)
  process.exit(1)
}
