// What a shell variable that a page fills from kubectl's output stands for (variables.ts resolves it;
// the run of a page keeps them, context.ts). A leaf, so the two need not import each other.
import type { Where } from './model'
import type { Requirement } from './pods'

export interface Variable {
  /** The kind of the objects the command listed. */
  kind: string
  namespace: string
  /** The object the command named, or the selector it listed by ([] lists all of the kind). */
  name?: string
  selector: Requirement[]
  /** What the output is: a bare name (jsonpath …metadata.name), `kind/name` (-o name), or another value. */
  form: 'name' | 'kind/name' | 'value'
  at: Where
}
