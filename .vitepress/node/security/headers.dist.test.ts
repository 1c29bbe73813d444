// The built site's Content-Security-Policy as files: every page carries the <meta> policy with the
// inline scripts' hashes, and dist/_headers is that policy plus the header-only directives, never
// allowing inline scripts. (That pages run without a violation under both is checked in the
// browser: e2e/security.spec.ts and the health check of every page.)
import { Parser } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { builtFiles, readBuilt, siteBuild } from '../../../test/support/builtSite'

const site = siteBuild()

/** The content of the page's <meta http-equiv="Content-Security-Policy">, entities decoded. */
function metaPolicy(html: string): string | undefined {
  let policy: string | undefined
  const parser = new Parser({
    onopentag(tag, attribs) {
      if (tag === 'meta' && attribs['http-equiv']?.toLowerCase() === 'content-security-policy')
        policy = attribs.content
    },
  }, { decodeEntities: true })
  parser.end(html)
  return policy
}

function headerPolicy(): string {
  const line = readBuilt(site, '_headers').split('\n').find(l => l.trim().startsWith('Content-Security-Policy:'))
  expect(line, 'a Content-Security-Policy line in _headers').toBeDefined()
  return line!.split(':').slice(1).join(':').trim()
}

describe('content security policy', () => {
  it('is in every page as a <meta> that allows scripts from the site and by hash only', () => {
    const pages = builtFiles(site, '.html')
    expect(pages.length).toBeGreaterThan(10)
    for (const file of pages)
      expect(metaPolicy(readBuilt(site, file)), file).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/)
  })

  it('is, in dist/_headers, the meta policy plus header-only directives, with no inline script allowance', () => {
    const meta = metaPolicy(readBuilt(site, 'index.html'))
    const header = headerPolicy()
    expect(header).toBe(`${meta}; frame-ancestors 'none'`)
    expect(header).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
  })
})
