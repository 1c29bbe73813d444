// Validates every example manifest (docs/**/examples/**/*.yaml, multi-document) so that what a note shows
// would pass `kubectl apply --validate=strict`. Plain manifests get the full check of check.ts; Kustomize
// bases and patches are checked separately by kustomize.ts, without running kustomize. A patch file no
// kustomization names is an error. This module wires those together and is the API of the CLI.
import type { ManifestError, ParsedFile } from './documents'
import { resolve } from 'node:path'
import { checkObject } from './check'
import { describeObject, isObject, parseFile, toErrors } from './documents'
import { checkKustomizations } from './kustomize'

export type { ManifestError } from './documents'
export { findManifestFiles, formatError } from './documents'
export { checkObject }

export type FileRole = 'manifest' | 'kustomization' | 'patch'

export interface FileResult {
  file: string
  role: FileRole
  /** `kind name` of each document. */
  objects: string[]
  errors: ManifestError[]
}

/** Validates the given files; paths in results are relative to `root`. */
export function validateFiles(paths: string[], root: string): FileResult[] {
  const requested = paths.map(p => resolve(p))
  const files = new Map(requested.map(abs => [
    abs,
    parseFile(abs, root),
  ]))
  const extra = new Map<string, ManifestError[]>()
  const load = (abs: string): ParsedFile | undefined => {
    if (!files.has(abs)) {
      try {
        files.set(abs, parseFile(abs, root))
      }
      catch {
        return undefined
      }
    }
    return files.get(abs)
  }
  const report = (abs: string, errors: ManifestError[]): void => {
    extra.set(abs, [
      ...(extra.get(abs) ?? []),
      ...errors,
    ])
  }
  const roles = checkKustomizations(requested, { load, report })

  return [
    ...files.values(),
  ].filter(f => requested.includes(f.abs)).map((file) => {
    const role: FileRole = roles.get(file.abs) ?? 'manifest'
    const errors = [
      ...file.errors,
      ...(extra.get(file.abs) ?? []),
    ]
    if (role === 'manifest') {
      for (const doc of file.docs) {
        if (Array.isArray(doc.value) || (isObject(doc.value) && '$patch' in doc.value)) {
          errors.push(...toErrors(file, doc, [
            { path: '', message: 'looks like a Kustomize patch, but no kustomization names this file in `patches`' },
          ]))
        }
        else {
          errors.push(...toErrors(file, doc, checkObject(doc.value)))
        }
      }
    }
    errors.sort((a, b) => a.document - b.document || a.line - b.line)
    return {
      file: file.file,
      role,
      objects: file.docs.map(d => describeObject(d.value)),
      errors,
    }
  })
}
