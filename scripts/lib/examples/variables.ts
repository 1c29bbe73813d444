// Shell variables a page fills from kubectl's output, modelled by what they stand for, not by a value:
//   POD=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
// makes POD "the name of a Pod matching app=web in default", and a later `kubectl delete pod "$POD"` resolves
// when such a Pod can exist at that point of the page (its namespace, its kind, its selector). `-o name` gives
// `pod/<name>`, which kubectl refuses after a separate kind (`kubectl get pod $POD`); any other output is a value,
// not a name. A variable no earlier command assigns is the reader's to set, so it is reported.
import type { Run } from './context'
import type { PodTemplate } from './pods'
import type { Variable } from './shellVariable'
import { describeSelector, matches, podTemplates } from './pods'
import { nameExists } from './resolve'
import { variableOf } from './shell'

type Report = (check: string, message: string) => void

/** What `-o …` prints: a name, `kind/name`, or something else. */
export function outputForm(output: string | undefined): Variable['form'] {
  if (output === 'name')
    return 'kind/name'
  if (output !== undefined && /^jsonpath=.*metadata\.name\}/.test(output) && !/\{range/.test(output))
    return 'name'
  return 'value'
}

/** The Pod templates a variable can name (for -c and resize checks). */
export function templatesOfVariable(run: Run, word: string, namespace: string): PodTemplate[] {
  const v = run.variables.get(variableOf(word) ?? '')
  if (!v || v.kind !== 'Pod' || v.namespace !== namespace)
    return []
  return podTemplates(run.state, namespace).filter(t => v.name === undefined
    ? matches(v.selector, t.labels)
    : t.podName.test(v.name))
}

/** The variable a `kind/name` variable stands for when used alone (`kubectl logs $POD`). */
export function slashedVariable(run: Run, word: string): Variable | undefined {
  const v = run.variables.get(variableOf(word) ?? '')
  return v?.form === 'kind/name'
    ? v
    : undefined
}

/**
 * Whether `$NAME`, used as an object of `kind` in `namespace`, names something at this point of the page;
 * `separateKind` is true when the command also typed the kind (`kubectl get pod "$POD"`).
 */
export function resolveVariable(run: Run, word: string, kind: string, namespace: string, separateKind: boolean, report: Report): boolean {
  const name = variableOf(word)!
  const v = run.variables.get(name)
  if (!v) {
    report('unknown-variable', `$${name} is assigned by no earlier command of the page`)
    return false
  }
  const from = `${v.at.file}:${v.at.line}`
  if (v.form === 'value') {
    report('variable-not-a-name', `$${name} (${from}) holds kubectl's output, not an object name: print it with -o name or -o jsonpath='{.items[0].metadata.name}'`)
    return false
  }
  if (v.form === 'kind/name' && separateKind) {
    report('variable-not-a-name', `$${name} (${from}) holds ${v.kind.toLowerCase()}/<name> (-o name); kubectl refuses a kind before a kind/name: drop the kind or print the name with -o jsonpath='{.items[0].metadata.name}'`)
    return false
  }
  if (v.kind !== kind) {
    report('wrong-kind', `$${name} (${from}) names a ${v.kind}, not a ${kind}`)
    return false
  }
  if (v.namespace !== namespace) {
    report('unknown-object', `$${name} (${from}) names a ${kind} in ${v.namespace}, not in ${namespace}`)
    return false
  }
  const exists = v.name !== undefined
    ? nameExists(run, kind, namespace, v.name)
    : kind === 'Pod'
      ? podTemplates(run.state, namespace).some(t => matches(v.selector, t.labels))
      : run.state.list(kind, namespace).some(o => matches(v.selector, o.labels))
  if (!exists) {
    const what = v.name ?? (v.selector.length > 0
      ? `matching ${describeSelector(v.selector)}`
      : '')
    report('unknown-object', `$${name} (${from}): no ${kind} ${what} in ${namespace} at this point of the page`.replace(/ {2,}/g, ' '))
  }
  return exists
}
