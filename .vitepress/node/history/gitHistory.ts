// Page history from git, read once per build: one `git log` over the content folder, parsed into each
// page's changes (date and commit subject), newest first. Pages show it as 「変更履歴」, the way
// Nolebase's git changelog does. Without git or history (a tarball, a shallow clone of one commit),
// pages simply get fewer or no entries; the frontmatter dates stay the fallback shown under the title.
import type { PageChange } from '../../shared/garden'
import { spawnSync } from 'node:child_process'

const RECORD = '\u001E'
const FIELD = '\u001F'
/** `git log` format: one record per commit, then the files it touched (with --name-only). */
export const GIT_LOG_FORMAT = `${RECORD}%h${FIELD}%cI${FIELD}%s`

/**
 * VitePress embeds page data in a <script> block of the compiled page, where a closing script tag
 * would end it; a commit subject is not content to reject, so `</` gets an invisible zero-width space.
 */
export function embeddable(text: string): string {
  return text.replace(/<\//g, '<\u200B/')
}

/** Parses `git log --format=GIT_LOG_FORMAT --name-only` into file → changes, newest first. */
export function parseGitLog(log: string): Map<string, PageChange[]> {
  const byFile = new Map<string, PageChange[]>()
  for (const record of log.split(RECORD).slice(1)) {
    const [header = '', ...files] = record.split('\n')
    const [hash, date, ...subject] = header.split(FIELD)
    if (!hash || !date)
      continue
    const change = {
      hash,
      date,
      subject: embeddable(subject.join(FIELD).trim()),
    }
    for (const file of files.map(f => f.trim()).filter(f => f !== '')) {
      const list = byFile.get(file) ?? []
      list.push(change)
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
