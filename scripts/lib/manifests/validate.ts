// Validates every example manifest (docs/**/examples/**/*.yaml, multi-document) against the schemas in
// schemas.ts, so that what a note shows would pass `kubectl apply --validate=strict`.
// Kustomize: base and patches are checked separately, without running kustomize. A kustomization's own
// fields and the files it names are checked; a strategic-merge patch must target an object of its bases and
// is schema-checked as a partial object (required fields relaxed, `$` directives ignored); a `$patch: delete`
// file must name an object of its bases; a JSON 6902 patch must have a `target`, is applied to that object
// (test/replace/remove/add) and the result is schema-checked. A patch file no kustomization names is an error.
import type { Issue } from './schemas'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { LineCounter, parseAllDocuments } from 'yaml'
import { z } from 'zod'
import { resolveSchema } from './schemas'
import { checkWorkflow } from './workflow'

export interface ManifestError {
  /** Path relative to the project root, e.g. 'docs/notes/examples/pdb.yaml'. */
  file: string
  /** 0-based index of the YAML document in the file. */
  document: number
  line: number
  /** JSON pointer inside the document ('' for the document itself). */
  path: string
  message: string
}

export type FileRole = 'manifest' | 'kustomization' | 'patch'

export interface FileResult {
  file: string
  role: FileRole
  /** `kind name` of each document. */
  objects: string[]
  errors: ManifestError[]
}

interface ParsedDoc {
  index: number
  line: number
  value: unknown
  /** Line of a JSON pointer inside this document (falls back to the document's line). */
  lineOf: (path: string) => number
}

interface ParsedFile {
  abs: string
  file: string
  docs: ParsedDoc[]
  errors: ManifestError[]
}

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization'])

/** Every .yaml/.yml under a directory named `examples` below `srcDir`. */
export function findManifestFiles(srcDir: string): string[] {
  const found: string[] = []
  const walk = (dir: string, inExamples: boolean): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory())
        walk(path, inExamples || entry.name === 'examples')
      else if (inExamples && /\.ya?ml$/.test(entry.name))
        found.push(path)
    }
  }
  walk(srcDir, false)
  return found
}

function decodePointer(path: string): (string | number)[] {
  return path.split('/').slice(1).map(s => s.replaceAll('~1', '/').replaceAll('~0', '~')).map(s => (/^\d+$/.test(s) ? Number(s) : s))
}

function parseFile(abs: string, root: string): ParsedFile {
  const file = relative(root, abs)
  const lineCounter = new LineCounter()
  const errors: ManifestError[] = []
  const docs: ParsedDoc[] = []
  parseAllDocuments(readFileSync(abs, 'utf8'), { lineCounter }).forEach((doc, index) => {
    const line = lineCounter.linePos(doc.contents?.range[0] ?? doc.range[0]).line
    for (const e of doc.errors)
      errors.push({ file, document: index, line: e.linePos?.[0].line ?? line, path: '', message: `YAML: ${e.message.split('\n')[0]}` })
    if (doc.errors.length > 0 || doc.contents === null)
      return
    const lineOf = (path: string): number => {
      const segments = decodePointer(path)
      for (let n = segments.length; n > 0; n--) {
        const node = doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined
        if (node && typeof node === 'object' && node.range)
          return lineCounter.linePos(node.range[0]).line
      }
      return line
    }
    docs.push({ index, line, value: doc.toJS(), lineOf })
  })
  return { abs, file, docs, errors }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (!isObject(value))
    return Array.isArray(value) ? 'list' : typeof value
  const meta = isObject(value.metadata) ? value.metadata : {}
  return `${String(value.kind)} ${String(meta.name ?? meta.generateName ?? '')}`.trim()
}

function toErrors(file: ParsedFile, doc: ParsedDoc, issues: Issue[], prefix = ''): ManifestError[] {
  return issues.map(i => ({ file: file.file, document: doc.index, line: doc.lineOf(i.path), path: i.path, message: `${prefix}${i.message}` }))
}

