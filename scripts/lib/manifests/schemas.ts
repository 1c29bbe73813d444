// Finds the JSON-schema validator for an apiVersion/kind and turns its verdict into issues with JSON paths.
// Built-in kinds use kubernetes-models 4.5.1 (Kubernetes 1.33 OpenAPI), CRDs the @kubernetes-models CRD
// packages; these are the last lines that support Node 20. Their compiled validators ignore unknown fields,
// so `unknownFields` probes each key to find fields the schema does not declare (kubectl's strict validation).
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { checkKindCluster } from './kindCluster'

/** What the validator claims; README-ready wording lives in SCHEMA_VERSIONS. */
export const KUBERNETES_VERSION = '1.33'

export const SCHEMA_VERSIONS = [
  'Kubernetes 1.33 OpenAPI (kubernetes-models 4.5.1); manifests target 1.34 and use no field added in 1.34',
  'Argo CD argoproj.io/v1alpha1 Application, ApplicationSet, AppProject (@kubernetes-models/argo-cd 2.7.2)',
  'Gateway API gateway.networking.k8s.io v1 Gateway, GatewayClass, HTTPRoute (@kubernetes-models/gateway-api 0.5.1 = Gateway API v1.0); GRPCRoute v1 is checked against the v1alpha2 schema of that release (Gateway API v1.1 served both versions with one schema)',
  'External Secrets external-secrets.io/v1 checked against the v1beta1 schema of @kubernetes-models/external-secrets 0.5.2 (v1 was v1beta1 promoted unchanged; ESO 0.17 stopped serving v1beta1)',
  'Argo Workflows argoproj.io/v1alpha1 Workflow: the adapter in workflow.ts (Argo field reference subset; containers checked against the Kubernetes Container schema)',
] as const

export interface Issue {
  /** JSON pointer inside the document, e.g. '/spec/replicas'; '' for the document itself. */
  path: string
  message: string
}

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

const require = createRequire(import.meta.url)

interface Source {
  /** Module that exports the model classes of one group/version. */
  module: (group: string, version: string) => string
  groups: (group: string) => boolean
}

const SOURCES: Source[] = [
  {
    module: (group, version) => `@kubernetes-models/argo-cd/${group}/${version}`,
    groups: g => g === 'argoproj.io',
  },
  {
    module: (group, version) => `@kubernetes-models/gateway-api/${group}/${version}`,
    groups: g => g === 'gateway.networking.k8s.io',
  },
  {
    module: (group, version) => `@kubernetes-models/external-secrets/${group}/${version}`,
    groups: g => g === 'external-secrets.io',
  },
  {
    module: (group, version) => group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`,
    // Built-in groups: the core group, single words (apps, batch, policy…) and *.k8s.io.
    groups: g => g === '' || /^[a-z]+$/.test(g) || g.endsWith('.k8s.io'),
  },
]

/**
 * apiVersions whose exact schema no Node-20 package ships, checked against an identical earlier version.
 * Key `apiVersion kind` or `apiVersion *`.
 */
export const SCHEMA_ALIASES: Record<string, string> = {
  'gateway.networking.k8s.io/v1 GRPCRoute': 'gateway.networking.k8s.io/v1alpha2',
  'external-secrets.io/v1 *': 'external-secrets.io/v1beta1',
}

const API_VERSION_RE = /^(?:([a-z0-9][a-z0-9.-]*)\/)?(v\d+(?:(?:alpha|beta)\d+)?)$/

function loadModel(apiVersion: string, kind: string): ModelClass | undefined {
  const m = API_VERSION_RE.exec(apiVersion)
  if (!m)
    return undefined
  const [, group = '', version] = m
  const source = SOURCES.find(s => s.groups(group))
  if (!source)
    return undefined
  let exports: Record<string, unknown>
  try {
    exports = require(source.module(group, version!)) as Record<string, unknown>
  }
  catch {
    return undefined
  }
  const candidate = exports[kind] as ModelClass | undefined
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

/** JSON-schema check plus unknown fields. `relaxRequired` is for partial objects (strategic-merge patches). */
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

export function checkWithModel(Model: ModelClass, doc: unknown, options: { relaxRequired?: boolean, schemaApiVersion?: string, unchecked?: RegExp[] } = {}): Issue[] {
  const asSchema = (d: unknown): unknown =>
    options.schemaApiVersion && isObject(d) && typeof d.apiVersion === 'string' ? { ...d, apiVersion: options.schemaApiVersion } : d
  const run = (d: unknown): AjvError[] => modelErrors(Model, asSchema(d))
    .filter(e => !(options.relaxRequired && e.keyword === 'required'))
  const schemaIssues = run(doc).map(formatAjvError)
  return dedupe([...schemaIssues, ...unknownFields(run, doc, options.unchecked)])
}

/** Raw validator of a definition in kubernetes-models, e.g. 'IoK8sApiCoreV1Container' (used by adapters). */
export function definitionChecker(definition: string): (value: unknown) => Issue[] {
  // `_schemas` is not in the package's exports map, so it is loaded by file path.
  const dir = dirname(require.resolve('kubernetes-models'))
  const { validate } = require(join(dir, '_schemas', `${definition}.js`)) as { validate: RawValidate }
  const run = (value: unknown): AjvError[] => (validate(value) ? [] : [...(validate.errors ?? [])])
  return value => dedupe([...run(value).map(formatAjvError), ...unknownFields(run, value)])
}

export interface Resolved {
  checker: Checker
  /** Human note when an alias schema is used. */
  via?: string
}

/** The checker for a document's apiVersion/kind, or undefined when no schema is known. */
export function resolveSchema(apiVersion: string, kind: string, options: { relaxRequired?: boolean } = {}): Resolved | undefined {
  if (apiVersion === 'kind.x-k8s.io/v1alpha4' && kind === 'Cluster') return { checker: checkKindCluster }
  const alias = SCHEMA_ALIASES[`${apiVersion} ${kind}`] ?? SCHEMA_ALIASES[`${apiVersion} *`]
  const schemaApiVersion = alias ?? apiVersion
  const Model = loadModel(schemaApiVersion, kind)
  if (!Model)
    return undefined
  return {
    checker: doc => checkWithModel(Model, doc, {
      relaxRequired: options.relaxRequired,
      schemaApiVersion: alias,
      unchecked: UNCHECKED_FIELDS[`${apiVersion} ${kind}`],
    }),
    via: alias ? `schema of ${alias}` : undefined,
  }
}
