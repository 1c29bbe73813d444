import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GIT_LOG_FORMAT, parseGitLog, readGitHistory } from './gitHistory'

const R = '\u001E'
const F = '\u001F'

describe('parseGitLog', () => {
  it('lists each file\'s changes newest first, with Japanese subjects and separators inside them', () => {
    const log = [
      `${R}b2c3d4e${F}2026-11-30T09:00:00+09:00${F}ノートを直す: 「<pending>」の説明`,
      '',
      'notes/gitops.md',
      'chapters/3-iac.md',
      `${R}a1b2c3d${F}2026-11-29T10:00:00+09:00${F}Add GitOps${F}with a stray separator`,
      '',
      'notes/gitops.md',
      '',
    ].join('\n')
    const history = parseGitLog(log)
    expect(history.get('notes/gitops.md')).toEqual([
      { hash: 'b2c3d4e', date: '2026-11-30T09:00:00+09:00', subject: 'ノートを直す: 「<pending>」の説明' },
      { hash: 'a1b2c3d', date: '2026-11-29T10:00:00+09:00', subject: `Add GitOps${F}with a stray separator` },
    ])
    expect(history.get('chapters/3-iac.md')).toHaveLength(1)
  })

  it('keeps a closing script tag in a subject from ending the script block that embeds it', () => {
    const history = parseGitLog(`${R}c0ffee0${F}2026-11-30T09:00:00+09:00${F}Reject titles with </script> and </SCRIPT\n\nnotes/a.md\n`)
    const subject = history.get('notes/a.md')![0]!.subject
    expect(subject).not.toMatch(/<\/script/i)
    expect(subject.replace(/\u200B/g, '')).toBe('Reject titles with </script> and </SCRIPT')
  })

  it('yields nothing for empty output', () => {
    expect(parseGitLog('').size).toBe(0)
  })
})

describe('readGitHistory', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  })

  it('reads a real repository, keyed by the path inside the content folder', () => {
    const repo = mkdtempSync(join(tmpdir(), 'garden-history-'))
    mkdirSync(join(repo, 'docs/notes'), { recursive: true })
    git(repo, 'init', '-q')
    writeFileSync(join(repo, 'docs/notes/a.md'), 'one')
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '-m', 'ノートを植える')
    writeFileSync(join(repo, 'docs/notes/a.md'), 'two')
    writeFileSync(join(repo, 'README.md'), 'not content')
    git(repo, 'add', '.')
    git(repo, 'commit', '-q', '-m', 'ノートを育てる')
    const history = readGitHistory(join(repo, 'docs'))
    expect(history.get('notes/a.md')?.map(c => c.subject)).toEqual(['ノートを育てる', 'ノートを植える'])
    expect([
      ...history.keys(),
    ]).toEqual(['notes/a.md'])
  })

  it('returns no history outside a repository', () => {
    expect(readGitHistory(mkdtempSync(join(tmpdir(), 'garden-no-git-'))).size).toBe(0)
  })

  it('uses a format with one record separator per commit', () => {
    expect(GIT_LOG_FORMAT.split(R)).toHaveLength(2)
  })
})
