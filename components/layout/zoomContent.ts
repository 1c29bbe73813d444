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

/**
 * A plain copy of a target: no 「拡大」 button, no page-only attributes, and an SVG without the
 * inline sizes that fit it to the column (the viewer sizes it).
 */
export function zoomCopy(el: HTMLElement): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement
  copy.querySelector(':scope > .zoom-open')?.remove()
  for (const attr of PAGE_ONLY_ATTRIBUTES)
    copy.removeAttribute(attr)
  copy.classList.remove('zoomable')
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
