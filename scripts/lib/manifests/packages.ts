// Where the schema packages are installed and what they contain. They are ESM-only with `import`-only export
// maps, so files are found by path from the package root.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * Root folder of an installed package. The packages' export maps have `import` conditions only, so
 * `require.resolve` refuses them; files are loaded by path (Node 24 `require()`s ES modules synchronously).
 */
export function packageRoot(name: string): string {
  const root = (require.resolve.paths(name) ?? []).map(dir => join(dir, name)).find(dir => existsSync(join(dir, 'package.json')))
  if (!root)
    throw new Error(`package ${name} is not installed`)
  return root
}

export function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8')) as { version: string }).version
}

/**
 * Kubernetes release of the OpenAPI schemas in each kubernetes-models minor line, from its CHANGELOG
 * ("4.5.0: Update schema version to v1.33.0", "5.0.0: Update to Kubernetes v1.36.0"). The package ships
 * no version string of its own, so an unlisted line throws: look up its CHANGELOG and add it here.
 * 5.1: no CHANGELOG entry for it could be read here; the latest recorded schema update is 1.36 (5.0.0).
 */
export const KUBERNETES_BY_MODELS: Record<string, string> = {
  '4.5': '1.33',
  '5.0': '1.36',
  '5.1': '1.36',
}

export function kubernetesVersion(modelsVersion = packageVersion('kubernetes-models')): string {
  const line = modelsVersion.split('.').slice(0, 2).join('.')
  const k8s = KUBERNETES_BY_MODELS[line]
  if (!k8s)
    throw new Error(`kubernetes-models ${modelsVersion}: its Kubernetes release is not in KUBERNETES_BY_MODELS`)
  return k8s
}
