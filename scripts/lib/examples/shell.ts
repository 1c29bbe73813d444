// Splits the lines of a `sh` fence into simple commands with shell-quote: continuation lines joined, comments
// dropped, pipelines and `&&`/`;` lists split, redirections removed. A placeholder the reader fills in
// (`<ノード名>`, `<EXTERNAL-IP>`) stays one word and is marked, so a check can skip it instead of reading
// `<` and `>` as redirections.
//   kubectl drain <ノード名> --ignore-daemonsets   # 説明
//   → { argv: ['kubectl', 'drain', '<ノード名>', '--ignore-daemonsets'], line }
import { parse } from 'shell-quote'

export interface SimpleCommand {
  argv: string[]
  /** Files the command's output is redirected to (`> rendered.yaml`). */
  writes: string[]
  /** File line of the command's first line. */
  line: number
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
