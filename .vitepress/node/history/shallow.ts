// The boundary commits of a shallow clone (CI checkouts are often `--depth 1`): git lists them in
// `$GIT_DIR/shallow`. Their changes are not real (git shows a grafted commit as adding every file),
// so the home page's 「最近育てたノート」 leaves them out (wayIn/wayIn.ts). Empty for a full clone or
// outside git.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export function shallowBoundary(dir: string): string[] {
  const result = spawnSync('git', [
    '-C',
    dir,
    'rev-parse',
    '--git-path',
    'shallow',
  ], { encoding: 'utf8' })
  if (result.status !== 0 || result.error)
    return []
  const file = resolve(dir, result.stdout.trim())
  if (!existsSync(file))
    return []
  return readFileSync(file, 'utf8').split('\n').map(l => l.trim()).filter(l => /^[0-9a-f]{7,}$/.test(l))
}
