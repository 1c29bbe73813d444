// What a link preview shows and where: read from the data-preview-* attributes that the build puts
// on wikilinks (.vitepress/node/markdown/linkPreview.ts), and placed below the link (or above it when
// there is no room), kept inside the viewport. Pure: no DOM, no Vue.
import type { Maturity } from '../../.vitepress/shared/maturity'
import { MATURITIES, MATURITY_LABELS } from '../../.vitepress/shared/maturity'

export interface LinkPreviewContent {
  title: string
  maturity?: Maturity
  maturityLabel?: string
  description: string
  section?: string
  excerpt?: string
}

/** From an element's dataset; undefined when the link has no preview data. */
export function readPreview(dataset: Readonly<Record<string, string | undefined>>): LinkPreviewContent | undefined {
  const title = dataset.previewTitle
  if (!title)
    return undefined
  const maturity = MATURITIES.find(m => m === dataset.previewMaturity)
  return {
    title,
    ...(maturity
      ? { maturity, maturityLabel: MATURITY_LABELS[maturity].label }
      : {}),
    description: dataset.previewDesc ?? '',
    ...(dataset.previewSection
      ? { section: dataset.previewSection }
      : {}),
    ...(dataset.previewExcerpt
      ? { excerpt: dataset.previewExcerpt }
      : {}),
  }
}

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

export interface Placement {
  left: number
  top: number
  side: 'below' | 'above'
}

/**
 * Top-left corner of a card of `card` size for a link at `link` (viewport coordinates), `gap` px
 * away: below the link if it fits, otherwise above, and clamped `margin` px inside the viewport.
 */
export function placePreview(link: Box, card: { width: number, height: number }, viewport: { width: number, height: number }, gap = 8, margin = 8): Placement {
  const below = link.top + link.height + gap
  const fitsBelow = below + card.height <= viewport.height - margin
  const fitsAbove = link.top - gap - card.height >= margin
  const side = fitsBelow || !fitsAbove
    ? 'below'
    : 'above'
  const top = side === 'below'
    ? below
    : link.top - gap - card.height
  const maxLeft = Math.max(margin, viewport.width - margin - card.width)
  const left = Math.min(Math.max(link.left, margin), maxLeft)
  return {
    left: Math.round(left),
    top: Math.round(top),
    side,
  }
}
