import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headersFile, inlineScripts, scriptHash, withCspMeta, withoutEval } from './csp'

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

describe('withoutEval', () => {
  const fn = '_vp-fn_function tokenize(text) { return text.split("・") }'
  const data = JSON.stringify(JSON.stringify({
    lang: 'ja-JP',
    search: { tokenize: fn },
  }))
  const script = `function deserializeFunctions(r){return typeof r=="string"&&r.startsWith("_vp-fn_")?new Function(\`return \${r.slice(7)}\`)():r};window.__VP_SITE_DATA__=deserializeFunctions(JSON.parse(${data}));`

  it('revives config functions from literals instead of new Function', () => {
    const out = withoutEval(script)
    expect(out).not.toContain('new Function')
    expect(out).toContain('__VP_FNS__.get(r)')
  })

  it('keeps scripts without site data or without functions as they are', () => {
    expect(withoutEval('document.title = "知識地図"')).toBe('document.title = "知識地図"')
    const plain = script.replace(JSON.stringify(fn).slice(1, -1), 'plain')
    expect(withoutEval(plain.replace(data, JSON.stringify(JSON.stringify({ lang: 'ja-JP' }))))).toContain('new Function')
  })
})
