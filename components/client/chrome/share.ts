// The share bars' behaviour (markup: components/layout/ShareBar.vue, server-rendered). The aside's
// box follows the reader's section (chrome/sections.ts calls retargetShare) and steps back while the
// footer's bar is in view, so one share control is on screen at a time (watchFooterBar); the button
// copies the link, or, where the browser has a share sheet (phones), opens it: the sheet offers
// copying too. The button is the list's last item, so its new label moves nothing else.
import type { ShareSection } from '../../layout/shareLinks'
import { shareLinks, shareTarget, shareText } from '../../layout/shareLinks'
import { closest } from './dom'

const BAR = '[data-share]'

function targetOf(bar: HTMLElement) {
  const section = bar.dataset.sectionId
    ? { id: bar.dataset.sectionId, text: bar.dataset.sectionText ?? '' }
    : undefined
  return shareTarget(bar.dataset.shareUrl ?? '', bar.dataset.shareTitle ?? '', section)
}

function setStatus(bar: HTMLElement, text: string): void {
  const status = bar.querySelector<HTMLElement>('[data-share-status]')
  if (status)
    status.textContent = text
}

/** Points the aside's share box at `section` (or the page). */
export function retargetShare(doc: Document, section: ShareSection | undefined): void {
  for (const bar of doc.querySelectorAll<HTMLElement>(`${BAR}[data-share-follow]`)) {
    if ((bar.dataset.sectionId ?? '') === (section?.id ?? ''))
      continue
    if (section) {
      bar.dataset.sectionId = section.id
      bar.dataset.sectionText = section.text
    }
    else {
      delete bar.dataset.sectionId
      delete bar.dataset.sectionText
    }
    const target = targetOf(bar)
    for (const link of shareLinks(target)) {
      const a = bar.querySelector<HTMLAnchorElement>(`a[data-service="${link.service}"]`)
      if (a)
        a.href = link.href
    }
    const heading = bar.querySelector('[data-share-heading]')
    if (heading)
      heading.textContent = section ? 'この節を共有' : 'このページを共有'
    const subject = bar.querySelector('[data-share-subject]')
    if (subject)
      subject.textContent = `「${section?.text ?? bar.dataset.shareTitle ?? ''}」`
    setStatus(bar, '')
  }
}

async function share(bar: HTMLElement): Promise<void> {
  const target = targetOf(bar)
  const nav = bar.ownerDocument.defaultView!.navigator
  if (typeof nav.share === 'function') {
    try {
      await nav.share({
        title: target.title,
        text: shareText(target),
        url: target.url,
      })
    }
    catch (error) {
      // Closing the sheet rejects with AbortError; that is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        setStatus(bar, '共有できなかった。アドレスバーのURLを使ってほしい')
    }
    return
  }
  try {
    await nav.clipboard.writeText(target.url)
    setStatus(bar, target.section
      ? `「${target.section.text}」へのリンクをコピーした`
      : 'このページのリンクをコピーした')
  }
  catch {
    setStatus(bar, 'コピーできなかった。アドレスバーのURLを使ってほしい')
  }
}

/** Where the browser has a share sheet (phones), the button opens it: so it says. */
export function labelShareButtons(doc: Document): void {
  if (typeof doc.defaultView?.navigator.share === 'function') {
    for (const button of doc.querySelectorAll('[data-share-copy]'))
      button.textContent = '共有…'
  }
}

const watching = new WeakMap<Document, IntersectionObserver>()

/**
 * One share control on screen: while any part of the footer's bar (which shares the page) is in the
 * viewport, the aside's box is hidden with `visibility`, keeping its place (nothing moves). Called
 * again after a dev-server navigation, it watches the new page's bar.
 */
export function watchFooterBar(doc: Document): void {
  watching.get(doc)?.disconnect()
  const view = doc.defaultView
  const footer = doc.querySelector(`${BAR}:not([data-share-follow])`)
  const asides = Array.from(doc.querySelectorAll(`${BAR}[data-share-follow]`))
  for (const aside of asides)
    aside.removeAttribute('data-share-hidden')
  if (!view || typeof view.IntersectionObserver !== 'function' || !footer || asides.length === 0)
    return
  const observer = new view.IntersectionObserver((entries) => {
    const inView = entries[entries.length - 1]!.isIntersecting
    for (const aside of asides)
      aside.toggleAttribute('data-share-hidden', inView)
  })
  observer.observe(footer)
  watching.set(doc, observer)
}

export function initShare(doc: Document): void {
  labelShareButtons(doc)
  watchFooterBar(doc)
  doc.addEventListener('click', (event) => {
    const button = closest(event.target, '[data-share-copy]')
    const bar = button && closest(button, BAR)
    if (bar)
      void share(bar)
  })
}
