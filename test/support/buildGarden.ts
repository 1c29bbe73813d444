// A real VitePress build of a fixture garden, in this process (VitePress's exported build()), into a
// fresh temporary folder that nothing else uses: its own config, output, VitePress temp folder and
// VitePress/Vite/Mermaid/social-card caches. Two fixture builds and `npm run build` share no file.
//
// How the settings reach createConfig() without environment variables: VitePress's build(root) always
// loads <root>/.vitepress/config.*, bundles it with esbuild and imports the bundle natively, then calls
// its default export with no arguments (resolveConfig → resolveUserConfig → resolveConfigExtends in
// vitepress/dist/node). So a setter in a module imported here would set a different copy than the
// config's, and nothing is passed to the config function. The build's root is therefore the temporary
// folder, and the helper writes its .vitepress/config.mts: an import of createConfig() (bundled from
// the repository like the real config) and a call with this build's Settings written out as JSON. The
// root also decides what VitePress does not let a config choose: its temp folder (<root>/.vitepress/.temp,
// where the server bundle is written and imported) and the theme (<root>/.vitepress/theme), which
// onAfterConfigResolve points back to the site's own. The server bundle imports vue and the rest by
// name, so the folder gets a node_modules link to the repository's.
// The data loaders find the same settings through VitePress's resolved config (gardenSettings() in
// .vitepress/node/content/store.ts); that config is one per process, so builds here run one at a time
// (Vitest runs each test file in its own process: files build in parallel, each in its own folder).
import type { SiteConfig } from 'vitepress'
import type { Settings } from '../../.vitepress/node/settings'
import { mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { format } from 'node:util'
import { build } from 'vitepress'
import { readSettings } from '../../.vitepress/node/settings'

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CREATE_CONFIG = join(REPO, '.vitepress/node/config.ts')
const THEME = join(REPO, '.vitepress/theme')

export interface GardenBuildOptions {
  /** The content folder, relative to the repository, e.g. 'test/fixtures/bad-garden'. */
  srcDir: string
  /**
   * Changes to the settings of a build for the example host (SITE_URL=example), e.g.
   * `{ pipelines: false }`. outDir and cacheDir are the temporary folder's.
   */
  settings?: Partial<Omit<Settings, 'srcDir' | 'srcPath' | 'displayRoot' | 'outDir' | 'cacheDir'>>
}

export interface GardenBuild {
  /** The built site. */
  outDir: string
  /** Everything the build logged (console and stdout/stderr), in order. */
  log: string
  /** Why the build failed; undefined when it succeeded. */
  error: Error | undefined
  /** Deletes the temporary folder. */
  remove: () => Promise<void>
}

let queue: Promise<unknown> = Promise.resolve()

/** Builds a fixture garden; a failed build resolves too, with its error. Call remove() when done. */
export function buildGarden(options: GardenBuildOptions): Promise<GardenBuild> {
  const run = queue.then(() => buildOnce(options))
  queue = run.catch(() => {})
  return run
}

async function buildOnce(options: GardenBuildOptions): Promise<GardenBuild> {
  const root = await mkdtemp(join(tmpdir(), 'garden-build-'))
  const modules = join(root, 'node_modules')
  const remove = async () => {
    // The link first, so nothing could ever delete through it.
    await unlink(modules).catch(() => {})
    await rm(root, { recursive: true, force: true })
  }
  const settings: Settings = {
    ...readSettings({ SITE_URL: 'example', GARDEN_SRC_DIR: options.srcDir }, ['build'], REPO),
    ...options.settings,
    outDir: join(root, 'dist'),
    cacheDir: join(root, '.vitepress/cache'),
  }
  try {
    await symlink(join(REPO, 'node_modules'), modules, 'junction')
    await mkdir(join(root, '.vitepress'))
    await writeFile(join(root, '.vitepress/config.mts'), [
      '// One fixture build (test/support/buildGarden.ts): the site\'s config with these settings.',
      `import { createConfig } from ${JSON.stringify(CREATE_CONFIG)}`,
      `export default () => createConfig(${JSON.stringify(settings, null, 2)})`,
      '',
    ].join('\n'))
  }
  catch (e) {
    await remove()
    throw e
  }
  let sitemap = false
  const { log, error } = await captured(() => build(root, {
    onAfterConfigResolve(siteConfig: SiteConfig) {
      siteConfig.themeDir = THEME
      sitemap = Boolean(siteConfig.sitemap?.hostname)
    },
  }))
  if (!error && sitemap)
    await sitemapWritten(join(settings.outDir!, 'sitemap.xml'))
  return {
    outDir: settings.outDir!,
    log,
    error,
    remove,
  }
}

/**
 * VitePress 1.6's build() resolves before sitemap.xml is on disk: generateSitemap() ends its sitemap
 * stream without waiting for the file stream it is piped into (the CLI's process simply lives until the
 * write is done). Waits for the closing tag, a few seconds at most.
 */
async function sitemapWritten(file: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const text = await readFile(file, 'utf8').catch(() => '')
    if (text.trimEnd().endsWith('</urlset>'))
      return
    await sleep(20)
  }
  throw new Error(`${file} was not written within 5 s of the build's end`)
}

type Method = 'log' | 'info' | 'warn' | 'error'

/** Runs `task` with the console and stdout/stderr collected instead of printed; build() sets NODE_ENV. */
async function captured(task: () => Promise<void>): Promise<{ log: string, error: Error | undefined }> {
  const lines: string[] = []
  const methods = ['log', 'info', 'warn', 'error'] as const satisfies Method[]
  const consoleBefore = methods.map(m => console[m])
  const writes = [process.stdout, process.stderr].map(s => [s, s.write] as const)
  const nodeEnv = process.env.NODE_ENV
  for (const m of methods)
    console[m] = (...args: unknown[]) => void lines.push(format(...args))
  for (const [stream] of writes)
    stream.write = ((chunk: string | Uint8Array) => lines.push(String(chunk).replace(/\n$/, '')) > 0) as typeof stream.write
  let error: Error | undefined
  try {
    await task()
  }
  catch (e) {
    error = e instanceof Error
      ? e
      : new Error(String(e))
  }
  finally {
    methods.forEach((m, i) => console[m] = consoleBefore[i]!)
    for (const [stream, write] of writes)
      stream.write = write
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  }
  return {
    log: lines.join('\n'),
    error,
  }
}
