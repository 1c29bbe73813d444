// Adapter for Argo Workflows' Workflow (argoproj.io/v1alpha1). @kubernetes-models/argo-workflows 2.0.0 (tried on
// Node 24) is generated from Go types and rejects our valid examples: argo-steps.yaml gets
// `/spec/templates/0/steps/0: must be object` (Argo writes steps as a list of lists) and `unknown field "name"`,
// `"template"`, `"when"` on every step; argo-dag.yaml gets `/spec/templates/2/container: missing required field
// "name"` (Argo names template containers itself) and `/spec/templates/0/dag/tasks/1/withItems: unknown field`.
// So this checks the fields our examples use, after Argo's field reference
// (argo-workflows.readthedocs.io/en/latest/fields/), strictly: an unmodelled field fails until it is added here.
// Template containers are checked against the Kubernetes Container schema.
import type { Issue } from './issue'
import { z } from 'zod'
import { CONTAINER_SCHEMA, definitionChecker, pointer } from './schemas'

const parameter = z.strictObject({
  name: z.string(),
  value: z.string().optional(),
  default: z.string().optional(),
  enum: z.array(z.string()).optional(),
  description: z.string().optional(),
  globalName: z.string().optional(),
  valueFrom: z.strictObject({
    path: z.string().optional(),
    jsonPath: z.string().optional(),
    expression: z.string().optional(),
    parameter: z.string().optional(),
    default: z.string().optional(),
    event: z.string().optional(),
  }).optional(),
})

const args = z.strictObject({
  parameters: z.array(parameter).optional(),
})

const invocation = {
  name: z.string(),
  template: z.string(),
  arguments: args.optional(),
  withItems: z.array(z.unknown()).optional(),
  withParam: z.string().optional(),
  when: z.string().optional(),
  continueOn: z.strictObject({
    error: z.boolean().optional(),
    failed: z.boolean().optional(),
  }).optional(),
  onExit: z.string().optional(),
}

const step = z.strictObject(invocation)
const dagTask = z.strictObject({
  ...invocation,
  dependencies: z.array(z.string()).optional(),
  depends: z.string().optional(),
})
const record = z.record(z.string(), z.unknown())

const template = z.strictObject({
  name: z.string(),
  inputs: z.strictObject({
    parameters: z.array(parameter).optional(),
  }).optional(),
  outputs: z.strictObject({
    parameters: z.array(parameter).optional(),
    result: z.string().optional(),
  }).optional(),
  // Checked against the Kubernetes Container schema below.
  container: record.optional(),
  script: record.optional(),
  steps: z.array(z.array(step)).optional(),
  dag: z.strictObject({
    tasks: z.array(dagTask),
    target: z.string().optional(),
    failFast: z.boolean().optional(),
  }).optional(),
  suspend: z.strictObject({
    duration: z.string().optional(),
  }).optional(),
  retryStrategy: z.strictObject({
    limit: z.union([
      z.int(),
      z.string(),
    ]).optional(),
    retryPolicy: z.enum([
      'Always',
      'OnFailure',
      'OnError',
      'OnTransientError',
    ]).optional(),
  }).optional(),
  activeDeadlineSeconds: z.union([
    z.int(),
    z.string(),
  ]).optional(),
  timeout: z.string().optional(),
}).refine(t => [
  'container',
  'script',
  'steps',
  'dag',
  'suspend',
].filter(k => k in t).length === 1, {
  message: 'a template has exactly one of container, script, steps, dag, suspend',
})

const workflow = z.strictObject({
  apiVersion: z.literal('argoproj.io/v1alpha1'),
  kind: z.literal('Workflow'),
  metadata: z.strictObject({
    name: z.string().optional(),
    generateName: z.string().optional(),
    namespace: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
    annotations: z.record(z.string(), z.string()).optional(),
  }).refine(m => m.name !== undefined || m.generateName !== undefined, { message: 'name or generateName is required' }),
  spec: z.strictObject({
    entrypoint: z.string(),
    arguments: args.optional(),
    templates: z.array(template).min(1),
    onExit: z.string().optional(),
    serviceAccountName: z.string().optional(),
    parallelism: z.int().optional(),
    activeDeadlineSeconds: z.int().optional(),
    ttlStrategy: z.strictObject({
      secondsAfterCompletion: z.int().optional(),
      secondsAfterSuccess: z.int().optional(),
      secondsAfterFailure: z.int().optional(),
    }).optional(),
    podGC: z.strictObject({
      strategy: z.enum([
        'OnPodCompletion',
        'OnPodSuccess',
        'OnWorkflowCompletion',
        'OnWorkflowSuccess',
      ]).optional(),
    }).optional(),
  }),
})

type Workflow = z.infer<typeof workflow>

let containerCheck: ((value: unknown) => Issue[]) | undefined

/** Argo lets a template's container go without a name; a script adds `source` to a Container. */
function checkContainer(value: Record<string, unknown>, at: string, isScript: boolean): Issue[] {
  containerCheck ??= definitionChecker(CONTAINER_SCHEMA)
  const { source, ...rest } = value
  const issues: Issue[] = []
  if (isScript && typeof source !== 'string')
    issues.push({ path: `${at}/source`, message: 'missing required field "source" (string)' })
  const container = isScript ? rest : value
  return [
    ...issues,
    ...containerCheck({ name: 'main', ...container }).map(i => ({ ...i, path: `${at}${i.path}` })),
  ]
}

/** References between templates: entrypoint, onExit and every step/task `template` must name a template. */
function checkReferences(wf: Workflow): Issue[] {
  const names = new Set(wf.spec.templates.map(t => t.name))
  const issues: Issue[] = []
  const ref = (name: string | undefined, path: string): void => {
    if (name !== undefined && !names.has(name))
      issues.push({ path, message: `no template named "${name}"` })
  }
  ref(wf.spec.entrypoint, '/spec/entrypoint')
  ref(wf.spec.onExit, '/spec/onExit')
  wf.spec.templates.forEach((t, i) => {
    t.steps?.forEach((group, g) => group.forEach((s, j) => ref(s.template, `/spec/templates/${i}/steps/${g}/${j}/template`)))
    t.dag?.tasks.forEach((task, j) => ref(task.template, `/spec/templates/${i}/dag/tasks/${j}/template`))
  })
  return issues
}

export function checkWorkflow(doc: unknown): Issue[] {
  const result = workflow.safeParse(doc)
  if (!result.success) {
    return result.error.issues.flatMap((issue) => {
      const at = pointer(issue.path.map(p => (typeof p === 'symbol'
        ? String(p)
        : p)))
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map(key => ({ path: `${at}${pointer([key])}`, message: `unknown field "${key}"` }))
      return [
        { path: at, message: issue.message },
      ]
    })
  }
  const wf = result.data
  const containerIssues = wf.spec.templates.flatMap((t, i) => [
    ...(t.container
      ? checkContainer(t.container, `/spec/templates/${i}/container`, false)
      : []),
    ...(t.script
      ? checkContainer(t.script, `/spec/templates/${i}/script`, true)
      : []),
  ])
  return [
    ...containerIssues,
    ...checkReferences(wf),
  ]
}
