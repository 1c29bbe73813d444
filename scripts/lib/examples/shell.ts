// Splits the lines of a `sh` fence into simple commands with shell-quote: continuation lines joined, comments
// dropped, pipelines and `&&`/`;` lists split, redirections removed. A placeholder the reader fills in
// (`<ノード名>`, `<EXTERNAL-IP>`) stays one word and is marked, so a check can skip it instead of reading
// `<` and `>` as redirections.
//   kubectl drain <ノード名> --ignore-daemonsets   # 説明
//   → { argv: ['kubectl', 'drain', '<ノード名>', '--ignore-daemonsets'], line }
// A variable assigned a command's output on a line of its own keeps the name with that command, and later
// words keep `$POD` as written, for the kubectl model to resolve:
//   POD=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
//   → { argv: ['kubectl', 'get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}'], assigns: 'POD', line }
import { parse } from 'shell-quote'

export interface SimpleCommand {
  argv: string[]
  /** Files the command's output is redirected to (`> rendered.yaml`). */
  writes: string[]
  /** File line of the command's first line. */
  line: number
  /** The shell variable the command's output is assigned to (`POD=$(kubectl get …)`). */
  assigns?: string
}

/** `POD=$(…)`, `POD="$(…)"`, `export POD=$(…)` as the whole line. */
const ASSIGNMENT_RE = /^\s*(?:export\s+)?([A-Z_a-z]\w*)=("?)\$\((.*)\)\2\s*$/

/** `$POD` or `${POD}` (what shell-quote leaves of `"$POD"`) → 'POD', else undefined. */
export function variableOf(word: string): string | undefined {
  return /^\$\{?([A-Z_]\w*)\}?$/i.exec(word)?.[1]
}

const PLACEHOLDER_RE = /<([^\s<>][^<>\n]*[^\s<>]|[^\s<>])>/g
const SENTINEL = '\u0000'

/** Whether a word is (or contains) a placeholder such as `<Pod 名>`. */
export function isPlaceholder(word: string): boolean {
  return /<[^<>]+>/.test(word)
}

/** Commands of a fence whose first line is `firstLine` in the page. */
export function parseFence(code: string, firstLine: number): SimpleCommand[] {
  const lines = code.split('\n')
  const commands: SimpleCommand[] = []
  let buffer = ''
  let start = firstLine
  lines.forEach((text, i) => {
    if (buffer === '')
      start = firstLine + i
    if (/\\\s*$/.test(text)) {
      buffer += `${text.replace(/\\\s*$/, '')} `
      return
    }
    buffer += text
    commands.push(...parseLine(buffer, start))
    buffer = ''
  })
  if (buffer)
    commands.push(...parseLine(buffer, start))
  return commands
}

/** One logical line (continuations joined) into its simple commands. */
export function parseLine(text: string, line: number): SimpleCommand[] {
  const assignment = ASSIGNMENT_RE.exec(text)
  if (assignment) {
    const inner = parseLine(assignment[3]!, line)
    // In a pipeline the last command's output is the one assigned.
    const last = inner.at(-1)
    if (last)
      last.assigns = assignment[1]!
    return inner
  }
  const placeholders: string[] = []
  const masked = text.replace(PLACEHOLDER_RE, (match) => {
    placeholders.push(match)
    return `${SENTINEL}${placeholders.length - 1}${SENTINEL}`
  })
  const unmask = (word: string): string => word.replace(new RegExp(`${SENTINEL}(\\d+)${SENTINEL}`, 'g'), (_, i: string) => placeholders[Number(i)]!)
  // Leave `$VAR` and `$(…)` as written: they are the reader's, not ours to expand.
  const tokens = parse(masked, name => `$${name}`)
  const commands: SimpleCommand[] = []
  let argv: string[] = []
  let writes: string[] = []
  let redirect = false
  const flush = (): void => {
    if (argv.length > 0)
      commands.push({ argv, writes, line })
    argv = []
    writes = []
  }
  for (const token of tokens) {
    if (typeof token === 'string') {
      if (redirect) {
        writes.push(unmask(token))
        redirect = false
      }
      else {
        argv.push(unmask(token))
      }
      continue
    }
    if ('comment' in token)
      break
    if ('op' in token) {
      // shell-quote reads `>` and `>>` as redirections; `2>`, `&>`, `>&` likewise end in one.
      if ([
        '>',
        '>>',
        '<',
        '>&',
        '&>',
        '&>>',
        '>|',
      ].includes(String(token.op))) {
        redirect = true
      }
      else {
        flush()
      }
    }
    else if ('pattern' in token) {
      argv.push(unmask(String((token as { pattern: string }).pattern)))
    }
  }
  flush()
  return commands
}
