import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GIT_LOG_FORMAT, parseGitLog, readGitHistory } from './gitHistory'

const R = '\u001E'
const F = '\u001F'
const N = '\u001D'

describe('parseGitLog', () => {
  it('lists each file\'s changes newest first, with the reader notes apart from the subject', () => {
    const log = [
      `${R}b2c3d4e${F}2026-11-30T09:00:00+09:00${F}「<pending>」の説明を直した${F}Fix pending: explain the controller`,
      '',
      'notes/gitops.md',
      'chapters/3-iac.md',
      `${R}a1b2c3d${F}2026-11-29T10:00:00+09:00${F}${F}Add GitOps${F}with a stray separator`,
      '',
      'notes/gitops.md',
      '',
    ].join('\n')
    const history = parseGitLog(log)
    expect(history.get('notes/gitops.md')).toEqual([
      {
        hash: 'b2c3d4e',
        date: '2026-11-30T09:00:00+09:00',
        subject: 'Fix pending: explain the controller',
        notes: ['「<pending>」の説明を直した'],
      },
      {
        hash: 'a1b2c3d',
        date: '2026-11-29T10:00:00+09:00',
        subject: `Add GitOps${F}with a stray separator`,
        notes: [],
      },
    ])
    expect(history.get('chapters/3-iac.md')).toHaveLength(1)
  })

  it('gives a note naming a page to that page only, and an unnamed one to every page', () => {
    const log = `${R}c0ffee0${F}2026-12-01T09:00:00+09:00${F}notes/a.md: Aの例を直した${N}notes/b.md: Bに節を足した${N}表記をそろえた${F}Examples\n\nnotes/a.md\nnotes/b.md\nnotes/c.md\n`
    const notes = (file: string) => parseGitLog(log).get(file)![0]!.notes
    expect(notes('notes/a.md')).toEqual(['Aの例を直した', '表記をそろえた'])
    expect(notes('notes/b.md')).toEqual(['Bに節を足した', '表記をそろえた'])
    expect(notes('notes/c.md')).toEqual(['表記をそろえた'])
  })

  it('keeps a closing script tag in a note or subject from ending the script block that embeds it', () => {
    const history = parseGitLog(`${R}c0ffee0${F}2026-11-30T09:00:00+09:00${F}</script> を含む題を断る${F}Reject titles with </script> and </SCRIPT\n\nnotes/a.md\n`)
    const { subject, notes } = history.get('notes/a.md')![0]!
    expect(subject).not.toMatch(/<\/script/i)
    expect(notes!.join('')).not.toMatch(/<\/script/i)
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
    git(repo, 'commit', '-q', '-m', 'Grow note a\n\nMore examples.\n\nReader-Note: 例を二つ足した\nReader-Note: notes/a.md: 節「確かめ方」を書いた')
    const history = readGitHistory(join(repo, 'docs'))
    expect(history.get('notes/a.md')?.map(c => c.subject)).toEqual(['Grow note a', 'ノートを植える'])
    expect(history.get('notes/a.md')?.map(c => c.notes)).toEqual([
      ['例を二つ足した', '節「確かめ方」を書いた'],
      [],
    ])
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
