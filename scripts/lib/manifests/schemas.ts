// Finds the JSON-schema validator for an apiVersion/kind and turns its verdict into issues with JSON paths.
// Built-in kinds use kubernetes-models, CRDs the @kubernetes-models CRD packages (all ESM-only, Node 22+).
// Their compiled validators ignore unknown fields, so `unknownFields` probes each key to find fields the
// schema does not declare (kubectl's strict validation).
import type { Issue } from './issue'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkKindCluster } from './kindCluster'
import { kubernetesVersion, packageRoot, packageVersion } from './packages'

const require = createRequire(import.meta.url)

/** What the validator claims, read from the installed kubernetes-models. */
export const KUBERNETES_VERSION = kubernetesVersion()

export const SCHEMA_VERSIONS = [
  `Kubernetes ${KUBERNETES_VERSION} OpenAPI (kubernetes-models ${packageVersion('kubernetes-models')})`,
  `Argo CD argoproj.io/v1alpha1 Application, ApplicationSet, AppProject (@kubernetes-models/argo-cd ${packageVersion('@kubernetes-models/argo-cd')})`,
  `Gateway API gateway.networking.k8s.io v1 Gateway, GatewayClass, HTTPRoute, GRPCRoute (@kubernetes-models/gateway-api ${packageVersion('@kubernetes-models/gateway-api')})`,
  `External Secrets external-secrets.io/v1 (@kubernetes-models/external-secrets ${packageVersion('@kubernetes-models/external-secrets')})`,
  'Argo Workflows argoproj.io/v1alpha1 Workflow: the adapter in workflow.ts (Argo field reference subset; containers checked against the Kubernetes Container schema)',
] as const

/** A check of one whole document. */
export type Checker = (doc: unknown) => Issue[]

interface AjvError {
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** Compiled Ajv standalone validator as shipped in `<package>/_schemas/*.js`. */
interface RawValidate {
  (data: unknown): boolean
  errors?: AjvError[] | null
}

interface ModelClass {
  new (data: unknown): { validate: () => void }
  apiVersion?: string
  kind?: string
}

interface Source {
  /** Package whose `<group>/<version>/index.js` exports the model classes of one group/version. */
  package: string
  /** Folder of a group/version inside the package. */
  module: (group: string, version: string) => string
  groups: (group: string) => boolean
}

const SOURCES: Source[] = [
  {
    package: '@kubernetes-models/argo-cd',
    module: (group, version) => `${group}/${version}`,
    groups: g => g === 'argoproj.io',
  },
  {
    package: '@kubernetes-models/gateway-api',
    module: (group, version) => `${group}/${version}`,
    groups: g => g === 'gateway.networking.k8s.io',
  },
  {
    package: '@kubernetes-models/external-secrets',
    module: (group, version) => `${group}/${version}`,
    groups: g => g === 'external-secrets.io',
  },
  {
    package: 'kubernetes-models',
    module: (group, version) => group
      ? `${group}/${version}`
      : version,
    // Built-in groups: the core group, single words (apps, batch, policy…) and *.k8s.io.
    groups: g => g === '' || /^[a-z]+$/.test(g) || g.endsWith('.k8s.io'),
  },
]

const API_VERSION_RE = /^(?:([a-z0-9][a-z0-9.-]*)\/)?(v\d+(?:(?:alpha|beta)\d+)?)$/

/** Module file of a group/version, or undefined when no package ships it. */
function moduleFile(apiVersion: string): string | undefined {
  const m = API_VERSION_RE.exec(apiVersion)
  if (!m)
    return undefined
  const [, group = '', version] = m
  const source = SOURCES.find(s => s.groups(group))
  const file = source && join(packageRoot(source.package), source.module(group, version!), 'index.js')
  return file && existsSync(file)
    ? file
    : undefined
}

export const CONTAINER_SCHEMA = 'IoK8sApiCoreV1Container'
const schemaFile = (definition: string): string => join(packageRoot('kubernetes-models'), '_schemas', `${definition}.js`)

/** ES modules loaded by `preloadSchemas`, by file. */
const preloaded = new Map<string, Record<string, unknown>>()

/**
 * Imports the schema modules of these apiVersions ahead of a synchronous check. Without it they are
 * `require()`d on demand, which works in Node and Vitest but not under tsx: tsx compiles a required ES
 * module to CommonJS, whose `require` conditions the packages' import-only export maps refuse.
 */
export async function preloadSchemas(apiVersions: Iterable<string>): Promise<void> {
  const files = [
    ...new Set(Array.from(apiVersions, moduleFile).filter(f => f !== undefined)),
    schemaFile(CONTAINER_SCHEMA),
  ]
  await Promise.all(files.map(async (file) => {
    preloaded.set(file, await import(pathToFileURL(file).href) as Record<string, unknown>)
  }))
}

function loadModule(file: string): Record<string, unknown> {
  return preloaded.get(file) ?? require(file) as Record<string, unknown>
}

function loadModel(apiVersion: string, kind: string): ModelClass | undefined {
  const file = moduleFile(apiVersion)
  if (!file)
    return undefined
  const candidate = loadModule(file)[kind] as ModelClass | undefined
  // Only top-level resources carry apiVersion/kind; this also rejects e.g. `kind: PodSpec`.
  return typeof candidate === 'function' && candidate.kind === kind && candidate.apiVersion === apiVersion
    ? candidate
    : undefined
}

/** The schema's verdict on `doc` (no unknown-field check). */
function modelErrors(Model: ModelClass, doc: unknown): AjvError[] {
  try {
    new Model(doc).validate()
    return []
  }
  catch (error) {
    const errors = (error as { errors?: AjvError[] }).errors
    if (Array.isArray(errors))
      return errors
    throw error
  }
}

export function pointer(segments: readonly (string | number)[]): string {
  return segments.map(s => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

export function formatAjvError(error: AjvError): Issue {
  const p = error.params
  switch (error.keyword) {
    case 'required':
      return { path: error.instancePath, message: `missing required field "${String(p.missingProperty)}"` }
    case 'type':
      return { path: error.instancePath, message: `must be ${String(p.type)}` }
    case 'enum':
      return { path: error.instancePath, message: `must be one of ${(p.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}` }
    case 'format':
      return { path: error.instancePath, message: `must match format ${String(p.format)}` }
    default:
      return { path: error.instancePath, message: error.message ?? `fails ${error.keyword} ${JSON.stringify(p)}` }
  }
}

/** Ajv reports both branches of a failed oneOf/anyOf (e.g. int-or-string); keep one line per path. */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = `${i.path}\0${i.message}`
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

const PROBE = Symbol('probe')

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Fields of `doc` the schema does not declare. A key is declared when replacing its value with a value
 * of no JSON type makes the validator complain at (or under) that key. Free-form subtrees
 * (x-kubernetes-preserve-unknown-fields, e.g. Helm valuesObject) would be reported too: list their
 * pointers in `unchecked` to skip them.
 */
export function unknownFields(validate: (doc: unknown) => AjvError[], doc: unknown, unchecked: readonly RegExp[] = []): Issue[] {
  const issues: Issue[] = []
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]))
      return
    }
    if (!isObject(value))
      return
    for (const key of Object.keys(value)) {
      const keyPath = [...path, key]
      const at = pointer(keyPath)
      if (unchecked.some(re => re.test(at)))
        continue
      const probe = structuredClone(doc) as Record<string, unknown>
      setAt(probe, keyPath, PROBE)
      let known: boolean
      try {
        known = validate(probe).some(e => e.instancePath === at || e.instancePath.startsWith(`${at}/`))
      }
      catch {
        known = true // the validator touched the probe value, so it knows the field
      }
      if (known)
        visit(value[key], keyPath)
      else
        issues.push({ path: at, message: `unknown field "${key}"` })
    }
  }
  visit(doc, [])
  return issues
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: unknown = root
  for (const segment of path.slice(0, -1))
    node = (node as Record<string | number, unknown>)[segment]
  ;(node as Record<string | number, unknown>)[path.at(-1)!] = value
}

