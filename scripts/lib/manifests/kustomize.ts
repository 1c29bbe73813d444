import type { Operation } from 'rfc6902'
import type { MissingError, TestError } from 'rfc6902/patch'
// Kustomize without running kustomize: a kustomization's own fields are checked strictly and the files it
// names must exist; a strategic-merge patch must target an object of its bases and is schema-checked as a
// partial object (required fields relaxed, `$` directives ignored); a `$patch: delete` file must name an
// object of its bases; a JSON 6902 patch needs a `target`, is applied to that object with rfc6902 and the
// result is schema-checked.
import type { ManifestError, ParsedDoc, ParsedFile } from './documents'
import type { Issue } from './issue'
import { statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { applyPatch } from 'rfc6902'
import { z } from 'zod'
import { checkObject } from './check'
import { describeObject, isObject, toErrors } from './documents'

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
    target: z.strictObject({
      group: z.string().optional(),
      version: z.string().optional(),
      kind: z.string().optional(),
      name: z.string().optional(),
      namespace: z.string().optional(),
      labelSelector: z.string().optional(),
      annotationSelector: z.string().optional(),
    }).optional(),
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
export type Target = NonNullable<NonNullable<Kustomization['patches']>[number]['target']>

interface Kust {
  file: ParsedFile
  doc: ParsedDoc
  spec: Kustomization
}

const JSON_PATCH_OP = z.strictObject({
  op: z.enum([
    'add',
    'remove',
    'replace',
    'move',
    'copy',
    'test',
  ]),
  path: z.string().regex(/^(?:\/[^/]*)*$/, 'must be a JSON pointer'),
  value: z.unknown().optional(),
  from: z.string().optional(),
})

/** Applies an RFC 6902 patch to a copy of `target`; a failed operation becomes an issue at `/<index>/path`. */
export function applyJsonPatch(target: unknown, ops: z.infer<typeof JSON_PATCH_OP>[]): { result: unknown, issues: Issue[] } {
  const result = structuredClone(target)
  // rfc6902 applies the operations in order and returns one verdict per operation: null or the error.
  // Matched by name: the package's error classes are not the ones `rfc6902/patch` exports to instanceof.
  const verdicts = applyPatch(result, ops as Operation[])
  const isMissing = (e: unknown): e is MissingError => e instanceof Error && e.name === 'MissingError'
  const isTest = (e: unknown): e is TestError => e instanceof Error && e.name === 'TestError'
  const issues = verdicts.flatMap((error, i): Issue[] => {
    const op = ops[i]!
    if (isMissing(error)) {
      return [
        { path: `/${i}/${error.path === op.from && op.from !== op.path
          ? 'from'
          : 'path'}`, message: `path ${error.path} does not exist in the target` },
      ]
    }
    if (isTest(error)) {
      return [
        { path: `/${i}/value`, message: `test failed: ${op.path} is ${JSON.stringify(error.actual)}, not ${JSON.stringify(error.expected)}` },
      ]
    }
    return error
      ? [
          { path: `/${i}`, message: error.message },
        ]
      : []
  })
  return { result, issues }
}

/** Drops strategic-merge directives (`$patch`, `$setElementOrder/…`) before a schema check. */
export function stripDirectives(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(stripDirectives)
  if (!isObject(value))
    return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [
    k,
    stripDirectives(v),
  ]))
}

/** Whether a base object is the one a patch names (by apiVersion/kind/name) or its `target` selects. */
export function matches(object: Record<string, unknown>, sel: { apiVersion?: string, kind?: string, name?: string, target?: Target }): boolean {
  const meta = isObject(object.metadata)
    ? object.metadata
    : {}
  const [group, version] = String(object.apiVersion).includes('/')
    ? String(object.apiVersion).split('/')
    : [
        '',
        String(object.apiVersion),
      ]
  if (sel.kind !== undefined && object.kind !== sel.kind)
    return false
  if (sel.name !== undefined && meta.name !== sel.name)
    return false
  if (sel.apiVersion !== undefined && object.apiVersion !== sel.apiVersion)
    return false
  const t = sel.target
  return !t || ((t.group === undefined || t.group === group) && (t.version === undefined || t.version === version)
    && (t.kind === undefined || t.kind === object.kind) && (t.name === undefined || t.name === meta.name))
}

/** One patch file against the objects its kustomization's resources define. */
export function checkPatch(file: ParsedFile, target: Target | undefined, bases: Record<string, unknown>[]): ManifestError[] {
  return file.docs.flatMap((doc) => {
    const value = doc.value
    if (Array.isArray(value)) {
      if (!target) {
        return toErrors(file, doc, [
          { path: '', message: 'a JSON 6902 patch needs a `target` in the kustomization' },
        ])
      }
      const ops = z.array(JSON_PATCH_OP).safeParse(value)
      if (!ops.success)
        return toErrors(file, doc, ops.error.issues.map(i => ({ path: `/${i.path.join('/')}`, message: i.message })))
      const hits = bases.filter(b => matches(b, { target }))
      if (hits.length === 0) {
        return toErrors(file, doc, [
          { path: '', message: `target ${JSON.stringify(target)} matches no resource of the base` },
        ])
      }
      return hits.flatMap((base) => {
        const { result, issues } = applyJsonPatch(base, ops.data)
        const after = checkObject(result).map(i => ({ path: '', message: `after patching ${describeObject(base)}: ${i.path} ${i.message}` }))
        return toErrors(file, doc, [
          ...issues,
          ...after,
        ])
      })
    }
    if (!isObject(value)) {
      return toErrors(file, doc, [
        { path: '', message: 'a patch must be a mapping (strategic merge) or a list (JSON 6902)' },
      ])
    }
    const meta = isObject(value.metadata)
      ? value.metadata
      : {}
    const sel = {
      apiVersion: value.apiVersion as string,
      kind: value.kind as string,
      name: meta.name as string | undefined,
      target,
    }
    const hit = bases.some(b => matches(b, sel))
    const missing: Issue[] = hit
      ? []
      : [
          { path: '/metadata/name', message: `${describeObject(value)} is not defined by any resource of the base` },
        ]
    if (value.$patch === 'delete') {
      const extraKeys = Object.keys(value).filter(k => ![
        'apiVersion',
        'kind',
        'metadata',
        '$patch',
      ].includes(k))
      return toErrors(file, doc, [
        ...missing,
        ...extraKeys.map(k => ({ path: `/${k}`, message: `a $patch: delete patch names the object only; "${k}" is ignored` })),
      ])
    }
    return toErrors(file, doc, [
      ...missing,
      ...checkObject(stripDirectives(value), { relaxRequired: true }),
    ], 'strategic-merge patch: ')
  })
}

export interface KustomizeContext {
  /** Parses a file once (undefined when it cannot be read). */
  load: (abs: string) => ParsedFile | undefined
  /** Adds errors to a file's result. */
  report: (abs: string, errors: ManifestError[]) => void
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
      report(abs, toErrors(file, doc, parsed.error.issues.flatMap(issue => issue.code === 'unrecognized_keys'
        ? issue.keys.map(k => ({ path: `/${[...issue.path, k].join('/')}`, message: `unknown field "${k}"` }))
        : [
            {
              path: issue.path.length
                ? `/${issue.path.join('/')}`
                : '',
              message: issue.message,
            },
          ])))
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
