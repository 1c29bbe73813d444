// A dom test only because the eager glob imports the .vue files, which only this project compiles.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { islandNames } from '../../.vitepress/node/markdown/fold'
import { islandLoaders } from '../client/islandLoaders'
import { islandComponents } from './components'

describe('islandComponents', () => {
  it('names the same islands as the built page\'s islandLoaders', () => {
    const names = Object.keys(islandComponents).sort()
    expect(names.length).toBeGreaterThan(0)
    expect(Object.keys(islandLoaders).sort()).toEqual(names)
    // The build's fold counts islands at their least height (.vitepress/node/markdown/fold.ts).
    expect([
      ...islandNames(resolve('components')),
    ].sort()).toEqual(names)
  })

  it('names each island after its file and leaves out the Mermaid diagram', () => {
    expect(Object.keys(islandComponents)).toEqual(expect.arrayContaining(['DrainSimulator', 'GracefulTermination']))
    expect(Object.keys(islandComponents)).not.toContain('MermaidDiagram')
    for (const name of Object.keys(islandComponents))
      expect(name).toMatch(/^[A-Z][A-Za-z]+$/)
  })

  it('loads, for each name, the very component the server renders', async () => {
    for (const [name, component] of Object.entries(islandComponents))
      expect((await islandLoaders[name]!()).default, name).toBe(component)
  })
})
