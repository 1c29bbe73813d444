// The preview card of an internal link (title, maturity, description, the target section's first
// lines), read from the data-preview-* attributes the build puts on wikilinks
// (.vitepress/node/markdown/linkPreview.ts). Shown on mouse hover after a short delay and on keyboard
// focus; hidden on leave, blur, Escape and (hover cards) scroll. Touch taps navigate as usual: no
// preview for touch pointers or for the focus a tap or click causes. The card stays while the
// pointer is on it. One card element for the page, created on first use.
import type { LinkPreviewContent } from '../../garden/linkPreview'
import { placePreview, readPreview } from '../../garden/linkPreview'
import { closest } from './dom'

export interface LinkPreviewOptions {
  /** @default '.vp-doc a[data-preview-title]' */
  selector?: string
  /** @default 300 */
  showDelay?: number
  /** @default 200 */
  hideDelay?: number
}

export const PREVIEW_ID = 'garden-link-preview'

function fill(card: HTMLElement, content: LinkPreviewContent): void {
  const doc = card.ownerDocument
  const p = (cls: string, ...children: (Node | string)[]) => {
    const el = doc.createElement('p')
    el.className = cls
    el.append(...children)
    return el
  }
  const title = doc.createElement('strong')
  title.className = 'link-preview-title'
  title.textContent = content.title
  const head = p('link-preview-head', title)
  if (content.maturity) {
    const badge = doc.createElement('span')
    badge.className = `link-preview-maturity maturity-${content.maturity}`
    badge.textContent = content.maturityLabel ?? ''
    head.append(badge)
  }
  card.replaceChildren(
    head,
    p('link-preview-desc', content.description),
    ...(content.section
      ? [
          p('link-preview-section', `§ ${content.section}`),
        ]
      : []),
    ...(content.excerpt
      ? [
          p('link-preview-excerpt', content.excerpt),
        ]
      : []),
  )
}

/** Places the card beside its link, on the side placePreview() picks. */
function placeCard(el: HTMLElement, a: HTMLAnchorElement): void {
  const doc = el.ownerDocument
  const r = a.getBoundingClientRect()
  const placement = placePreview(
    {
      left: r.left,
      top: r.top,
      width: r.width,
      height: r.height,
    },
    { width: el.offsetWidth, height: el.offsetHeight },
    { width: doc.documentElement.clientWidth, height: doc.defaultView!.innerHeight },
  )
  el.className = `link-preview link-preview-${placement.side}`
  el.style.left = `${placement.left}px`
  el.style.top = `${placement.top}px`
}

interface PreviewCard {
  /** The link whose card is shown, if any. */
  readonly link: HTMLAnchorElement | undefined
  show: (a: HTMLAnchorElement) => void
  hide: () => void
  showLater: (a: HTMLAnchorElement) => void
  hideLater: () => void
  /** Cancels a pending show or hide. */
  cancel: () => void
  contains: (node: Node) => boolean
}

/** The page's one card and the link it describes (aria-describedby), with delayed show and hide. */
function previewCard(doc: Document, options: LinkPreviewOptions): PreviewCard {
  let card: HTMLElement | undefined
  let link: HTMLAnchorElement | undefined
  let describedBy: string | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(fn, ms)
  }
  const hideLater = () => later(hide, options.hideDelay ?? 200)

  function cardElement(): HTMLElement {
    if (!card) {
      card = doc.createElement('div')
      card.id = PREVIEW_ID
      card.setAttribute('role', 'tooltip')
      card.className = 'link-preview'
      card.hidden = true
      card.addEventListener('pointerenter', () => clearTimeout(timer))
      card.addEventListener('pointerleave', hideLater)
      doc.body.appendChild(card)
    }
    return card
  }

  function show(a: HTMLAnchorElement) {
    clearTimeout(timer)
    const content = readPreview(a.dataset)
    if (!content)
      return
    if (link !== a) {
      hide()
      link = a
      describedBy = a.getAttribute('aria-describedby')
      a.setAttribute('aria-describedby', [describedBy, PREVIEW_ID].filter(Boolean).join(' '))
    }
    const el = cardElement()
    fill(el, content)
    el.hidden = false
    placeCard(el, a)
  }

  function hide() {
    clearTimeout(timer)
    if (link) {
      if (describedBy)
        link.setAttribute('aria-describedby', describedBy)
      else
        link.removeAttribute('aria-describedby')
    }
    link = undefined
    if (card)
      card.hidden = true
  }

  return {
    get link() {
      return link
    },
    show,
    hide,
    showLater: a => later(() => show(a), options.showDelay ?? 300),
    hideLater,
    cancel: () => clearTimeout(timer),
    contains: node => card?.contains(node) ?? false,
  }
}

export function initLinkPreview(doc: Document, options: LinkPreviewOptions = {}): { hide: () => void } {
  const view = doc.defaultView!
  const selector = options.selector ?? '.vp-doc a[data-preview-title]'
  const preview = previewCard(doc, options)
  const { hide } = preview
  let lastPointerDown = -Infinity
  const linkOf = (t: EventTarget | null) => closest<HTMLAnchorElement>(t, selector) ?? undefined

  doc.addEventListener('pointerover', (e) => {
    const a = linkOf(e.target)
    if (!a || e.pointerType === 'touch')
      return
    if (a === preview.link)
      preview.cancel()
    else
      preview.showLater(a)
  })
  doc.addEventListener('pointerout', (e) => {
    const a = linkOf(e.target)
    const to = e.relatedTarget
    if (a && !(to instanceof Node && (a.contains(to) || preview.contains(to))))
      preview.hideLater()
  })
  doc.addEventListener('pointerdown', (e) => {
    lastPointerDown = e.timeStamp
    if (e.pointerType === 'touch')
      hide()
  })
  // Focus right after a press comes from a tap or click (hover handles the mouse): only keyboard
  // (or script) focus shows the preview.
  doc.addEventListener('focusin', (e) => {
    const a = linkOf(e.target)
    if (a && e.timeStamp - lastPointerDown > 1000)
      preview.show(a)
  })
  doc.addEventListener('focusout', (e) => {
    if (linkOf(e.target) === preview.link)
      hide()
  })
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && preview.link)
      hide()
  })
  // A focused link keeps its card, moved along; a hover card is dropped (it would float away from
  // its link). A hover still waiting for its delay is not (leaving the link cancels it anyway).
  view.addEventListener('scroll', () => {
    const link = preview.link
    if (!link)
      return
    if (doc.activeElement === link)
      preview.show(link)
    else
      hide()
  }, { passive: true })
  return { hide }
}
