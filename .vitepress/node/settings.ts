import type { SiteUrl } from '../shared/site'
// The build's settings, read from the environment once (.vitepress/config.ts calls readSettings() and
// hands the result to createConfig(), node/config.ts). Nothing else in the site reads process.env: a new
// variable is added here, typed and documented in the README's configuration table. A fixture build in
// a test passes its own Settings instead (test/support/buildGarden.ts).
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { DEFAULT_SITE_URL, EXAMPLE_SITE_KEYWORD, parseSiteUrl } from '../shared/site'

export interface Settings {
  /** Content folder as given (VitePress `srcDir`, relative to the repository). @default 'docs' */
  srcDir: string
  /** The same folder, absolute. */
  srcPath: string
  /** How files are named in error messages: srcDir relative to the working directory, e.g. 'docs'. */
  displayRoot: string
  /** Output folder; undefined keeps VitePress's `.vitepress/dist`. */
  outDir: string | undefined
  /**
   * VitePress's and Vite's cache folder, absolute; Mermaid's (mermaid/) and the social cards' (og/)
   * caches live in it too. Not an environment variable: a fixture build gives each build its own.
   * @default '<cwd>/.vitepress/cache' (VitePress's own default)
   */
  cacheDir: string
  /** The published URL (SITE_URL) and the base path derived from it. */
  site: SiteUrl
  /** `vitepress build` (true) or `vitepress dev`/`preview` (false). */
  isBuild: boolean
  /**
   * GARDEN_PIPELINES=off: the benchmark's baseline of our site without its costly build steps
   * (Mermaid pre-render, social cards). @default true
   */
  pipelines: boolean
  /** `owner/repo` (GITHUB_REPOSITORY): enables the "edit on GitHub" link. */
  repository: string | undefined
  /** Dev server address. @default 'localhost' */
  host: string
}

/**
 * A production build without SITE_URL would share, link and list every page under the example host;
 * it stops instead. The dev server and preview keep the example host.
 */
export const MISSING_SITE_URL = [
  'SITE_URL is not set: a production build needs the address the site is published at (canonical links, Open Graph, share links, feed, sitemap).',
  '  Set it, e.g. SITE_URL=https://<owner>.github.io/<repo>/ npm run build',
  `  or build for the example host ${DEFAULT_SITE_URL} on purpose (tests, local checks): SITE_URL=${EXAMPLE_SITE_KEYWORD} npm run build`,
].join('\n')

export type Environment = Record<string, string | undefined>

export function readSettings(env: Environment = process.env, argv: readonly string[] = process.argv, cwd = process.cwd()): Settings {
  const srcDir = env.GARDEN_SRC_DIR?.trim() || 'docs'
  const srcPath = resolve(cwd, srcDir)
  const isBuild = argv.includes('build')
  if (isBuild && !env.SITE_URL?.trim())
    throw new Error(MISSING_SITE_URL)
  return {
    srcDir,
    srcPath,
    displayRoot: relative(cwd, srcPath) || '.',
    outDir: env.GARDEN_OUT_DIR?.trim() || undefined,
    cacheDir: resolve(cwd, '.vitepress/cache'),
    site: parseSiteUrl(env.SITE_URL),
    isBuild,
    pipelines: pipelinesOn(env.GARDEN_PIPELINES),
    repository: env.GITHUB_REPOSITORY?.trim() || undefined,
    host: env.HOST?.trim() || 'localhost',
  }
}

/** GARDEN_PIPELINES: unset/'on' → true, 'off' → false; anything else is a mistake worth stopping for. */
export function pipelinesOn(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on')
    return true
  if (value === 'off')
    return false
  throw new Error(`GARDEN_PIPELINES must be on or off (got "${value}"); plain VitePress is built with scripts/lib/bench/plain`)
}