/** Full check of one object: schema by apiVersion/kind, or the Workflow adapter. */
export function checkObject(value: unknown, options: { relaxRequired?: boolean } = {}): Issue[] {
  if (!isObject(value))
    return [{ path: '', message: 'a manifest document must be a mapping' }]
  const { apiVersion, kind } = value
  if (typeof apiVersion !== 'string' || typeof kind !== 'string')
    return [{ path: '', message: 'missing apiVersion or kind' }]
  if (apiVersion === 'argoproj.io/v1alpha1' && kind === 'Workflow')
    return checkWorkflow(value)
  const schema = resolveSchema(apiVersion, kind, options)
  if (!schema)
    return [{ path: '', message: `no schema for kind ${kind} apiVersion ${apiVersion}` }]
  return schema.checker(value)
}

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
    options: z.strictObject({ allowNameChange: z.boolean().optional(), allowKindChange: z.boolean().optional() }).optional(),
  }).refine(p => (p.path === undefined) !== (p.patch === undefined), { message: 'a patch has exactly one of path, patch' })).optional(),
  images: z.array(z.strictObject({ name: z.string(), newName: z.string().optional(), newTag: z.string().optional(), digest: z.string().optional() })).optional(),
  labels: z.array(z.strictObject({ pairs: z.record(z.string(), z.string()), includeSelectors: z.boolean().optional(), includeTemplates: z.boolean().optional() })).optional(),
  commonAnnotations: z.record(z.string(), z.string()).optional(),
  replicas: z.array(z.strictObject({ name: z.string(), count: z.int() })).optional(),
})

type Kustomization = z.infer<typeof kustomization>
type Target = NonNullable<NonNullable<Kustomization['patches']>[number]['target']>

interface Kust {
  file: ParsedFile
  doc: ParsedDoc
  spec: Kustomization
}

const JSON_PATCH_OP = z.strictObject({
  op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
  path: z.string().regex(/^(?:\/[^/]*)*$/, 'must be a JSON pointer'),
  value: z.unknown().optional(),
  from: z.string().optional(),
})

/** Applies the ops RFC 6902 defines for one location (add/remove/replace/test) to a copy of `target`. */
function applyJsonPatch(target: unknown, ops: z.infer<typeof JSON_PATCH_OP>[]): { result: unknown, issues: Issue[] } {
  const result = structuredClone(target)
  const issues: Issue[] = []
  ops.forEach((op, i) => {
    const segments = decodePointer(op.path)
    const last = segments.at(-1)
    let parent: unknown = result
    for (const s of segments.slice(0, -1))
      parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<string | number, unknown>)[s] : undefined
    const container = parent as Record<string | number, unknown> | unknown[] | undefined
    const exists = container !== undefined && last !== undefined && (isObject(container) || Array.isArray(container)) && last in container
    const fail = (message: string): void => {
      issues.push({ path: `/${i}/path`, message })
    }
    if (op.op === 'move' || op.op === 'copy') {
      fail(`op "${op.op}" is not applied by this checker; use add/remove/replace/test`)
      return
    }
    if (op.op === 'add' && (isObject(container) || Array.isArray(container))) {
      if (Array.isArray(container))
        container.splice(last === '-' ? container.length : Number(last), 0, op.value)
      else
        container[last!] = op.value
      return
    }
    if (!exists) {
      fail(`path ${op.path} does not exist in the target`)
      return
    }
    const current = (container as Record<string | number, unknown>)[last!]
    if (op.op === 'test' && JSON.stringify(current) !== JSON.stringify(op.value))
      fail(`test failed: ${op.path} is ${JSON.stringify(current)}, not ${JSON.stringify(op.value)}`)
    else if (op.op === 'replace')
      (container as Record<string | number, unknown>)[last!] = op.value
    else if (op.op === 'remove')
      Array.isArray(container) ? container.splice(Number(last), 1) : delete (container as Record<string, unknown>)[String(last)]
  })
  return { result, issues }
}

function stripDirectives(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(stripDirectives)
  if (!isObject(value))
    return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, stripDirectives(v)]))
}

