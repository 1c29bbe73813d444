// Where the Vitest dist tier (*.dist.test.ts) finds the built site: .vitepress/dist and, for the
// non-root build, .vitepress/dist-base (E2E_DIST / E2E_BASE_DIST point a checkout at other folders).
// A missing folder fails the tests with the command that makes it: the tier runs after the builds.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { Parser } from 'htmlparser2'
import { parseSiteUrl } from '../../.vitepress/shared/site'

export interface BuiltSite {
  /** Absolute path of the output folder. */
  dir: string
  /** VitePress base the site was built with: '/' or '/garden/'. */
  base: string
  /** The SITE_URL it was built with, ending with '/'. */
  siteHref: string
}

/** The non-root build's SITE_URL (`npm run build:base`). */
export const BASE_SITE_URL = 'https://example.com/garden/'

function existing(dir: string, command: string): string {
  const abs = resolve(dir)
  if (!existsSync(abs))
    throw new Error(`${abs} is missing: run ${command} first (or point E2E_DIST / E2E_BASE_DIST at a build folder)`)
  return abs
}

/** The production build (`npm run build`), at SITE_URL's base. */
export function siteBuild(): BuiltSite {
  const { base, href } = parseSiteUrl(process.env.SITE_URL)
  return {
    dir: existing(process.env.E2E_DIST ?? '.vitepress/dist', 'npm run build'),
    base,
    siteHref: href,
  }
}

/** The build under /garden/ (`npm run build:base`). */
export function baseBuild(): BuiltSite {
  const { base, href } = parseSiteUrl(BASE_SITE_URL)
  return {
    dir: existing(process.env.E2E_BASE_DIST ?? '.vitepress/dist-base', 'npm run build:base'),
    base,
    siteHref: href,
  }
}

/** Files of the build ending with `ext`, relative to its folder, sorted ('notes/gitops.html'). */
export function builtFiles(site: BuiltSite, ext: string, under = ''): string[] {
  return readdirSync(join(site.dir, under), { recursive: true, encoding: 'utf8' })
    .map(p => join(under, p).split('\\').join('/'))
    .filter(p => p.endsWith(ext))
    .sort()
}

/** Route ('/', '/notes/gitops', '/chapters/') → its built HTML file relative to the folder. */
export function htmlFileOfRoute(route: string): string {
  return route === '/'
    ? 'index.html'
    : route.endsWith('/')
      ? `${route.slice(1)}index.html`
      : `${route.slice(1)}.html`
}

/** Reads a built file (relative to the output folder), failing with its path when it is missing. */
export function readBuilt(site: BuiltSite, file: string): string {
  const path = join(site.dir, file)
  if (!existsSync(path))
    throw new Error(`${path} is missing from the build`)
  return readFileSync(path, 'utf8')
}

/** Elements whose content a reader does not see as text. */
const UNSEEN = new Set([
  'script',
  'style',
  'template',
  'svg',
  'noscript',
])
/** Elements that start a new line in rendered text, so that words of two blocks never join. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

/**
 * The text a reader sees in the first element with class `className`, as the browser's innerText
 * would give it without CSS: whitespace collapsed, blocks on their own lines, and nothing from
 * scripts, SVG (diagram labels), hidden elements or the closed body of a <details> (its summary only).
 */
export function renderedText(html: string, className: string): string {
  const out: string[] = []
  /** One entry per open element inside the target: whether it hides its content, and its tag. */
  const open: Array<{ tag: string, hides: boolean, closedDetails: boolean }> = []
  let done = false
  const hidden = () => open.some(e => e.hides)
  const parser = new Parser({
    onopentag(tag, attribs) {
      if (done || (open.length === 0 && !(attribs.class ?? '').split(/\s+/).includes(className)))
        return
      const inClosedDetails = open.at(-1)?.closedDetails === true && tag !== 'summary'
      const hides = UNSEEN.has(tag) || 'hidden' in attribs || /display:\s*none/.test(attribs.style ?? '') || inClosedDetails
      open.push({ tag, hides, closedDetails: tag === 'details' && !('open' in attribs) })
      if (BLOCKS.has(tag))
        out.push('\n')
    },
    ontext(text) {
      // Text directly inside a closed <details> (outside its summary) is not shown either.
      if (open.length > 0 && !hidden() && !open.at(-1)!.closedDetails)
        out.push(text.replace(/\s+/g, ' '))
    },
    onclosetag(tag) {
      if (done || open.length === 0)
        return
      open.pop()
      if (BLOCKS.has(tag))
        out.push('\n')
      if (open.length === 0)
        done = true
    },
  }, { decodeEntities: true })
  parser.end(html)
  return out.join('').split('\n').map(l => l.trim()).filter(Boolean).join('\n')
}
