import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { speculationRules } from '../islands/clientEntry'
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash, withCspMeta } from './csp'

describe('inlineScripts', () => {
  it.each([
    [
      '<script>a()</script>',
      ['a()'],
    ],
    [
      '<script id="check-dark-mode">(()=>{})()</script>',
      ['(()=>{})()'],
    ],
    ['<script type="module" src="/app.js"></script>', []],
    ['<script type="application/ld+json">{"headline":"日本語"}</script>', []],
    [
      '<script type="module">import "x"</script><script>b()</script>',
      ['import "x"', 'b()'],
    ],
    [
      '<script>\nwindow.x = "「知識地図」"\n</script>',
      ['\nwindow.x = "「知識地図」"\n'],
    ],
  ])('finds the executable inline scripts in %s', (html, expected) => {
    expect(inlineScripts(html)).toEqual(expected)
  })

  it('includes the speculation rules (Chromium checks them against script-src) and not the JSON-LD', () => {
    const rules = speculationRules('/garden/')
    const html = `<head><script type="speculationrules">${rules}</script><script type="application/ld+json">{"@type":"Article","headline":"GitOpsとArgo CD"}</script><script type='SpeculationRules'>{}</script></head>`
    expect(inlineScripts(html)).toEqual([rules, '{}'])
    const policy = contentSecurityPolicy({
      scriptHashes: inlineScripts(html).map(scriptHash),
    })
    expect(policy).toContain(scriptHash(rules))
    expect(policy).not.toContain(scriptHash('{"@type":"Article","headline":"GitOpsとArgo CD"}'))
  })
})

describe('scriptHash', () => {
  it('hashes the exact UTF-8 text, as browsers do', () => {
    const body = 'document.title = "知識地図"'
    const expected = createHash('sha256').update(new TextEncoder().encode(body)).digest('base64')
    expect(scriptHash(body)).toBe(`'sha256-${expected}'`)
  })
})

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and by hash', () => {
    const policy = contentSecurityPolicy({
      scriptHashes: [`'sha256-b'`, `'sha256-a'`, `'sha256-a'`],
    })
    expect(policy).toContain(`script-src 'self' 'sha256-a' 'sha256-b';`)
    expect(policy).not.toMatch(/script-src[^;]*unsafe/)
    expect(policy).toContain(`object-src 'none'`)
  })

  it('keeps frame-ancestors out of the meta policy and in the header', () => {
    expect(contentSecurityPolicy({ scriptHashes: [] })).not.toContain('frame-ancestors')
    expect(contentSecurityPolicy({ scriptHashes: [], header: true })).toContain(`frame-ancestors 'none'`)
  })
})

describe('withCspMeta', () => {
  const policy = `default-src 'self'`
  it.each([
    ['<head><meta charset="utf-8"><script>x</script>', `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x</script>`],
    ['<head><title>ノート</title>', `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>ノート</title>`],
    [`<meta http-equiv="Content-Security-Policy" content="old">`, `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`],
  ])('places the meta before any script in %s', (html, expected) => {
    expect(withCspMeta(html, policy)).toBe(expected)
  })

  it('escapes quotes in the policy', () => {
    expect(withCspMeta('<head>', 'a"b')).toContain('content="a&quot;b"')
  })
})

describe('headersFile', () => {
  it('applies the policy to every path', () => {
    expect(headersFile('default-src \'self\'')).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'\n/)
  })
})