/**
 * Keys the probe cannot judge, as pointer patterns per `apiVersion kind` (group-wide with `group/* *`):
 * free-form subtrees, and fields named `description`, which kubernetes-models' generator strips from
 * schemas along with the doc text. Matched keys and their subtrees are not checked.
 */
export const UNCHECKED_FIELDS: Record<string, RegExp[]> = {
  'scheduling.k8s.io/v1 PriorityClass': [/^\/description$/],
  'argoproj.io/v1alpha1 ApplicationSet': [/\/list\/elements\/\d+\//, /\/helm\/valuesObject\//],
  'argoproj.io/v1alpha1 Application': [/\/helm\/valuesObject\//],
  'argoproj.io/v1alpha1 AppProject': [/^\/spec\/description$/],
}

/** JSON-schema check plus unknown fields. `relaxRequired` is for partial objects (strategic-merge patches). */
export function checkWithModel(Model: ModelClass, doc: unknown, options: { relaxRequired?: boolean, unchecked?: RegExp[] } = {}): Issue[] {
  const run = (d: unknown): AjvError[] => modelErrors(Model, d)
    .filter(e => !(options.relaxRequired && e.keyword === 'required'))
  const schemaIssues = run(doc).map(formatAjvError)
  return dedupe([
    ...schemaIssues,
    ...unknownFields(run, doc, options.unchecked),
  ])
}

/** Raw validator of a definition in kubernetes-models, e.g. 'IoK8sApiCoreV1Container' (used by adapters). */
export function definitionChecker(definition: string): (value: unknown) => Issue[] {
  const { validate } = loadModule(schemaFile(definition)) as unknown as { validate: RawValidate }
  const run = (value: unknown): AjvError[] => (validate(value)
    ? []
    : [
        ...(validate.errors ?? []),
      ])
  return value => dedupe([
    ...run(value).map(formatAjvError),
    ...unknownFields(run, value),
  ])
}

export interface Resolved {
  checker: Checker
}

/** The checker for a document's apiVersion/kind, or undefined when no schema is known. */
export function resolveSchema(apiVersion: string, kind: string, options: { relaxRequired?: boolean } = {}): Resolved | undefined {
  if (apiVersion === 'kind.x-k8s.io/v1alpha4' && kind === 'Cluster')
    return { checker: checkKindCluster }
  const Model = loadModel(apiVersion, kind)
  if (!Model)
    return undefined
  return {
    checker: doc => checkWithModel(Model, doc, {
      relaxRequired: options.relaxRequired,
      unchecked: UNCHECKED_FIELDS[`${apiVersion} ${kind}`],
    }),
  }
}
