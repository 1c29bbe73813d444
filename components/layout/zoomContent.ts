// The zoom viewer's copy of a target and its own size, read from the DOM (ZoomViewer.vue).
import type { Size } from './panZoom'

/** Attributes of a target that belong to the page, not to its copy in the viewer. */
const PAGE_ONLY_ATTRIBUTES = [
  'tabindex',
  'role',
  'aria-haspopup',
  'aria-label',
  'data-zoom',
  'loading',
  'width',
  'height',
  'style',
]

/** A Mermaid figure's classes that fit it to the column (mermaidLayout.ts figureLayout). */
const LAYOUT_CLASS = /^(?:zoomable$|mmd-(?:switch|scroll)-)/

/**
 * A plain copy of a target: no 「拡大」 button or scroll hint, no page-only attributes or tab stops,
 * of a diagram with a narrow twin only the variant the page shows, and an SVG without the inline
 * sizes that fit it to the column (the viewer sizes it).
 */
export function zoomCopy(el: HTMLElement): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement
  copy.querySelector(':scope > .zoom-open')?.remove()
  copy.querySelector(':scope > .mermaid-hint')?.remove()
  const variants = [
    ...el.querySelectorAll('svg[data-variant]'),
  ]
  const shown = variants.find(v => v.getClientRects().length > 0) ?? variants[0]
  copy.querySelectorAll('svg[data-variant]').forEach((v, i) => {
    if (variants[i] === shown)
      v.removeAttribute('data-variant')
    else
      v.remove()
  })
  for (const attr of PAGE_ONLY_ATTRIBUTES)
    copy.removeAttribute(attr)
  for (const n of copy.querySelectorAll('[tabindex]'))
    n.removeAttribute('tabindex')
  copy.classList.remove(...[...copy.classList].filter(c => LAYOUT_CLASS.test(c)))
  copy.querySelector('svg')?.removeAttribute('style')
  return copy
}

const positive = (n: number) => Number.isFinite(n) && n > 0

/** An SVG's own size: its width and height attributes, else its viewBox. */
export function svgSize(svg: SVGSVGElement): Size | undefined {
  const width = Number.parseFloat(svg.getAttribute('width') ?? '')
  const height = Number.parseFloat(svg.getAttribute('height') ?? '')
  if (positive(width) && positive(height))
    return { width, height }
  const box = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number)
  if (box.length === 4 && positive(box[2]!) && positive(box[3]!))
    return { width: box[2]!, height: box[3]! }
  return undefined
}

/**
 * The size the copy is drawn at scale 1: an image's natural size (once decoded), an SVG's own size,
 * else the size the target has on the page.
 */
export async function contentSize(copy: HTMLElement, source: HTMLElement): Promise<Size> {
  if (copy instanceof HTMLImageElement) {
    await copy.decode().catch(() => undefined)
    if (positive(copy.naturalWidth) && positive(copy.naturalHeight))
      return { width: copy.naturalWidth, height: copy.naturalHeight }
  }
  const svg = copy.querySelector('svg')
  const own = svg
    ? svgSize(svg)
    : undefined
  if (own)
    return own
  const rect = source.getBoundingClientRect()
  return { width: rect.width, height: rect.height }
}
