// Turns Mermaid's SVG into markup a VitePress page can inline as static HTML:
// - its <style> (which Vue would drop) leaves the SVG; the rules are re-scoped from `#<id>` to
//   `.mmd-<kind>` so every diagram of a kind shares one global stylesheet;
// - placeholder colours become var(--mmd-<role>), in CSS and in attributes;
// - attributes Vue's static stringifier doesn't know (role, aria-*, data-*, label-offset-y …) go,
//   or Vue compiles the whole SVG into render calls; ids get the diagram's unique prefix.
// Input is XMLSerializer output: double-quoted attributes, escaped text.
import { isKnownSvgAttr } from '@vue/shared'
import { minWidth } from './mermaidLayout'
import { MERMAID_CONFIG, themeMermaidCss } from './mermaidTheme'

export interface ProcessedSvg {
  svg: string
  /** Global CSS rules for this diagram's kind, scoped to `.mmd-<kind>`. */
  css: string[]
  /** Text of Mermaid's <title> (accTitle) and <desc> (accDescr), empty when missing. */
  title: string
  desc: string
  width: number
  height: number
  /** The smallest label font size in SVG units (measured by the renderer; the configured size in dev). */
  labelPx: number
}

const TAG_RE = /<([a-z][\w:.-]*)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>/gi
const ATTR_RE = /([^\s=/>]+)="([^"]*)"/g
const PAINT_ATTRS = new Set([
  'fill',
  'stroke',
  'stop-color',
  'flood-color',
])
const BLACK_RE = /^(?:black|#000|#000000)$/i

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function decodeXmlText(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
}

/** Splits a stylesheet into top-level rules; @keyframes blocks stay whole. */
export function splitCssRules(css: string): string[] {
  const rules: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      depth++
    }
    else if (css[i] === '}') {
      depth--
      if (depth === 0) {
        const rule = css.slice(start, i + 1).trim()
        if (rule)
          rules.push(rule)
        start = i + 1
      }
    }
  }
  return rules
}

/** `flowchart-v2` → `flowchart-v2`; anything else reduced to a safe class name. */
function kindOf(roleDescription: string | undefined): string {
  return (roleDescription ?? 'diagram').toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'diagram'
}

