import type { FileResult, ManifestError } from './validate'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findManifestFiles, formatError, validateFiles } from './validate'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))
const pick = ({ file, document, line, path }: ManifestError): Partial<ManifestError> => ({ file, document, line, path })

describe('validateFiles', () => {
  it('accepts every example manifest under docs/', () => {
    const files = findManifestFiles(`${root}docs`)
    const results = validateFiles(files, root)
    expect(results.length).toBeGreaterThan(20)
    expect(results.flatMap(r => r.errors).map(formatError)).toEqual([])
  }, 30_000) // loads the schema modules of every example

  it('reports file, document index, line and JSON path of each error', () => {
    const [result] = validateFiles([
      fixture('invalid-deployment.yaml'),
    ], root)
    expect(result!.objects).toEqual(['Service web', 'Deployment web'])
    expect(result!.errors.map(pick)).toEqual([
      {
        file: 'scripts/lib/manifests/fixtures/invalid-deployment.yaml',
        document: 1,
        line: 17,
        path: '/spec/replicas',
      },
      {
        file: 'scripts/lib/manifests/fixtures/invalid-deployment.yaml',
        document: 1,
        line: 34,
        path: '/spec/template/spec/containers/0/livenessProbe/periodSecond',
      },
    ])
    expect(result!.errors.map(e => e.message)).toEqual(['must be integer', 'unknown field "periodSecond"'])
    expect(formatError(result!.errors[0]!)).toBe('scripts/lib/manifests/fixtures/invalid-deployment.yaml:17 document 1 at /spec/replicas: must be integer')
  })

  it.each([
    ['unknown-kind.yaml', '', 'no schema for kind Widget apiVersion example.com/v1'],
    ['stray-patch.yaml', '', 'looks like a Kustomize patch, but no kustomization names this file in `patches`'],
    ['workflow-invalid.yaml', '/spec/templates/1/container/comand', 'unknown field "comand"'],
    ['workflow-invalid.yaml', '/spec/templates/0/steps/0/0/template', 'no template named "missing"'],
    ['crd-v1-invalid.yaml', '/spec/rules/0/matches/0/method/typ', 'unknown field "typ"'],
    ['crd-v1-invalid.yaml', '/spec/target/creationPolicy', 'must be one of "Owner", "Orphan", "Merge", "None"'],
  ])('%s fails at "%s" with "%s"', (name, path, message) => {
    const [result] = validateFiles([
      fixture(name),
    ], root)
    expect(result!.errors).toContainEqual(expect.objectContaining({ path, message }))
  })

  it('checks kind\'s Cluster config strictly: the practice cluster passes, an unknown field fails', () => {
    const [valid] = validateFiles([`${root}docs/notes/examples/kind-cluster.yaml`], root)
    expect(valid!.objects).toEqual(['Cluster'])
    expect(valid!.errors).toEqual([])
    const [invalid] = validateFiles([
      fixture('kind-cluster-invalid.yaml'),
    ], root)
    expect(invalid!.errors.map(e => [e.line, e.path, e.message])).toEqual([
      [7, '/nodes/1/label', 'unknown field "label"'],
    ])
  })

  it('checks Kustomize patches against the objects of their base', () => {
    const overlay = [
      'kustomization.yaml',
      'replicas.yaml',
      'delete-missing.yaml',
      'json-patch.yaml',
    ].map(f => fixture(`kustomize/overlay/${f}`))
    const results = validateFiles([
      ...overlay,
      fixture('kustomize/base/kustomization.yaml'),
      fixture('kustomize/base/deployment.yaml'),
    ], root)
    const byFile: Record<string, FileResult> = Object.fromEntries(results.map(r => [
      r.file.split('/').pop()!,
      r,
    ]))
    expect(byFile['kustomization.yaml']!.role).toBe('kustomization')
    expect(byFile['replicas.yaml']!.errors.map(e => [e.path, e.message])).toEqual([
      ['/spec/replicas', 'strategic-merge patch: must be integer'],
    ])
    expect(byFile['delete-missing.yaml']!.errors.map(e => e.message)).toEqual(['Service not-in-base is not defined by any resource of the base'])
    expect(byFile['json-patch.yaml']!.errors.map(e => [e.path, e.message])).toEqual([
      ['/0/path', 'path /spec/template/spec/containers/0/imagee does not exist in the target'],
    ])
    expect(byFile['deployment.yaml']!.errors).toEqual([])
  })
})
