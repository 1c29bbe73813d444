// Page history from git, read once per build: one `git log` over the content folder, parsed into each
// page's changes (date, the commit's `Reader-Note:` trailers for that page, and its subject for the
// authors' own tools), newest first. Pages show readers the notes only (shared/history.ts), the way
// Nolebase's git changelog lists changes. Without git or history (a tarball, a shallow clone of one
// commit), pages simply get fewer or no entries; the frontmatter dates stay the fallback under the title.
import type { PageChange } from '../../shared/garden'
import { spawnSync } from 'node:child_process'

const RECORD = '\u001E'
const FIELD = '\u001F'
const NOTE = '\u001D'
/** The trailer a commit uses to tell readers, in Japanese, what changed. */
export const READER_NOTE_TRAILER = 'Reader-Note'
/**
 * `git log` format: one record per commit (hash, date, reader notes, subject last, since it may hold
 * anything), then the files it touched (with --name-only).
 */
export const GIT_LOG_FORMAT = `${RECORD}%h${FIELD}%cI${FIELD}%(trailers:key=${READER_NOTE_TRAILER},valueonly,unfold,separator=%x1D)${FIELD}%s`

/**
 * VitePress embeds page data in a <script> block of the compiled page, where a closing script tag
 * would end it; a note is not content to reject, so `</` gets an invisible zero-width space.
 */
export function embeddable(text: string): string {
  return text.replace(/<\//g, '<\u200B/')
}

/** A note for one page ('notes/pdb.md: …') applies to that file only; any other to every file. */
function notesFor(file: string, notes: readonly string[]): string[] {
  return notes.flatMap((note) => {
    const scoped = /^([^\s:]+\.md):\s*(\S.*)$/.exec(note)
    if (!scoped)
      return [note]
    return scoped[1] === file
      ? [scoped[2]!]
      : []
  })
}

/** Parses `git log --format=GIT_LOG_FORMAT --name-only` into file → changes, newest first. */
export function parseGitLog(log: string): Map<string, PageChange[]> {
  const byFile = new Map<string, PageChange[]>()
  for (const record of log.split(RECORD).slice(1)) {
    const [header = '', ...files] = record.split('\n')
    const [hash, date, trailers = '', ...subject] = header.split(FIELD)
    if (!hash || !date)
      continue
    const notes = trailers.split(NOTE).map(n => embeddable(n.trim())).filter(n => n !== '')
    for (const file of files.map(f => f.trim()).filter(f => f !== '')) {
      const list = byFile.get(file) ?? []
      list.push({
        hash,
        date,
        subject: embeddable(subject.join(FIELD).trim()),
        notes: notesFor(file, notes),
      })
      byFile.set(file, list)
    }
  }
  return byFile
}

/**
 * Changes of every file under `dir`, keyed by the path relative to it ('notes/gitops.md'). Merge
 * commits are left out (their changes are already listed); renames are not followed.
 */
export function readGitHistory(dir: string): Map<string, PageChange[]> {
  const result = spawnSync('git', [
    '-C',
    dir,
    'log',
    '--no-merges',
    '--relative',
    `--format=${GIT_LOG_FORMAT}`,
    '--name-only',
    '--',
    '.',
  ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0 || result.error)
    return new Map()
  return parseGitLog(result.stdout)
}
