// Writes the skeleton of a new garden note with valid frontmatter (today's date, seedling), so that
// starting a note is one command: `npm run new:note -- pod-security`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ANCHOR_RE } from '../../../.vitepress/node/content/wikilink'

export interface NewNoteOptions {
  slug: string
  srcDir: string
  /** ISO date written into `date`. */
  today: string
}

export class NewNoteError extends Error {
  override name = 'NewNoteError'
}

export function noteTemplate(slug: string, today: string): string {
  return `---
title: ${slug}
description: （このノートの要点を120字以内で書く）
date: ${today}
tags: [draft]
maturity: seedling
---

# ${slug}

## 何か {#what}

## なぜ本番で効くか {#why}

## 参考資料 {#references}
`
}

/** Creates docs/notes/<slug>.md and returns its path. Refuses a malformed or existing slug. */
export function createNote({ slug, srcDir, today }: NewNoteOptions): string {
  if (!ANCHOR_RE.test(slug))
    throw new NewNoteError(`slug "${slug}" must be kebab-case ASCII (a-z, 0-9, -), e.g. pod-security`)
  const path = join(srcDir, 'notes', `${slug}.md`)
  if (existsSync(path))
    throw new NewNoteError(`${path} already exists`)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, noteTemplate(slug, today), { flag: 'wx' })
  return path
}
