// Bad input never passes silently: one real VitePress build (in this process, test/support/buildGarden.ts)
// of a garden holding several kinds of broken input at once must fail and list every problem, each with
// file:line and a one-line reason. The content check throws before Mermaid or rendering start, so this
// stays fast.
import type { GardenBuild } from '../../../test/support/buildGarden'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildGarden } from '../../../test/support/buildGarden'

const garden = 'test/fixtures/bad-garden'

describe('vitepress build on a garden with bad input', () => {
  let built: GardenBuild
  // The error VitePress's CLI would print, after what the build logged.
  let output: string
  beforeAll(async () => {
    built = await buildGarden({ srcDir: garden })
    output = `${built.log}\n${built.error?.message ?? ''}`
  }, 120_000)
  afterAll(() => built?.remove())

  it('fails', () => {
    expect(built.error, built.log).toBeDefined()
    expect(built.error!.message).toMatch(/^7 content errors:/)
  })

  it.each([
    [
      'malformed frontmatter YAML',
      'notes/broken-yaml.md',
      6,
      'malformed frontmatter YAML: Missing closing "quote',
    ],
    [
      'schema violation',
      'notes/bad-schema.md',
      6,
      'frontmatter field "maturity"',
    ],
    [
      'unknown wikilink target',
      'index.md',
      13,
      'unknown wikilink target "[[no-such-note]]"',
    ],
    [
      'unknown anchor',
      'index.md',
      15,
      'unknown anchor "#no-such-anchor" on /notes/ok',
    ],
    [
      'missing image',
      'index.md',
      17,
      'missing image "/img/missing.png"',
    ],
    [
      'duplicate anchor',
      'index.md',
      21,
      'duplicate anchor "#same" (first used on line 19)',
    ],
    [
      'title that cannot be embedded in a script block',
      'notes/script-title.md',
      2,
      'frontmatter field "title" must not contain "</script"',
    ],
  ])('reports the %s with file:line and a one-line reason', (_, file, line, reason) => {
    const reported = output.split('\n').find(l => l.includes(`${garden}/${file}:${line}: `))
    expect(reported, `no line for ${file}:${line} in:\n${output}`).toBeDefined()
    expect(reported).toContain(reason)
  })

  it('renders nothing', () => {
    expect(output).not.toMatch(/rendering pages|build complete/i)
    expect(existsSync(built.outDir)).toBe(false)
  })
})
