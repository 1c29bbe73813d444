import { describe, expect, it } from 'vitest'
import { stripScripts } from './noJs'

describe('stripScripts', () => {
  it('removes module, inline and classic scripts and modulepreload links', () => {
    const html = [
      '<head><link rel="modulepreload" href="/assets/a.js"><link rel="stylesheet" href="/s.css">',
      '<script type="module" src="/assets/app.js"></script>',
      '<script id="check-dark-mode">(()=>{document.documentElement.classList.add("dark")})()</script>',
      '<SCRIPT>window.__VP_HASH_MAP__={"a":"b"}</SCRIPT ></head><body><p>本文</p></body>',
    ].join('')
    const out = stripScripts(html)
    expect(out).not.toMatch(/<script|modulepreload|__VP_HASH_MAP__|classList/i)
    expect(out).toContain('<link rel="stylesheet" href="/s.css">')
    expect(out).toContain('<p>本文</p>')
  })

  it('keeps JSON-LD, which is data', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article"}</script>'
    expect(stripScripts(`<head>${ld}<script>x()</script></head>`)).toBe(`<head>${ld}</head>`)
  })
})
