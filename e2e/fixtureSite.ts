// A fixture garden built and served for one spec, as Starlight's testFactory does: `vitepress build`
// of a folder of test/fixtures/ into a temporary folder (without the Mermaid and
// card pipelines, which the fixture does not need), served like a static host on a free port.
import type { Server } from 'node:http'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { serveSite } from '../scripts/lib/serve/server'

const root = fileURLToPath(new URL('../', import.meta.url))

export interface FixtureSite {
  /** Absolute URL of the site's root, ending in '/'. */
  url: string
  close: () => Promise<void>
}

/** Builds `test/fixtures/<name>` for the example host and serves it. */
export async function buildFixtureSite(name: string): Promise<FixtureSite> {
  const outDir = mkdtempSync(join(tmpdir(), `e2e-${name}-`))
  const result = spawnSync('npx', ['vitepress', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      SITE_URL: 'example',
      GARDEN_SRC_DIR: `test/fixtures/${name}`,
      GARDEN_OUT_DIR: outDir,
      GARDEN_PIPELINES: 'off',
    },
    encoding: 'utf8',
    timeout: 180_000,
  })
  if (result.status !== 0)
    throw new Error(`building the ${name} fixture failed:\n${result.stdout}\n${result.stderr}`)
  const { server, url } = await serveSite({ dir: outDir, port: 0 })
  return {
    url,
    close: async () => {
      await new Promise<void>(resolve => (server as Server).close(() => resolve()))
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
