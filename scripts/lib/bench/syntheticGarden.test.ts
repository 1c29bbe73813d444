import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildContentIndex } from '../../../.vitepress/node/content/index'
import { parsePage } from '../../../.vitepress/node/content/parse'
import { mermaidFences } from '../../../.vitepress/node/mermaid/extract'
import { syntheticGarden, syntheticNote, writeGarden } from './syntheticGarden'
import { noteSlug } from './syntheticText'

describe('syntheticGarden', () => {
  it.each([1, 12, 50])('writes a garden of %i notes that passes the content scan without errors or orphans', (notes) => {
    const srcDir = mkdtempSync(join(tmpdir(), 'synthetic-garden-'))
    expect(writeGarden(srcDir, { notes })).toBe(notes + 7)
    const scan = buildContentIndex(srcDir, 'garden')
    expect(scan.errors).toEqual([])
    expect(scan.pages.size).toBe(notes + 7)
    const orphans = scan.graph.nodes.filter(id => id !== 'index' && scan.graph.backlinks.get(id)!.length === 0)
    expect(orphans).toEqual([])
  })

  it('gives every note Japanese text, tags, a chapter and links back to its chapter', () => {
    const { content, path } = syntheticNote(7)
    expect(path).toBe('notes/n-0007.md')
    const parsed = parsePage(content, path)
    expect(parsed.errors).toEqual([])
    expect(parsed.frontmatter).toMatchObject({ chapter: 4, date: '2026-11-29' })
    expect(parsed.frontmatter!.tags.length).toBeGreaterThan(0)
    expect(content).toMatch(/[\u3040-\u30FF]/)
    expect(content).toContain('[[chapters/4-operations#notes|')
  })

  it('puts a Mermaid diagram with accTitle and accDescr on one note in five', () => {
    const notes = syntheticGarden({ notes: 20 }).filter(f => f.path.startsWith('notes/'))
    const fences = mermaidFences({
      displayRoot: 'garden',
      parsed: notes.map(f => parsePage(f.content, f.path, 'garden')),
    })
    expect(fences).toHaveLength(4)
    for (const fence of fences)
      expect(fence.code).toMatch(/^flowchart LR\n\s+accTitle: .+\n\s+accDescr: .+/)
  })

  it('writes the same note for every garden size, so caches carry over', () => {
    const small = syntheticGarden({ notes: 10 }).find(f => f.path === `notes/${noteSlug(9)}.md`)
    const large = syntheticGarden({ notes: 300 }).find(f => f.path === `notes/${noteSlug(9)}.md`)
    expect(small).toEqual(large)
  })
})
