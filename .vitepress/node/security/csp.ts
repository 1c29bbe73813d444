// A Content-Security-Policy for the built site, written at build end: every inline <script> in the
// output (VitePress's appearance script, the sidebar's scroll script, the speculation rules) is
// allowed by its sha256 hash — never 'unsafe-inline' for scripts — and the policy goes into each page
// as a <meta> and into dist/_headers (Netlify, Cloudflare Pages) with the header-only directives.
import type { SiteConfig } from 'vitepress'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Script types the policy must allow: what the browser runs, and speculation rules (Chromium checks
 * them against script-src too). Data blocks such as application/ld+json are never executed.
 */
const EXECUTABLE = /^(?:text\/javascript|application\/javascript|module|speculationrules)?$/i
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi

/** The bodies of the inline scripts a page executes, in document order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = []
  for (const [, attrs, body] of html.matchAll(SCRIPT_RE)) {
    if (/\bsrc\s*=/i.test(attrs!))
      continue
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs!)?.[1] ?? ''
    if (EXECUTABLE.test(type))
      out.push(body!)
  }
  return out
}

/** The CSP source for one inline script: 'sha256-<base64>' of its exact text (UTF-8). */
export function scriptHash(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`
}

export interface PolicyOptions {
  /** 'sha256-…' sources for the inline scripts. */
  scriptHashes: string[]
  /**
   * Add the directives a <meta> policy ignores (and Chromium reports as an error when present).
   * @default false
   */
  header?: boolean
}

/**
 * The policy. Styles keep 'unsafe-inline': Vue binds style attributes (diagram sizes), Mermaid's
 * SVG carries its own <style>, and the default theme sets inline styles; scripts never do.
 */
export function contentSecurityPolicy({ scriptHashes, header = false }: PolicyOptions): string {
  const directives = [
    `default-src 'self'`,
    `script-src 'self' ${[
      ...new Set(scriptHashes),
    ].sort().join(' ')}`.trim(),
    `style-src 'self' 'unsafe-inline'`,
    // data: for the default theme's icons (CSS masks with SVG data URLs).
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    ...(header
      ? [`frame-ancestors 'none'`]
      : []),
  ]
  return directives.join('; ')
}

/** Escapes a value for a double-quoted HTML attribute. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}

/** Puts the policy's <meta> right after <meta charset>, before any script; replaces an earlier one. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attr(policy)}">`
  const existing = /<meta http-equiv="Content-Security-Policy"[^>]*>/i
  if (existing.test(html))
    return html.replace(existing, meta)
  const charset = /<meta charset="[^"]*">/i
  if (charset.test(html))
    return html.replace(charset, m => `${m}${meta}`)
  return html.replace(/<head>/i, m => `${m}${meta}`)
}

/** dist/_headers for Netlify and Cloudflare Pages: the same policy plus header-only protections. */
export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n')
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory()
      ? htmlFiles(path)
      : e.name.endsWith('.html')
        ? [path]
        : []
  })
}

/** buildEnd step (after every step that writes HTML): the meta in every page, and dist/_headers. */
export function writeContentSecurityPolicy(siteConfig: Pick<SiteConfig, 'outDir'>): void {
  const files = htmlFiles(siteConfig.outDir)
  const pages = files.map(file => ({
    file,
    html: readFileSync(file, 'utf8'),
  }))
  const scriptHashes = pages.flatMap(p => inlineScripts(p.html).map(scriptHash))
  const policy = contentSecurityPolicy({ scriptHashes })
  for (const { file, html } of pages)
    writeFileSync(file, withCspMeta(html, policy))
  writeFileSync(join(siteConfig.outDir, '_headers'), headersFile(contentSecurityPolicy({ scriptHashes, header: true })))
}