/** The ids the SVG points at: url(#…), href="#…", aria-labelledby/-describedby. */
function referencedIds(body: string): Set<string> {
  const referenced = new Set<string>()
  for (const m of body.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"|aria-(?:labelledby|describedby)="([^"]+)"/g)) {
    for (const ref of (m[1] ?? m[2] ?? m[3]!).split(/\s+/))
      referenced.add(decodeXmlText(ref))
  }
  return referenced
}

/**
 * A tag's attributes as Vue can stringify them: unknown ones dropped, ids kept only when referenced
 * and renamed with `newId`, colours themed into one style attribute.
 */
function keptAttrs(attrText: string, referenced: Set<string>, newId: (old: string) => string): string[] {
  const attrs: string[] = []
  const styles: string[] = []
  for (const [, attr, rawValue] of attrText.matchAll(ATTR_RE)) {
    let value = rawValue!
    if (!isKnownSvgAttr(attr!) || attr === 'name')
      continue
    if (attr === 'id') {
      if (!referenced.has(decodeXmlText(value)))
        continue
      value = newId(decodeXmlText(value))
    }
    else if (PAINT_ATTRS.has(attr!)) {
      const themed = themeMermaidCss(value)
      if (themed !== value) {
        styles.push(`${attr}:${themed}`)
        continue
      }
      // Mermaid's cross and some markers are hard-coded black: draw them in the line colour.
      if ((attr === 'fill' || attr === 'stroke') && BLACK_RE.test(value)) {
        styles.push(`${attr}:var(--mmd-line)`)
        continue
      }
    }
    value = value.replace(/url\(#([^)]+)\)/g, (_, ref: string) => `url(#${newId(decodeXmlText(ref))})`)
    if ((attr === 'href' || attr === 'xlink:href') && value.startsWith('#'))
      value = `#${newId(decodeXmlText(value.slice(1)))}`
    if (attr === 'style') {
      styles.unshift(themeMermaidCss(value).replace(/;\s*$/, ''))
      continue
    }
    attrs.push(`${attr}="${value}"`)
  }
  if (styles.length > 0)
    attrs.push(`style="${styles.filter(Boolean).join(';')}"`)
  return attrs
}

/** The label size Mermaid is configured with (themeVariables.fontSize). */
export const CONFIG_LABEL_PX = Number.parseFloat(MERMAID_CONFIG.themeVariables.fontSize)

/**
 * @param raw Mermaid's SVG, rendered with `id` as the diagram id.
 * @param id The unique id prefix, e.g. `mmd-3fa9c1d2e4`.
 * @param labelPx Its smallest label font size, as measured where it was rendered.
 */
export function processSvg(raw: string, id: string, labelPx = CONFIG_LABEL_PX): ProcessedSvg {
  let styleText = ''
  let body = raw.replace(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g, (_, css: string) => {
    styleText += decodeXmlText(css)
    return ''
  })
  body = body.replace(/<style(?:\s[^>]*)?\/>/g, '')

  const rootAttrs = Object.fromEntries(Array.from((body.match(TAG_RE)?.[0] ?? '').matchAll(ATTR_RE), m => [m[1], m[2]]))
  const kind = kindOf(rootAttrs['aria-roledescription'])
  const scope = `.mmd-${kind}`
  const idRe = new RegExp(`#${escapeRe(id)}(?![\\w-])`, 'g')
  const css = splitCssRules(styleText)
    .map(rule => rule.replace(idRe, scope))
    .filter(rule => !rule.includes(`#${id}`) && !rule.includes('[data-look="neo"]'))
    .map(themeMermaidCss)

  // Keep only ids something points at; give each the diagram's prefix.
  const referenced = referencedIds(body)
  const renamed = new Map<string, string>()
  const newId = (old: string) => {
    let next = renamed.get(old)
    if (!next) {
      next = old.startsWith(id)
        ? old
        : `${id}-${old}`
      renamed.set(old, next)
    }
    return next
  }

  let title = ''
  let desc = ''
  body = body.replace(/<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/, (_, text: string) => {
    title = decodeXmlText(text).trim()
    return `<title id="${id}-title">${text}</title>`
  })
  body = body.replace(/<desc(?:\s[^>]*)?>([\s\S]*?)<\/desc>/, (_, text: string) => {
    desc = decodeXmlText(text).trim()
    return `<desc id="${id}-desc">${text}</desc>`
  })

  const viewBox = (rootAttrs.viewBox ?? '0 0 0 0').split(/[\s,]+/).map(Number)
  const width = Math.ceil(viewBox[2] || Number.parseFloat(rootAttrs.width ?? '0'))
  const height = Math.ceil(viewBox[3] || Number.parseFloat(rootAttrs.height ?? '0'))

  let first = true
  body = body.replace(TAG_RE, (tag, name: string, attrText: string, selfClose: string) => {
    if (name === 'title' || name === 'desc')
      return tag
    if (first) {
      first = false
      // The wrapping element carries role="img" and the accessible name; the SVG only draws.
      // It scales down to fit the column, but never below the width at which its smallest label is
      // MIN_LABEL_PX (mermaidLayout.ts): a wider one scrolls in its box.
      const attrs = [
        `xmlns="http://www.w3.org/2000/svg"`,
        `class="${rootAttrs.class
          ? `${rootAttrs.class} `
          : ''}mmd-${kind}"`,
        `viewBox="${rootAttrs.viewBox ?? `0 0 ${width} ${height}`}"`,
        `width="${width}"`,
        `height="${height}"`,
        `style="width:${width}px;max-width:100%;min-width:${minWidth({ width, height, labelPx })}px;height:auto"`,
      ]
      return `<${name} ${attrs.join(' ')}${selfClose ? '/' : ''}>`
    }
    const attrs = keptAttrs(attrText, referenced, newId)
    return `<${name}${attrs.length
      ? ` ${attrs.join(' ')}`
      : ''}${selfClose ? '/' : ''}>`
  })
  return {
    svg: body,
    css,
    title,
    desc,
    width,
    height,
    labelPx,
  }
}
