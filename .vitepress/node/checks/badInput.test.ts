// Bad input never passes silently: one real `vitepress build` of a garden holding several kinds of
// broken input at once must fail and list every problem, each with file:line and a one-line reason.
// The content check throws before Mermaid or rendering start, so this stays fast.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const garden = 'test/fixtures/bad-garden'
const outDir = mkdtempSync(join(tmpdir(), 'garden-bad-input-'))

describe('vitepress build on a garden with bad input', () => {
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  const result = spawnSync('npx', ['vitepress', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      SITE_URL: 'example',
      GARDEN_SRC_DIR: garden,
      GARDEN_OUT_DIR: outDir,
    },
    encoding: 'utf8',
    timeout: 120_000,
  })
  const output = `${result.stdout}\n${result.stderr}`

  it('fails', () => {
    expect(result.status).not.toBe(0)
    expect(output).toMatch(/\b7 content errors:/)
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
  })
})
