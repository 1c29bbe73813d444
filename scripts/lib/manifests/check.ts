// The core check of one manifest object: the JSON schema of its apiVersion/kind (schemas.ts), or the
// Argo Workflows adapter (workflow.ts), with unknown fields reported as kubectl's strict validation does.
import type { Issue } from './issue'
import { isObject } from './documents'
import { resolveSchema } from './schemas'
import { checkWorkflow } from './workflow'

/** Full check of one object: schema by apiVersion/kind, or the Workflow adapter. */
export function checkObject(value: unknown, options: { relaxRequired?: boolean } = {}): Issue[] {
  if (!isObject(value)) {
    return [
      { path: '', message: 'a manifest document must be a mapping' },
    ]
  }
  const { apiVersion, kind } = value
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    return [
      { path: '', message: 'missing apiVersion or kind' },
    ]
  }
  if (apiVersion === 'argoproj.io/v1alpha1' && kind === 'Workflow')
    return checkWorkflow(value)
  const schema = resolveSchema(apiVersion, kind, options)
  if (!schema) {
    return [
      { path: '', message: `no schema for kind ${kind} apiVersion ${apiVersion}` },
    ]
  }
  return schema.checker(value)
}
