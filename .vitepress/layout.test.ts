// The layout's import direction (ARCHITECTURE.md, "The tree") is enforced by ESLint rules in
// eslint.config.js; this checks that those rules really fire, on in-memory files at the real paths.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message)
}

describe('layout import rules', () => {
  it.each([
    // The path is assembled so that a grep for site imports of scripts/ does not find this fixture.
    ['.vitepress/config.ts', `import { runBench } from '../${'scripts'}/lib/bench/bench'\nexport const x = runBench\n`, /must not import scripts/],
    ['components/garden/x.ts', `import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n`, /no Node built-ins/],
    ['components/garden/x.ts', `import { join } from 'path'\nexport const x = join\n`, /no Node built-ins/],
    ['.vitepress/theme/x.ts', `import { buildContentIndex } from '../node/content/index'\nexport const x = buildContentIndex\n`, /build-time code/],
    ['.vitepress/shared/x.ts', `import { wikilinkPlugin } from '../node/markdown/wikilink'\nexport const x = wikilinkPlugin\n`, /build-time code/],
    ['components/garden/x.ts', `import { mermaidPlugin } from '../../.vitepress/node/markdown/mermaid'\nexport const x = mermaidPlugin\n`, /build-time code/],
    ['components/garden/x.ts', `import { layoutGardenMap } from '../../.vitepress/node/map/gardenMap'\nexport const x = layoutGardenMap\n`, /build-time code/],
    ['components/layout/x.ts', `import { sidebar } from '../../.vitepress/node/nav'\nexport const x = sidebar\n`, /build-time code/],
    // .vitepress/data/ holds only loaders: anything else imported from it is build-time code too.
    ['components/garden/x.ts', `import { helper } from '../../.vitepress/data/helper'\nexport const x = helper\n`, /build-time code/],
    ['components/garden/x.ts', `import { axe } from '../../test/support/axe'\nexport const x = axe\n`, /must not import test\//],
    ['.vitepress/node/x.ts', `import { builtSite } from '../../test/support/builtSite'\nexport const x = builtSite\n`, /must not import test\//],
  ])('rejects in %s: %s', async (file, code, message) => {
    expect(await restricted(file, code)).toEqual([
      expect.stringMatching(message),
    ])
  })

  it.each([
    ['components/garden/x.ts', `import { data } from '../../.vitepress/data/garden.data'\nexport const x = data\n`],
    ['components/garden/x.ts', `import type { GardenMapLayout } from '../../.vitepress/node/map/mapShapes'\nexport type X = GardenMapLayout\n`],
    ['.vitepress/node/x.ts', `import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n`],
    ['scripts/lib/x.ts', `import { readSettings } from '../../.vitepress/node/settings'\nexport const x = readSettings\n`],
    ['components/garden/x.dom.test.ts', `import { axe } from '../../test/support/axe'\nexport const x = axe\n`],
    ['.vitepress/node/x.dist.test.ts', `import { builtSite } from '../../test/support/builtSite'\nexport const x = builtSite\n`],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([])
  })
})
