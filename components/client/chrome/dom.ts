// Small DOM helpers for the page's behaviours (components/client/chrome/): event delegation on the
// document, so a behaviour works on markup that a dev-server navigation re-renders, and one
// requestAnimationFrame per burst of events.

/** The closest element matching `selector` from an event's target, if any. */
export function closest<T extends Element = HTMLElement>(target: EventTarget | null, selector: string): T | null {
  return target instanceof Element
    ? target.closest<T>(selector)
    : null
}

/** Calls `fn` at most once a frame, however often the returned function runs. */
export function perFrame(fn: () => void): () => void {
  let frame = 0
  return () => {
    if (frame)
      return
    frame = requestAnimationFrame(() => {
      frame = 0
      fn()
    })
  }
}

/**
 * True when a key press is text being typed (an input, a textarea, an editable element). Not in a
 * field of a dialog that has just closed: focus stays there until the dialog's close event returns
 * it, and a `/` pressed right after Escape (a reader reopening the search) was lost.
 */
export function isTyping(event: KeyboardEvent): boolean {
  const el = event.target
  if (!(el instanceof HTMLElement) || el.closest('dialog:not([open])'))
    return false
  return el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)
}

/**
 * The element id a URL fragment names (`#argo-cd%E3%81%AE%E5%90%8C%E6%9C%9F` → 'argo-cdの同期'). A
 * malformed fragment (a shared link cut off mid-character) must not throw: decodeURIComponent would,
 * and the page's behaviours would stop. What cannot be decoded is kept as it is.
 */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#')
    ? hash.slice(1)
    : hash
  try {
    return decodeURIComponent(raw)
  }
  catch {
    return raw.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run)
      }
      catch {
        return run
      }
    })
  }
}

/** Tab and Shift+Tab wrap around the visible `focusable` elements of `container`: a modal's focus trap. */
export function wrapTab(container: Element, focusable: string, e: KeyboardEvent): void {
  const all = [
    ...container.querySelectorAll<HTMLElement>(focusable),
  ].filter(el => el.getClientRects().length > 0)
  const first = all[0]
  const last = all[all.length - 1]
  const active = container.ownerDocument.activeElement
  if (e.shiftKey && active === first) {
    e.preventDefault()
    last?.focus()
  }
  else if (!e.shiftKey && active === last) {
    e.preventDefault()
    first?.focus()
  }
}
