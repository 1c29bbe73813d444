// Runs the real `vitepress build` on a fixture garden with broken frontmatter: the build must fail
// and name every broken file with its line, before rendering anything.
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('vitepress build on a broken garden', () => {
  it('fails and names each broken file with its line', () => {
    const result = spawnSync('npx', ['vitepress', 'build'], {
      cwd: root,
      env: {
        ...process.env,
        SITE_URL: 'example',
        GARDEN_SRC_DIR: 'test/fixtures/broken-frontmatter',
        GARDEN_OUT_DIR: '/tmp/garden-broken-dist',
      },
      encoding: 'utf8',
      timeout: 120_000,
    })
    const output = `${result.stdout}\n${result.stderr}`
    expect(result.status).not.toBe(0)
    expect(output).toMatch(/test\/fixtures\/broken-frontmatter\/notes\/bad\.md:\d+: malformed frontmatter YAML/)
    expect(output).toContain('test/fixtures/broken-frontmatter/notes/wrong-field.md:6: frontmatter field "maturity"')
  })
})
