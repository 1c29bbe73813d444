// Runs the real VitePress build (in this process, test/support/buildGarden.ts) on a fixture garden with
// broken frontmatter: the build must fail and name every broken file with its line, before rendering anything.
import type { GardenBuild } from '../../../test/support/buildGarden'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildGarden } from '../../../test/support/buildGarden'

describe('vitepress build on a broken garden', () => {
  let built: GardenBuild
  beforeAll(async () => {
    built = await buildGarden({ srcDir: 'test/fixtures/broken-frontmatter' })
  }, 120_000)
  afterAll(() => built?.remove())

  it('fails and names each broken file with its line', () => {
    expect(built.error, built.log).toBeDefined()
    const message = built.error!.message
    expect(message).toMatch(/test\/fixtures\/broken-frontmatter\/notes\/bad\.md:\d+: malformed frontmatter YAML/)
    expect(message).toContain('test/fixtures/broken-frontmatter/notes/wrong-field.md:6: frontmatter field "maturity"')
    expect(existsSync(built.outDir)).toBe(false)
  })
})
