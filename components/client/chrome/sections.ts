// What follows the reader's place in the article, from one scroll listener (at most once a frame):
// the aside outline's current link and its marker, the aside scrolling so that link stays in view
// (aside.css caps its height), and the aside share box, which shares the current section of the
// author's text (generated blocks such as the local map are skipped: authorHeadings).
import type { ShareSection } from '../../layout/shareLinks'
import { revealScrollTop } from '../../composables/outlineReveal'
import { headingText } from '../../layout/shareLinks'
import { fragmentId, perFrame } from './dom'
import { readingSection } from './readingPosition'
import { retargetShare } from './share'

/** Room kept around the current outline link: about one neighbour on each side. */
const MARGIN = 40

/**
 * The sections of the author's text: headings that Markdown gave a permalink (`a.header-anchor`) and
 * that sit in no generated block (`[data-generated]`). The local map's 「このページのまわり」 is HTML the
 * build appends, so it is never what the reader is asked to share.
 */
export function authorHeadings(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('.vp-doc h2[id], .vp-doc h3[id]'))
    .filter(el => el.querySelector(':scope > a.header-anchor') && !el.closest('[data-generated]'))
}

function headings(doc: Document) {
  return authorHeadings(doc).map(el => ({
    id: el.id,
    text: headingText(el.textContent ?? ''),
    top: el.getBoundingClientRect().top,
  }))
}

function markOutline(doc: Document, section: ShareSection | undefined): void {
  const outline = doc.querySelector<HTMLElement>('[data-outline]')
  if (!outline)
    return
  const marker = outline.querySelector<HTMLElement>('.outline-marker')
  const links = outline.querySelectorAll<HTMLAnchorElement>('a.outline-link')
  let active: HTMLAnchorElement | undefined
  for (const a of links) {
    const on = !!section && fragmentId(a.hash) === section.id
    a.classList.toggle('active', on)
    if (on)
      active = a
  }
  if (marker) {
    // VitePress's placement (the link's top plus the title row), as a transform: moving `top` would
    // be a layout shift (aside.css sets the marker's top to 0).
    marker.style.transform = `translateY(${active
      ? active.offsetTop + 39
      : 33}px)`
    marker.style.opacity = active
      ? '1'
      : '0'
  }
  const box = outline.querySelector<HTMLElement>('.content')
  if (active && box && box.scrollHeight > box.clientHeight) {
    const boxTop = box.getBoundingClientRect().top
    const rect = active.getBoundingClientRect()
    const next = revealScrollTop({
      scrollTop: box.scrollTop,
      viewHeight: box.clientHeight,
      stickyTop: box.querySelector<HTMLElement>('.outline-title')?.offsetHeight ?? 0,
      itemTop: rect.top - boxTop + box.scrollTop,
      itemHeight: rect.height,
      margin: MARGIN,
    })
    if (next !== box.scrollTop)
      box.scrollTop = next
  }
}

/** Reads the reader's place once and updates everything that shows it. */
export function updateSections(doc: Document): void {
  const view = doc.defaultView!
  const root = doc.documentElement
  const section = readingSection({
    headings: headings(doc),
    scrollY: view.scrollY,
    atBottom: Math.abs(view.scrollY + view.innerHeight - root.scrollHeight) < 1,
    hash: fragmentId(view.location.hash),
    viewportHeight: view.innerHeight,
  })
  markOutline(doc, section)
  retargetShare(doc, section)
}

export function initSections(doc: Document): void {
  const view = doc.defaultView!
  // Only while something shows the place: the aside (≥ 1280 px) is display: none on a phone, and
  // reading every heading's position each frame would cost a layout for nothing.
  const update = perFrame(() => {
    const aside = doc.querySelector('.VPDoc .aside')
    if (aside && aside.getClientRects().length > 0)
      updateSections(doc)
  })
  view.addEventListener('scroll', update, { passive: true })
  view.addEventListener('hashchange', update)
  view.addEventListener('resize', update, { passive: true })
  update()
}
