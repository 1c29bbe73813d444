// A small `kustomize build` for the example trees, so `kubectl apply -k` can put real names into the model:
// resources (files and directories, recursively), namespace, labels (metadata only unless includeSelectors /
// includeTemplates), images, replicas, strategic-merge patches (maps merged, named list items merged by
// `name`, `$patch: delete` removes the object) and JSON 6902 patches (applied with rfc6902 through the
// validator's applyJsonPatch). The validator (scripts/lib/manifests/kustomize.ts) checks the same files
// strictly; this only renders them. Each object keeps the file and lines of the resource it came from.
import type { ParsedFile } from '../manifests/documents'
import type { Doc } from './model'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseFile } from '../manifests/documents'
import { KUSTOMIZATION_NAMES } from '../manifests/kustomize'
import { applyJsonPatch } from '../manifests/kustomizePatch'
import { isNamespaced, POD_TEMPLATE_PATHS } from './kinds'
import { asList, asStringMap, dig, isDoc } from './model'

export interface Built {
  value: Doc
  file: string
  line: number
  lineOf: (pointer: string) => number
}

export function kustomizationIn(dir: string): string | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return undefined
  return [...KUSTOMIZATION_NAMES].map(n => join(dir, n)).find(p => existsSync(p))
}

function clone<T>(v: T): T {
  return structuredClone(v)
}

/** Strategic merge: maps merge, lists of named items merge by name, other lists are replaced. */
export function strategicMerge(base: unknown, patch: unknown): unknown {
  if (isDoc(base) && isDoc(patch)) {
    const out: Doc = { ...base }
    for (const [k, v] of Object.entries(patch)) {
      if (k.startsWith('$'))
        continue
      out[k] = v === null
        ? undefined
        : strategicMerge(base[k], v)
    }
    return out
  }
  if (Array.isArray(base) && Array.isArray(patch) && patch.every(p => isDoc(p) && typeof p.name === 'string')) {
    const out = [...base]
    for (const p of patch as Doc[]) {
      const i = out.findIndex(b => isDoc(b) && b.name === p.name)
      if (i >= 0)
        out[i] = strategicMerge(out[i], p)
      else
        out.push(p)
    }
    return out
  }
  return clone(patch)
}

function sameObject(a: Doc, b: Doc): boolean {
  return a.kind === b.kind && dig(a, 'metadata', 'name') === dig(b, 'metadata', 'name')
}

function targets(o: Doc, target: unknown): boolean {
  if (!isDoc(target))
    return false
  const [group, version] = String(o.apiVersion).includes('/')
    ? String(o.apiVersion).split('/')
    : [
        '',
        String(o.apiVersion),
      ]
  return (target.kind === undefined || target.kind === o.kind) && (target.name === undefined || target.name === dig(o, 'metadata', 'name'))
    && (target.group === undefined || target.group === group) && (target.version === undefined || target.version === version)
}

function setImages(o: Doc, images: unknown[]): void {
  const path = POD_TEMPLATE_PATHS[String(o.kind)]
  if (!path)
    return
  for (const list of ['containers', 'initContainers']) {
    for (const c of asList(dig(o, ...path, 'spec', list))) {
      if (!isDoc(c) || typeof c.image !== 'string')
        continue
      const [name] = c.image.split(/[:@]/)
      const rule = images.find(i => dig(i, 'name') === name)
      if (!isDoc(rule))
        continue
      const newName = typeof rule.newName === 'string'
        ? rule.newName
        : name
      c.image = typeof rule.digest === 'string'
        ? `${newName}@${rule.digest}`
        : `${newName}:${String(rule.newTag ?? c.image.split(':')[1] ?? 'latest')}`
    }
  }
}