function matches(object: Record<string, unknown>, sel: { apiVersion?: string, kind?: string, name?: string, target?: Target }): boolean {
  const meta = isObject(object.metadata) ? object.metadata : {}
  const [group, version] = String(object.apiVersion).includes('/') ? String(object.apiVersion).split('/') : ['', String(object.apiVersion)]
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

/** Validates the given files; paths in results are relative to `root`. */
export function validateFiles(paths: string[], root: string): FileResult[] {
  const files = new Map(paths.map(p => [resolve(p), parseFile(resolve(p), root)]))
  const roles = new Map<string, FileRole>()
  const extra = new Map<string, ManifestError[]>()
  const push = (abs: string, errors: ManifestError[]): void => {
    extra.set(abs, [...(extra.get(abs) ?? []), ...errors])
  }
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

  // Kustomizations first: they decide which files are patches and which objects patches may target.
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
      push(abs, toErrors(file, doc, parsed.error.issues.flatMap(issue => issue.code === 'unrecognized_keys'
        ? issue.keys.map(k => ({ path: `/${[...issue.path, k].join('/')}`, message: `unknown field "${k}"` }))
        : [{ path: issue.path.length ? `/${issue.path.join('/')}` : '', message: issue.message }])))
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
      const isDir = (() => {
        try {
          return statSync(abs).isDirectory()
        }
        catch {
          return undefined
        }
      })()
      if (isDir === undefined) {
        push(kust.file.abs, toErrors(kust.file, kust.doc, [{ path: `/resources/${i}`, message: `resource ${entry} does not exist` }]))
        return []
      }
      if (seen.has(abs))
        return []
      seen.add(abs)
      if (isDir) {
        const child = Array.from(KUSTOMIZATION_NAMES, n => join(abs, n)).find(p => statSync(p, { throwIfNoEntry: false })?.isFile())
        const childKust = child ? readKustomization(child) : null
        if (!childKust) {
          push(kust.file.abs, toErrors(kust.file, kust.doc, [{ path: `/resources/${i}`, message: `directory ${entry} has no valid kustomization` }]))
          return []
        }
        return resourcesOf(childKust, seen)
      }
      return (load(abs)?.docs ?? []).map(d => d.value).filter(isObject)
    })
  }

  const patchChecks: (() => void)[] = []
  for (const abs of [...files.keys()].filter(p => KUSTOMIZATION_NAMES.has(basename(p)))) {
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
        push(abs, toErrors(kust.file, kust.doc, [{ path: `/patches/${i}/path`, message: `patch ${entry.path} does not exist` }]))
        return
      }
      roles.set(patchAbs, 'patch')
      patchChecks.push(() => push(patchAbs, checkPatch(patch, entry.target, bases)))
    })
  }
  patchChecks.forEach(run => run())

  return [...files.values()].filter(f => paths.some(p => resolve(p) === f.abs)).map((file) => {
    const role = roles.get(file.abs) ?? 'manifest'
    const errors = [...file.errors, ...(extra.get(file.abs) ?? [])]
    if (role === 'manifest') {
      for (const doc of file.docs) {
        if (Array.isArray(doc.value) || (isObject(doc.value) && '$patch' in doc.value))
          errors.push(...toErrors(file, doc, [{ path: '', message: 'looks like a Kustomize patch, but no kustomization names this file in `patches`' }]))
        else
          errors.push(...toErrors(file, doc, checkObject(doc.value)))
      }
    }
    errors.sort((a, b) => a.document - b.document || a.line - b.line)
    return { file: file.file, role, objects: file.docs.map(d => describe(d.value)), errors }
  })
}

/** One patch file against the objects its kustomization's resources define. */
function checkPatch(file: ParsedFile, target: Target | undefined, bases: Record<string, unknown>[]): ManifestError[] {
  return file.docs.flatMap((doc) => {
    const value = doc.value
    if (Array.isArray(value)) {
      if (!target)
        return toErrors(file, doc, [{ path: '', message: 'a JSON 6902 patch needs a `target` in the kustomization' }])
      const ops = z.array(JSON_PATCH_OP).safeParse(value)
      if (!ops.success)
        return toErrors(file, doc, ops.error.issues.map(i => ({ path: `/${i.path.join('/')}`, message: i.message })))
      const hits = bases.filter(b => matches(b, { target }))
      if (hits.length === 0)
        return toErrors(file, doc, [{ path: '', message: `target ${JSON.stringify(target)} matches no resource of the base` }])
      return hits.flatMap((base) => {
        const { result, issues } = applyJsonPatch(base, ops.data)
        const after = checkObject(result).map(i => ({ path: '', message: `after patching ${describe(base)}: ${i.path} ${i.message}` }))
        return toErrors(file, doc, [...issues, ...after])
      })
    }
    if (!isObject(value))
      return toErrors(file, doc, [{ path: '', message: 'a patch must be a mapping (strategic merge) or a list (JSON 6902)' }])
    const meta = isObject(value.metadata) ? value.metadata : {}
    const sel = { apiVersion: value.apiVersion as string, kind: value.kind as string, name: meta.name as string | undefined, target }
    const hit = bases.some(b => matches(b, sel))
    const missing: Issue[] = hit ? [] : [{ path: '/metadata/name', message: `${describe(value)} is not defined by any resource of the base` }]
    if (value.$patch === 'delete') {
      const extraKeys = Object.keys(value).filter(k => !['apiVersion', 'kind', 'metadata', '$patch'].includes(k))
      return toErrors(file, doc, [...missing, ...extraKeys.map(k => ({ path: `/${k}`, message: `a $patch: delete patch names the object only; "${k}" is ignored` }))])
    }
    return toErrors(file, doc, [...missing, ...checkObject(stripDirectives(value), { relaxRequired: true })], 'strategic-merge patch: ')
  })
}

export function formatError(e: ManifestError): string {
  return `${e.file}:${e.line} document ${e.document}${e.path ? ` at ${e.path}` : ''}: ${e.message}`
}
