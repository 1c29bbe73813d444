// One measured `vitepress build` (wall time, peak memory, the pipelines' cache counters), run from
// the repository root with the repo's own vitepress binary.
import type { BuildRun } from './results'
import { join } from 'node:path'
import process from 'node:process'
import { runMeasured } from './run'
import { parseBuildLog } from './stats'

export class BuildFailedError extends Error {
  override name = 'BuildFailedError'
}

export interface BuildOptions {
  env?: Record<string, string | undefined>
  /** VitePress root to build (relative to the repository). @default '.' (the site) */
  siteRoot?: string
  /** flock(1) file to hold while building (shared checkouts: VitePress writes .vitepress/.temp). */
  lock?: string
}

export async function runBuild(root: string, options: BuildOptions = {}): Promise<BuildRun> {
  const result = await runMeasured(join(root, 'node_modules/.bin/vitepress'), [
    'build',
    ...(options.siteRoot
      ? [options.siteRoot]
      : []),
  ], {
    cwd: root,
    // The bench measures the example host on purpose (node/settings.ts asks for it by name).
    env: { SITE_URL: process.env.SITE_URL || 'example', ...options.env },
    ...(options.lock
      ? { lock: options.lock }
      : {}),
  })
  if (result.code !== 0)
    throw new BuildFailedError(`vitepress build failed (exit ${result.code}):\n${result.output.split('\n').slice(-40).join('\n')}`)
  return {
    ms: result.ms,
    ...(result.peakKiB
      ? { peakKiB: result.peakKiB }
      : {}),
    ...parseBuildLog(result.output),
  }
}