/** The kustomization's `labels`: on the object, and on its selector and pod template when asked. */
function setLabels(o: Doc, meta: Doc, labels: unknown[]): void {
  for (const l of labels) {
    const pairs = asStringMap(dig(l, 'pairs'))
    meta.labels = {
      ...asStringMap(meta.labels),
      ...pairs,
    }
    const tpl = POD_TEMPLATE_PATHS[String(o.kind)]
    if (dig(l, 'includeSelectors') === true) {
      if (o.kind === 'Service' && isDoc(o.spec)) {
        o.spec.selector = {
          ...asStringMap(o.spec.selector),
          ...pairs,
        }
      }
      else if (tpl && isDoc(dig(o, 'spec', 'selector'))) {
        (dig(o, 'spec', 'selector') as Doc).matchLabels = {
          ...asStringMap(dig(o, 'spec', 'selector', 'matchLabels')),
          ...pairs,
        }
      }
    }
    if (tpl && (dig(l, 'includeTemplates') === true || dig(l, 'includeSelectors') === true) && isDoc(dig(o, ...tpl))) {
      const t = dig(o, ...tpl) as Doc
      const tm = (isDoc(t.metadata)
        ? t.metadata
        : (t.metadata = {})) as Doc
      tm.labels = {
        ...asStringMap(tm.labels),
        ...pairs,
      }
    }
  }
}

/** Applies the kustomization's patches (JSON 6902 or strategic merge, `$patch: delete` drops) to what it built. */
function applyPatches(built: Built[], patches: unknown[], dir: string, parse: (abs: string) => ParsedFile): Built[] {
  let out = built
  for (const p of patches) {
    const text = dig(p, 'path')
    if (typeof text !== 'string')
      continue
    const doc = parse(resolve(dir, text)).docs[0]?.value
    if (Array.isArray(doc)) {
      for (const b of out.filter(b => targets(b.value, dig(p, 'target'))))
        b.value = applyJsonPatch(b.value, doc as Parameters<typeof applyJsonPatch>[1]).result as Doc
    }
    else if (isDoc(doc)) {
      const hit = (b: Built): boolean => dig(p, 'target') === undefined
        ? sameObject(b.value, doc)
        : targets(b.value, dig(p, 'target'))
      if (doc.$patch === 'delete')
        out = out.filter(b => !hit(b))
      else
        out.filter(hit).forEach(b => (b.value = strategicMerge(b.value, doc) as Doc))
    }
  }
  return out
}

/** Builds a kustomization directory; `root` makes file paths in the result relative. */
export function build(dir: string, root: string, problems: string[] = []): Built[] {
  const kfile = kustomizationIn(dir)
  if (!kfile) {
    problems.push(`${dir}: no kustomization`)
    return []
  }
  const parse = (abs: string): ParsedFile => parseFile(abs, root)
  const k = parse(kfile).docs[0]?.value
  if (!isDoc(k))
    return []
  let out: Built[] = []
  for (const r of asList(k.resources).map(String)) {
    const abs = resolve(dir, r)
    if (kustomizationIn(abs)) {
      out.push(...build(abs, root, problems))
    }
    else if (existsSync(abs)) {
      const f = parse(abs)
      out.push(...f.docs.filter(d => isDoc(d.value)).map(d => ({
        value: clone(d.value) as Doc,
        file: f.file,
        line: d.line,
        lineOf: d.lineOf,
      })))
    }
    else {
      problems.push(`${r}: not found from ${dir}`)
    }
  }
  out = applyPatches(out, asList(k.patches), dir, parse)
  for (const b of out) {
    const o = b.value
    const meta = (isDoc(o.metadata)
      ? o.metadata
      : (o.metadata = {})) as Doc
    if (typeof k.namespace === 'string' && isNamespaced(String(o.kind)))
      meta.namespace = k.namespace
    setLabels(o, meta, asList(k.labels))
    setImages(o, asList(k.images))
    for (const r of asList(k.replicas)) {
      if (dig(r, 'name') === meta.name && isDoc(o.spec))
        o.spec.replicas = dig(r, 'count')
    }
  }
  return out
}
