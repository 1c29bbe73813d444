import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { countBytes, pageBytes, referencedAssets, sumBytes } from './pageAssets'

const html = `<!DOCTYPE html><html lang="ja-JP"><head>
<link rel="preload stylesheet" href="/garden/assets/style.abc.css" as="style">
<link rel="preload stylesheet" href="/garden/vp-icons.css" as="style">
<script type="module" src="/garden/assets/app.x1.js"></script>
<link rel="preload" href="/garden/assets/inter.woff2" as="font" type="font/woff2" crossorigin="">
<link rel="modulepreload" href="/garden/assets/chunks/theme.t1.js">
<link rel="modulepreload" href="/garden/assets/chunks/framework.f1.js">
<link rel="modulepreload" href="/garden/assets/chunks/theme.t1.js">
<link rel="icon" href="/garden/favicon.svg">
<script type="module" src="https://example.com/analytics.js"></script>
<script id="check-dark-mode">;(() => {})()</script>
</head><body><h1>送信元IPの保持</h1></body></html>`

describe('referencedAssets', () => {
  it('collects scripts and modulepreloads once each, and stylesheets, under the base path', () => {
    expect(referencedAssets(html, '/garden/')).toEqual({
      scripts: ['assets/app.x1.js', 'assets/chunks/theme.t1.js', 'assets/chunks/framework.f1.js'],
      styles: ['assets/style.abc.css', 'vp-icons.css'],
    })
  })

  it('counts the entry and its imports that the page\'s inline loader fetches after the first paint', () => {
    const loaded = `<head><script data-entry="/garden/assets/entry.e1.js" data-imports="/garden/assets/chunks/a.js /garden/assets/chunks/b.js">(function(){})()</script>
<link rel="preload stylesheet" href="/garden/assets/style.abc.css" as="style"></head>`
    expect(referencedAssets(loaded, '/garden/')).toEqual({
      scripts: ['assets/entry.e1.js', 'assets/chunks/a.js', 'assets/chunks/b.js'],
      styles: ['assets/style.abc.css'],
    })
  })
})

describe('countBytes', () => {
  it.each([
    ['ascii', 'hello hello hello'],
    [
      'Japanese (3 bytes a character in UTF-8)',
      '日本語の本文'.repeat(20),
    ],
  ])('counts raw UTF-8 bytes and the gzip size of %s', (_, text) => {
    const { raw, gzip } = countBytes(text)
    expect(raw).toBe(new TextEncoder().encode(text).length)
    expect(gzip).toBe(gzipSync(text, { level: 9 }).length)
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text)
  })

  it('sums counts', () => {
    expect(sumBytes([
      { raw: 10, gzip: 4 },
      { raw: 5, gzip: 3 },
    ])).toEqual({ raw: 15, gzip: 7 })
    expect(sumBytes([])).toEqual({ raw: 0, gzip: 0 })
  })
})

describe('pageBytes', () => {
  it('adds up the referenced JS and CSS files and the HTML', () => {
    const files: Record<string, string> = {
      'assets/app.x1.js': 'a'.repeat(100),
      'assets/chunks/theme.t1.js': 'b'.repeat(200),
      'assets/chunks/framework.f1.js': 'c'.repeat(300),
      'assets/style.abc.css': 'd'.repeat(40),
      'vp-icons.css': 'e'.repeat(2),
    }
    const bytes = pageBytes(html, p => new TextEncoder().encode(files[p]!), '/garden/')
    expect(bytes.js.raw).toBe(600)
    expect(bytes.css.raw).toBe(42)
    expect(bytes.html.raw).toBe(new TextEncoder().encode(html).length)
    expect(bytes.js.gzip).toBeGreaterThan(0)
  })
})
