// Frontmatter aliases: a wikilink may name a page by one, a second page declaring the same alias
// (in any width or case) fails with file:line, and an unknown name is reported as for slugs.
import { describe, expect, it } from 'vitest'
import { resolveTarget } from '../../shared/pages'
import { indexContent } from './index'
import { formatError, parsePage } from './parse'

function page(path: string, aliases: string | null, body = '# T\n\n本文\n') {
  return parsePage([
    '---',
    `title: ${path}`,
    'description: 説明',
    ...(aliases
      ? [`aliases: ${aliases}`]
      : []),
    'date: 2026-11-30',
    'tags: [batch]',
    'maturity: budding',
    '---',
    body,
  ].join('\n'), path)
}

describe('aliases', () => {
  it('resolves a wikilink to the page that declares the alias, in any width or case', () => {
    const index = indexContent('/nowhere', [
      page('notes/pod-disruption-budget.md', '[PDB, ドレイン]'),
      page('notes/job-retries.md', null, '# T\n\n[[ドレイン]] と [[ｐｄｂ]] と [[pod-disruption-budget]]\n'),
    ])
    expect(index.errors).toEqual([])
    expect(resolveTarget(index.pages, 'ドレイン')?.id).toBe('notes/pod-disruption-budget')
    expect(resolveTarget(index.pages, 'ｐｄｂ')?.id).toBe('notes/pod-disruption-budget')
    expect(index.graph.backlinks.get('notes/pod-disruption-budget')).toEqual(['notes/job-retries'])
  })

  it('a slug wins over an alias of the same name', () => {
    const index = indexContent('/nowhere', [
      page('notes/a.md', '[b]'),
      page('notes/b.md', null),
    ])
    expect(resolveTarget(index.pages, 'b')?.id).toBe('notes/b')
  })

  it('fails on an alias declared by two pages, naming the file and line', () => {
    const index = indexContent('/nowhere', [
      page('notes/a.md', '[PDB]'),
      page('notes/b.md', '\n  - 退避\n  - ｐｄｂ'),
    ])
    expect(index.errors.map(formatError)).toEqual([
      'docs/notes/b.md:6: duplicate alias "ｐｄｂ": docs/notes/a.md declares it too',
    ])
  })

  it('reports a wikilink to an unknown alias as an unknown target', () => {
    const index = indexContent('/nowhere', [
      page('notes/a.md', '[PDB]', '# T\n\n[[ドレイン]]\n'),
    ])
    expect(index.errors.map(formatError)).toEqual([
      'docs/notes/a.md:11: unknown wikilink target "[[ドレイン]]"',
    ])
  })

  it('rejects an empty alias in the frontmatter with file and line', () => {
    const parsed = page('notes/a.md', '[PDB, " "]')
    expect(parsed.errors.map(formatError)).toEqual([
      expect.stringMatching(/^docs\/notes\/a\.md:4: frontmatter field "aliases\.1" an alias must not be empty/),
    ])
  })
})
