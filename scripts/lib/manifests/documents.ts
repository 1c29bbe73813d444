// Reading manifest files: every .yaml under an `examples` folder, split into YAML documents that keep
// their line numbers, so an error can say `file:line document N at /json/pointer: message`.
import type { Issue } from './issue'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { LineCounter, parseAllDocuments } from 'yaml'

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

export interface ParsedDoc {
  index: number
  line: number
  value: unknown
  /** Line of a JSON pointer inside this document (falls back to the document's line). */
  lineOf: (path: string) => number
}

export interface ParsedFile {
  abs: string
  file: string
  docs: ParsedDoc[]
  errors: ManifestError[]
}

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

/** '/spec/containers/0/a~1b' → ['spec', 'containers', 0, 'a/b'] (RFC 6901). */
export function decodePointer(path: string): (string | number)[] {
  return path.split('/').slice(1).map(s => s.replaceAll('~1', '/').replaceAll('~0', '~')).map(s => (/^\d+$/.test(s)
    ? Number(s)
    : s))
}

/** Reads a multi-document YAML file; `file` in errors is relative to `root`. */
export function parseFile(abs: string, root: string): ParsedFile {
  const file = relative(root, abs)
  const lineCounter = new LineCounter()
  const errors: ManifestError[] = []
  const docs: ParsedDoc[] = []
  parseAllDocuments(readFileSync(abs, 'utf8'), { lineCounter }).forEach((doc, index) => {
    const line = lineCounter.linePos(doc.contents?.range[0] ?? doc.range[0]).line
    for (const e of doc.errors) {
      errors.push({
        file,
        document: index,
        line: e.linePos?.[0].line ?? line,
        path: '',
        message: `YAML: ${e.message.split('\n')[0]}`,
      })
    }
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
    docs.push({
      index,
      line,
      value: doc.toJS(),
      lineOf,
    })
  })
  return { abs, file, docs, errors }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `kind name` of a document, for the CLI's listing. */
export function describeObject(value: unknown): string {
  if (!isObject(value)) {
    return Array.isArray(value)
      ? 'list'
      : typeof value
  }
  const meta = isObject(value.metadata)
    ? value.metadata
    : {}
  return `${String(value.kind)} ${String(meta.name ?? meta.generateName ?? '')}`.trim()
}

/** Places a document's issues in its file, at the line of each JSON pointer. */
export function toErrors(file: ParsedFile, doc: ParsedDoc, issues: Issue[], prefix = ''): ManifestError[] {
  return issues.map(i => ({
    file: file.file,
    document: doc.index,
    line: doc.lineOf(i.path),
    path: i.path,
    message: `${prefix}${i.message}`,
  }))
}

export function formatError(e: ManifestError): string {
  return `${e.file}:${e.line} document ${e.document}${e.path
    ? ` at ${e.path}`
    : ''}: ${e.message}`
}
