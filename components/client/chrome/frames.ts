// Work a tap's answer does not have to wait for runs after the frame that shows the answer: the
// tap's INP ends at that paint (the Event Timing API measures input delay + handlers + next paint).

/** Runs `fn` once the next frame has been painted. */
export function afterPaint(view: Window, fn: () => void): void {
  view.requestAnimationFrame(() => view.setTimeout(fn))
}

/**
 * Locks the page's scroll while a modal part is open (a class on <html>, set after the first frame:
 * restyling the whole page is ~100 ms on a slow phone). Returns the function that unlocks it.
 */
export function lockScroll(doc: Document, className: string): () => void {
  const root = doc.documentElement
  let open = true
  afterPaint(doc.defaultView!, () => {
    if (open)
      root.classList.add(className)
  })
  return () => {
    open = false
    root.classList.remove(className)
  }
}
