// Kustomize patches without running kustomize: a strategic-merge patch must target an object of its bases
// and is schema-checked as a partial object (required fields relaxed, `$` directives ignored); a
// `$patch: delete` file must name an object of its bases; a JSON 6902 patch needs a `target`, is applied
// to that object with rfc6902 and the result is schema-checked.
import type { Operation } from 'rfc6902'
import type { MissingError, TestError } from 'rfc6902/patch'
import type { ManifestError, ParsedDoc, ParsedFile } from './documents'
import type { Issue } from './issue'
import { applyPatch } from 'rfc6902'
import { z } from 'zod'
import { checkObject } from './check'
import { describeObject, isObject, toErrors } from './documents'

/** What a kustomization's `patches[].target` selects. */
export const patchTarget = z.strictObject({
  group: z.string().optional(),
  version: z.string().optional(),
  kind: z.string().optional(),
  name: z.string().optional(),
  namespace: z.string().optional(),
  labelSelector: z.string().optional(),
  annotationSelector: z.string().optional(),
})
export type Target = z.infer<typeof patchTarget>

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

/** A JSON 6902 patch: it has a `target`, its operations are well-formed, and each object it targets is valid after it. */
function checkJsonPatch(file: ParsedFile, doc: ParsedDoc, value: unknown[], target: Target | undefined, bases: Record<string, unknown>[]): ManifestError[] {
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

/** A strategic-merge patch (or a `$patch: delete`): it names an object of the bases, and is valid as a partial object. */
function checkMergePatch(file: ParsedFile, doc: ParsedDoc, value: unknown, target: Target | undefined, bases: Record<string, unknown>[]): ManifestError[] {
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
}

/** One patch file against the objects its kustomization's resources define. */
export function checkPatch(file: ParsedFile, target: Target | undefined, bases: Record<string, unknown>[]): ManifestError[] {
  return file.docs.flatMap(doc => Array.isArray(doc.value)
    ? checkJsonPatch(file, doc, doc.value, target, bases)
    : checkMergePatch(file, doc, doc.value, target, bases))
}
