import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePage } from '../../../.vitepress/node/content/parse'
import { createNote } from './newNote'

describe('createNote', () => {
  const srcDir = mkdtempSync(join(tmpdir(), 'new-note-'))

  it('writes a note whose frontmatter passes the schema', () => {
    const path = createNote({ slug: 'pod-security', srcDir, today: '2026-11-29' })
    expect(path).toBe(join(srcDir, 'notes', 'pod-security.md'))
    const parsed = parsePage(readFileSync(path, 'utf8'), 'notes/pod-security.md')
    expect(parsed.errors).toEqual([])
    expect(parsed.frontmatter).toMatchObject({ date: '2026-11-29', maturity: 'seedling' })
  })

  it('refuses an existing note', () => {
    createNote({ slug: 'helm', srcDir, today: '2026-11-29' })
    expect(() => createNote({ slug: 'helm', srcDir, today: '2026-11-29' })).toThrow('already exists')
  })

  it.each([
    'Pod-Security',
    'pod_security',
    'ポッド',
    '-pod',
    'pod--x',
    '../escape',
    '',
  ])('refuses the malformed slug %j', (slug) => {
    expect(() => createNote({ slug, srcDir, today: '2026-11-29' })).toThrow('must be kebab-case')
  })
})
