// The "no-JS twin" of a build: the same HTML with every executable <script> and every
// <link rel="modulepreload"> removed (JSON-LD stays: it is data, not code). Served by the same
// server next to the real build it is the benchmark's limit row: what the page costs to lay out
// and paint with no JavaScript at all.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const MODULEPRELOAD = /<link\s[^>]*\brel=["']?modulepreload\b[^>]*>/gi

export function stripScripts(html: string): string {
  return html
    .replace(SCRIPT, (whole, attrs: string) => /\btype=["']?application\/ld\+json/i.test(attrs)
      ? whole
      : '')
    .replace(MODULEPRELOAD, '')
}

/** Rewrites every .html file under dir in place (call it on a copy). Returns the number of files. */
export function stripScriptsInDir(dir: string): number {
  let n = 0
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.html'))
      continue
    const path = join(dir, rel)
    writeFileSync(path, stripScripts(readFileSync(path, 'utf8')))
    n++
  }
  return n
}
