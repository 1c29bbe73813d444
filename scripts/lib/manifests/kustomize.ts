// Kustomize without running kustomize: a kustomization's own fields are checked strictly and the files it
// names must exist; its patch files are checked against its bases (kustomizePatch.ts).
import type { ManifestError, ParsedDoc, ParsedFile } from './documents'
import type { Issue } from './issue'
import { statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import { isObject, toErrors } from './documents'
import { checkPatch, patchTarget } from './kustomizePatch'

export const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization'])

const kustomization = z.strictObject({
  apiVersion: z.literal('kustomize.config.k8s.io/v1beta1'),
  kind: z.literal('Kustomization'),
  namespace: z.string().optional(),
  namePrefix: z.string().optional(),
  nameSuffix: z.string().optional(),
  resources: z.array(z.string()).optional(),
  components: z.array(z.string()).optional(),
  patches: z.array(z.strictObject({
    path: z.string().optional(),
    patch: z.string().optional(),
    target: patchTarget.optional(),
    options: z.strictObject({
      allowNameChange: z.boolean().optional(),
      allowKindChange: z.boolean().optional(),
    }).optional(),
  }).refine(p => (p.path === undefined) !== (p.patch === undefined), { message: 'a patch has exactly one of path, patch' })).optional(),
  images: z.array(z.strictObject({
    name: z.string(),
    newName: z.string().optional(),
    newTag: z.string().optional(),
    digest: z.string().optional(),
  })).optional(),
  labels: z.array(z.strictObject({
    pairs: z.record(z.string(), z.string()),
    includeSelectors: z.boolean().optional(),
    includeTemplates: z.boolean().optional(),
  })).optional(),
  commonAnnotations: z.record(z.string(), z.string()).optional(),
  replicas: z.array(z.strictObject({
    name: z.string(),
    count: z.int(),
  })).optional(),
})

type Kustomization = z.infer<typeof kustomization>

interface Kust {
  file: ParsedFile
  doc: ParsedDoc
  spec: Kustomization
}

export interface KustomizeContext {
  /** Parses a file once (undefined when it cannot be read). */
  load: (abs: string) => ParsedFile | undefined
  /** Adds errors to a file's result. */
  report: (abs: string, errors: ManifestError[]) => void
}

/** The kustomization schema's complaints, one per field (each unknown key on its own). */
function schemaIssues(error: z.ZodError): Issue[] {
  return error.issues.flatMap(issue => issue.code === 'unrecognized_keys'
    ? issue.keys.map(k => ({ path: `/${[...issue.path, k].join('/')}`, message: `unknown field "${k}"` }))
    : [
        {
          path: issue.path.length
            ? `/${issue.path.join('/')}`
            : '',
          message: issue.message,
        },
      ])
}

/**
 * Checks every kustomization among `paths`, their resources and their patch files. Returns the role of each
 * file it recognised ('kustomization' or 'patch'); other files are plain manifests.
 */
export function checkKustomizations(paths: string[], { load, report }: KustomizeContext): Map<string, 'kustomization' | 'patch'> {
  const roles = new Map<string, 'kustomization' | 'patch'>()
  const kusts = new Map<string, Kust | null>()
  const readKustomization = (abs: string): Kust | null => {
    if (kusts.has(abs))
      return kusts.get(abs)!
    kusts.set(abs, null)
    const file = load(abs)
    const doc = file?.docs[0]
    if (!file || !doc)
      return null
    roles.set(abs, 'kustomization')
    const parsed = kustomization.safeParse(doc.value)
    if (!parsed.success) {
      report(abs, toErrors(file, doc, schemaIssues(parsed.error)))
      return null
    }
    const kust = { file, doc, spec: parsed.data }
    kusts.set(abs, kust)
    return kust
  }
  const resourcesOf = (kust: Kust, seen = new Set<string>()): Record<string, unknown>[] => {
    const dir = dirname(kust.file.abs)
    return (kust.spec.resources ?? []).flatMap((entry, i) => {
      const abs = resolve(dir, entry)
      const isDir = statSync(abs, { throwIfNoEntry: false })?.isDirectory()
      if (isDir === undefined) {
        report(kust.file.abs, toErrors(kust.file, kust.doc, [
          { path: `/resources/${i}`, message: `resource ${entry} does not exist` },
        ]))
        return []
      }
      if (seen.has(abs))
        return []
      seen.add(abs)
      if (isDir) {
        const child = Array.from(KUSTOMIZATION_NAMES, n => join(abs, n)).find(p => statSync(p, { throwIfNoEntry: false })?.isFile())
        const childKust = child
          ? readKustomization(child)
          : null
        if (!childKust) {
          report(kust.file.abs, toErrors(kust.file, kust.doc, [
            { path: `/resources/${i}`, message: `directory ${entry} has no valid kustomization` },
          ]))
          return []
        }
        return resourcesOf(childKust, seen)
      }
      return (load(abs)?.docs ?? []).map(d => d.value).filter(isObject)
    })
  }

  // Kustomizations first: they decide which files are patches and which objects patches may target.
  const patchChecks: (() => void)[] = []
  for (const abs of paths.filter(p => KUSTOMIZATION_NAMES.has(basename(p)))) {
    const kust = readKustomization(abs)
    if (!kust)
      continue
    const bases = resourcesOf(kust)
    kust.spec.patches?.forEach((entry, i) => {
      if (entry.path === undefined)
        return
      const patchAbs = resolve(dirname(abs), entry.path)
      const patch = load(patchAbs)
      if (!patch) {
        report(abs, toErrors(kust.file, kust.doc, [
          { path: `/patches/${i}/path`, message: `patch ${entry.path} does not exist` },
        ]))
        return
      }
      roles.set(patchAbs, 'patch')
      patchChecks.push(() => report(patchAbs, checkPatch(patch, entry.target, bases)))
    })
  }
  patchChecks.forEach(run => run())
  return roles
}
