// Every built page is valid HTML: html-validate's recommended rules, relaxed only where
// .htmlvalidate.mjs says why.
import { join, resolve } from 'node:path'
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { builtFiles, readBuilt, siteBuild } from '../../../test/support/builtSite'

const site = siteBuild()
const pages = builtFiles(site, '.html')
// The config is looked up from the repository root, whichever folder the build went to.
const validator = new HtmlValidate(new FileSystemConfigLoader())
const configAnchor = resolve('.vitepress/dist')

describe('html-validate', () => {
  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  it.each(pages)('passes %s', async (file) => {
    const report = await validator.validateString(readBuilt(site, file), join(configAnchor, file))
    const errors = report.results.flatMap(r => r.messages.map(m => `${m.ruleId} ${m.line}:${m.column} ${m.selector ?? ''} — ${m.message}`))
    expect(errors).toEqual([])
  })
})
