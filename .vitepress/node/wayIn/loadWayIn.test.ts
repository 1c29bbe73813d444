// The way in read from a real git repository: a full clone dates notes by their last commit; a
// shallow clone (CI checkouts) or a folder outside git falls back to frontmatter dates, never to the
// boundary commit that seems to touch every file, and never fails.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildContentIndex } from '../content/index'
import { loadWayIn } from './loadWayIn'

let root: string
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
}

function git(cwd: string, args: string[], date = '2026-11-01T00:00:00+09:00'): void {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  })
  if (r.status !== 0)
    throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
}

function page(dir: string, path: string, fm: string, body = ''): void {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), `---\n${fm}\ntags: [t]\nmaturity: budding\n---\n\n# x\n\n${body}\n`)
}

function note(dir: string, slug: string, date: string, extra = ''): void {
  page(dir, `notes/${slug}.md`, `title: ${slug}\ndescription: ${slug}のノート\ndate: ${date}\nchapter: 1${extra}`, `${slug}の本文。`)
}

function titles(srcPath: string) {
  const way = loadWayIn(buildContentIndex(srcPath), srcPath)
  return way.recent.map(n => [n.title, n.source, n.dateText])
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'way-in-'))
  const repo = join(root, 'repo')
  const docs = join(repo, 'docs')
  page(docs, 'index.md', 'title: ホーム\ndescription: ホーム\ndate: 2026-10-01', '[[chapters/1-basics]]')
  page(docs, 'chapters/1-basics.md', 'title: 第1章\ndescription: 第1章\ndate: 2026-10-01', '[[b]] と [[a]] と [[c]]')
  note(docs, 'a', '2026-10-02')
  note(docs, 'b', '2026-10-03', '\nupdated: 2026-10-20')
  note(docs, 'c', '2026-10-04')
  git(repo, ['init', '-q', '-b', 'main'])
  git(repo, ['add', '.'])
  git(repo, ['commit', '-q', '-m', 'plant'], '2026-11-01T10:00:00+09:00')
  writeFileSync(join(docs, 'notes/a.md'), `${'---\ntitle: a\ndescription: aのノート\ndate: 2026-10-02\nchapter: 1\ntags: [t]\nmaturity: budding\n---\n\n# x\n\n'}aを育てた。\n`)
  git(repo, ['commit', '-q', '-am', 'tend a'], '2026-11-20T10:00:00+09:00')
  writeFileSync(join(docs, 'notes/c.md'), `${'---\ntitle: c\ndescription: cのノート\ndate: 2026-10-04\nchapter: 1\ntags: [t]\nmaturity: budding\n---\n\n# x\n\n'}cを育てた。\n`)
  git(repo, ['commit', '-q', '-am', 'tend c'], '2026-11-25T01:00:00+09:00')
  git(root, [
    'clone',
    '-q',
    '--depth',
    '1',
    `file://${repo}`,
    'shallow1',
  ])
  git(root, [
    'clone',
    '-q',
    '--depth',
    '2',
    `file://${repo}`,
    'shallow2',
  ])
  cpSync(docs, join(root, 'plain'), { recursive: true })
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('loadWayIn on a real repository', () => {
  it('orders the chapter\'s notes as its page links them', () => {
    const docs = join(root, 'repo/docs')
    const way = loadWayIn(buildContentIndex(docs), docs)
    expect(way.chapters.map(c => c.notes.map(n => n.title))).toEqual([
      ['b', 'a', 'c'],
    ])
  })

  it('dates notes by their last commit in a full clone', () => {
    expect(titles(join(root, 'repo/docs'))).toEqual([
      ['c', 'git', '2026年11月25日'],
      ['a', 'git', '2026年11月20日'],
      ['b', 'git', '2026年11月1日'],
    ])
  })

  it('falls back to frontmatter in a clone of depth 1 (the one commit is not a change of every note)', () => {
    expect(titles(join(root, 'shallow1/docs'))).toEqual([
      ['b', 'frontmatter', '2026年10月20日'],
      ['c', 'frontmatter', '2026年10月4日'],
      ['a', 'frontmatter', '2026年10月2日'],
    ])
  })

  it('keeps the real commits of a deeper shallow clone', () => {
    expect(titles(join(root, 'shallow2/docs'))).toEqual([
      ['c', 'git', '2026年11月25日'],
      ['b', 'frontmatter', '2026年10月20日'],
      ['a', 'frontmatter', '2026年10月2日'],
    ])
  })

  it('falls back to frontmatter outside git', () => {
    expect(titles(join(root, 'plain')).map(([t, s]) => [t, s])).toEqual([
      ['b', 'frontmatter'],
      ['c', 'frontmatter'],
      ['a', 'frontmatter'],
    ])
  })
})
