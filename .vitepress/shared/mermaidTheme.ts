// One Mermaid configuration for the build-time renderer and the dev-only client renderer.
// Mermaid bakes colours into its SVG, so it renders with a unique placeholder colour per role;
// themeMermaidCss()/themeMermaidSvg() rewrite them to var(--mmd-<role>), and mermaid.css maps those
// to VitePress colours, which switch on `html.dark` — one SVG serves both themes without JavaScript.

/** Colour roles of a diagram → the VitePress variable each stands for (see mermaid.css). */
export const MERMAID_ROLES = {
  'text': '#0c0d01',
  'line': '#0c0d02',
  'node': '#0c0d03',
  'node-border': '#0c0d04',
  'cluster': '#0c0d05',
  'cluster-border': '#0c0d06',
  'bg': '#0c0d07',
  'note': '#0c0d08',
  'note-border': '#0c0d09',
  'accent': '#0c0d0a',
  'error': '#0c0d0b',
  'error-text': '#0c0d0c',
  'text-2': '#0c0d0d',
} as const

export type MermaidRole = keyof typeof MERMAID_ROLES

const r = MERMAID_ROLES

/**
 * The site's --vp-font-family-base (.vitepress/theme/typography.css): labels are measured with the
 * font the page shows, or Japanese text is clipped. Keep the two in step.
 */
export const MERMAID_FONT_FAMILY = `'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans JP', 'Noto Sans CJK JP', 'BIZ UDPGothic', Meiryo, 'Yu Gothic', YuGothic, system-ui, sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji', 'Segoe UI Symbol', 'Noto Color Emoji'`

// Every variable the base theme would otherwise derive (and so bake as a computed colour) for
// flowchart, sequenceDiagram and stateDiagram-v2 is set explicitly.
const themeVariables = {
  fontFamily: MERMAID_FONT_FAMILY,
  fontSize: '16px',
  darkMode: false,
  background: r.bg,
  primaryColor: r.node,
  primaryTextColor: r.text,
  primaryBorderColor: r['node-border'],
  secondaryColor: r.accent,
  secondaryTextColor: r.text,
  secondaryBorderColor: r['node-border'],
  tertiaryColor: r.cluster,
  tertiaryTextColor: r.text,
  tertiaryBorderColor: r['cluster-border'],
  mainBkg: r.node,
  nodeBkg: r.node,
  nodeBorder: r['node-border'],
  nodeTextColor: r.text,
  textColor: r.text,
  titleColor: r.text,
  lineColor: r.line,
  arrowheadColor: r.line,
  defaultLinkColor: r.line,
  border2: r['cluster-border'],
  clusterBkg: r.cluster,
  clusterBorder: r['cluster-border'],
  edgeLabelBackground: r.bg,
  labelBackgroundColor: r.bg,
  labelColor: r.text,
  errorBkgColor: r.error,
  errorTextColor: r['error-text'],
  // sequenceDiagram
  actorBkg: r.node,
  actorBorder: r['node-border'],
  actorTextColor: r.text,
  actorLineColor: r.line,
  signalColor: r.line,
  signalTextColor: r.text,
  labelBoxBkgColor: r.cluster,
  labelBoxBorderColor: r['cluster-border'],
  labelTextColor: r.text,
  loopTextColor: r.text,
  noteBkgColor: r.note,
  noteBorderColor: r['note-border'],
  noteTextColor: r.text,
  activationBkgColor: r.cluster,
  activationBorderColor: r['cluster-border'],
  sequenceNumberColor: r.bg,
  altBackground: r.cluster,
  // stateDiagram-v2
  stateBkg: r.node,
  stateBorder: r['node-border'],
  stateLabelColor: r.text,
  transitionColor: r.line,
  transitionLabelColor: r['text-2'],
  compositeBackground: r.cluster,
  compositeTitleBackground: r.cluster,
  compositeBorder: r['cluster-border'],
  innerEndBackground: r['node-border'],
  specialStateColor: r.line,
  relationColor: r.line,
  relationLabelBackground: r.bg,
  relationLabelColor: r.text,
}

/**
 * The options for `mermaid.initialize()`, identical at build time and in dev.
 * Labels are SVG <text> (htmlLabels: false): no foreignObject, so Vue can stringify the SVG.
 * Mermaid 12 lays out with ELK by default and gives flowchart, sequence and state diagrams defaults
 * of their own (theme 'redux-color', look 'neo': drop shadows, neo-only markers and rules; flowchart
 * labels wrapped at 120 px and widened to 120 px). A top-level `theme`/`look`/`layout` set here wins
 * over those section defaults, so the classic look and dagre keep the SVG that mermaid.css and
 * mermaidSvg.ts are written for (and Mermaid 11's layouts), and the flowchart keeps Mermaid 11's
 * 200 px wrapping width and nodes as wide as their labels (DECISIONS.md, "Mermaid 12 drawn like 11").
 */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  look: 'classic',
  layout: 'dagre',
  darkMode: false,
  fontFamily: MERMAID_FONT_FAMILY,
  htmlLabels: false,
  markdownAutoWrap: true,
  flowchart: { useMaxWidth: false, wrappingWidth: 200, minNodeWidth: 0 },
  sequence: { useMaxWidth: false },
  state: { useMaxWidth: false },
  themeVariables,
} as const

const PLACEHOLDER_TO_ROLE = new Map<string, MermaidRole>(
  Object.entries(MERMAID_ROLES).map(([role, hex]) => [hex, role as MermaidRole]),
)

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `${n >> 16}, ${(n >> 8) & 255}, ${n & 255}`
}

const RGB_TO_ROLE = new Map<string, MermaidRole>(
  Object.entries(MERMAID_ROLES).map(([role, hex]) => [
    hexToRgb(hex).replace(/ /g, ''),
    role as MermaidRole,
  ]),
)

/** Colour literals Mermaid writes: #rrggbb, rgb(…), rgba(…). */
const COLOUR_RE = /#[0-9a-f]{6}\b|rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)/gi

/**
 * Rewrites placeholder colours in CSS text to `var(--mmd-<role>)`; a translucent placeholder
 * becomes a color-mix(). Other colours (an author's `style` or `classDef`) stay as written.
 *   fill:#0c0d03 → fill:var(--mmd-node)
 */
export function themeMermaidCss(css: string): string {
  return css.replace(COLOUR_RE, (match, red?: string, green?: string, blue?: string, alpha?: string) => {
    const role = red === undefined
      ? PLACEHOLDER_TO_ROLE.get(match.toLowerCase())
      : RGB_TO_ROLE.get(`${red},${green},${blue}`)
    if (!role)
      return match
    const value = `var(--mmd-${role})`
    if (alpha === undefined || Number(alpha) >= 1)
      return value
    return `color-mix(in srgb, ${value} ${Math.round(Number(alpha) * 100)}%, transparent)`
  })
}

/** Placeholder colours still present in `text` (a test and the build check that none survive). */
export function leftoverPlaceholders(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.matchAll(COLOUR_RE)) {
    const key = m[1] === undefined
      ? m[0].toLowerCase()
      : `${m[1]},${m[2]},${m[3]}`
    if (PLACEHOLDER_TO_ROLE.has(key) || RGB_TO_ROLE.has(key))
      found.add(m[0])
  }
  return [...found]
}
