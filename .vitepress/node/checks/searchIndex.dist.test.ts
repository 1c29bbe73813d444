// The built search index (the chunk the search box loads): it holds the article text with the
// frontmatter aliases, not the labels of simulator controls, and the ranking the box uses finds
// a note by its alias first.
import { pathToFileURL } from 'node:url'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { rankSearch } from '../../shared/searchRank'
import { tokenize } from '../../shared/searchTokenize'
import { builtFiles, siteBuild } from './builtSite'

const site = siteBuild()
const chunk = builtFiles(site, '.js', 'assets/chunks').find(f => /\/@localSearchIndexroot\.[\w-]+\.js$/.test(f))

async function loadIndex(): Promise<MiniSearch> {
  const mod = await import(pathToFileURL(`${site.dir}/${chunk}`).href) as { default: string }
  return MiniSearch.loadJSON(mod.default, {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    tokenize,
  })
}

describe('search index', () => {
  it('is built', () => {
    expect(chunk).toBeDefined()
  })

  it('indexes no simulator control labels (リセット is only a button)', async () => {
    const index = await loadIndex()
    expect(index.search('リセット', { combineWith: 'AND' })).toEqual([])
  })

  it('finds a note by its frontmatter alias first (ドレイン, PDB)', async () => {
    const index = await loadIndex()
    const route = (r: string) => r.slice(site.base.length - 1)
    for (const alias of ['ドレイン', 'PDB'])
      expect(route(rankSearch(index, alias, () => undefined)[0].route), alias).toBe('/notes/pod-disruption-budget')
  })
})
