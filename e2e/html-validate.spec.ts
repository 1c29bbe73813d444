// Every built page is valid HTML: html-validate's recommended rules, relaxed only where
// .htmlvalidate.mjs says why. Reads the build output from disk (no browser), after the build.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
// No browser here: the base test, not ./fixtures (whose automatic fixture opens a page).
import { expect, test } from '@playwright/test'
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate'

const dist = resolve(process.env.E2E_DIST ?? '.vitepress/dist')

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : []
  })
}

// The config is looked up from the repository root, whichever folder the build went to.
const validator = new HtmlValidate(new FileSystemConfigLoader())
const configAnchor = resolve('.vitepress/dist')

test.describe('html-validate', () => {
  for (const file of htmlFiles(dist)) {
    const name = relative(dist, file)
    test(name, async () => {
      const report = await validator.validateString(readFileSync(file, 'utf8'), join(configAnchor, name))
      const errors = report.results.flatMap(r => r.messages.map(m => `${m.ruleId} ${m.line}:${m.column} ${m.selector ?? ''} — ${m.message}`))
      expect(errors).toEqual([])
    })
  }
})
