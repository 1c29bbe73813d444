// The two small pop-up lists of the chrome, without Vue: the local nav's 「このページの内容」 (a
// button and its list, `hidden` until opened) and the nav bar's flyouts (「章」 and "…": VitePress's
// CSS opens them on hover and when their button says aria-expanded="true"). A click on the button
// toggles, a click elsewhere, Escape or a link inside closes; Escape returns focus to the button.
import { closest } from './dom'

interface Popup {
  /** The button that toggles it. */
  button: string
  /** The element that holds button and list (a click inside it is not "elsewhere"). */
  root: string
  /** Show or hide the list for a button. */
  set: (button: HTMLElement, open: boolean) => void
}

const POPUPS: Popup[] = [
  {
    button: '[data-outline-toggle]',
    root: '[data-outline-menu]',
    set(button, open) {
      button.setAttribute('aria-expanded', String(open))
      const list = button.ownerDocument.getElementById(button.getAttribute('aria-controls') ?? '')
      if (!list)
        return
      if (open)
        fillOutlineCopy(list)
      list.hidden = !open
    },
  },
  {
    button: '.VPFlyout > .button',
    root: '.VPFlyout',
    set(button, open) {
      button.setAttribute('aria-expanded', String(open))
    },
  },
]

/** The local nav's list is a copy of the aside's outline, made when first opened. */
export function fillOutlineCopy(list: HTMLElement): void {
  const slot = list.querySelector<HTMLElement>('[data-outline-copy]')
  if (!slot || slot.childElementCount > 0)
    return
  const source = list.ownerDocument.querySelector('[data-outline] .VPDocOutlineItem.root')
  if (!source)
    return
  const copy = source.cloneNode(true) as HTMLElement
  copy.classList.replace('root', 'nested')
  for (const a of copy.querySelectorAll('.active'))
    a.classList.remove('active')
  slot.append(copy)
}

function openButtons(doc: Document, popup: Popup): HTMLElement[] {
  return [
    ...doc.querySelectorAll<HTMLElement>(`${popup.button}[aria-expanded="true"]`),
  ]
}

export function initPopups(doc: Document): void {
  doc.addEventListener('click', (event) => {
    for (const popup of POPUPS) {
      const button = closest(event.target, popup.button)
      for (const open of openButtons(doc, popup)) {
        const inside = closest(event.target, popup.root)
        // Elsewhere, or a link inside the list: close.
        if (open !== button && (!inside || !inside.contains(open) || closest(event.target, 'a[href]')))
          popup.set(open, false)
      }
      if (button)
        popup.set(button, button.getAttribute('aria-expanded') !== 'true')
    }
  })
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape')
      return
    for (const popup of POPUPS) {
      for (const open of openButtons(doc, popup)) {
        popup.set(open, false)
        if (closest(doc.activeElement, popup.root))
          open.focus()
      }
    }
  })
  // Keyboard: leaving a flyout with Tab closes it.
  doc.addEventListener('focusout', (event) => {
    const root = closest(event.target, '.VPFlyout')
    const to = (event as FocusEvent).relatedTarget
    if (root && !(to instanceof Node && root.contains(to))) {
      const button = root.querySelector<HTMLElement>(':scope > .button')
      if (button?.getAttribute('aria-expanded') === 'true')
        button.setAttribute('aria-expanded', 'false')
    }
  })
}
