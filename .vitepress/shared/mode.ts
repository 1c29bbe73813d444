// GARDEN_PIPELINES: which site a build makes (the benchmark builds all three; see config.ts).
//   on (default)  the garden;  off  the garden without Mermaid pre-render and social cards;
//   plain         VitePress's default theme on the same Markdown, nothing of ours (the baseline).
import type { Plugin } from 'vite'
import { join } from 'node:path'

export type GardenMode = 'on' | 'off' | 'plain'

export function gardenMode(value: string | undefined): GardenMode {
  if (value === undefined || value === '' || value === 'on')
    return 'on'
  if (value === 'off' || value === 'plain')
    return value
  throw new Error(`GARDEN_PIPELINES must be on, off or plain (got "${value}")`)
}

/**
 * For `plain`: VitePress imports the theme as `@theme/index`, aliased to our theme folder before any
 * plugin runs; this sends that import to the default theme instead.
 */
export function plainThemePlugin(themeDir: string): Plugin {
  const index = join(themeDir, 'index')
  return {
    name: 'garden:plain-theme',
    enforce: 'pre',
    resolveId(id, importer, options) {
      if (id === index || id === `${index}.ts`)
        return this.resolve('vitepress/theme', importer, { ...options, skipSelf: true })
      return null
    },
  }
}
