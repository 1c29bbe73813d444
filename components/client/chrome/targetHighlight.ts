// Marks the section a #anchor link lands on (class `garden-arrived`, animated in the theme's CSS;
// off under prefers-reduced-motion) on load and on every hash change. The class stays until the next
// arrival: the animation runs once, and a slow load must not remove it before the reader sees it.
import { fragmentId } from './dom'

export const ARRIVED_CLASS = 'garden-arrived'
/**
 * On <html>: the article is laid out whole (theme/fold.css). The inline loader sets it for a page
 * opened at a section; a jump within the page sets it here, so the blocks around the section keep
 * their place. Not a `:has(:target)` rule in CSS: that cost a later tap on chapter 2's simulator
 * 40 ms at 4× CPU (64 → 104 ms), each change in the article rechecking it.
 */
export const UNFOLD_CLASS = 'garden-unfold'

export function markTarget(doc: Document): void {
  const id = fragmentId(doc.defaultView!.location.hash)
  for (const el of doc.querySelectorAll(`.${ARRIVED_CLASS}`))
    el.classList.remove(ARRIVED_CLASS)
  const el = id
    ? doc.getElementById(id)
    : null
  if (!el)
    return
  doc.documentElement.classList.add(UNFOLD_CLASS)
  void el.offsetWidth // restart the animation when the same target is hit again
  el.classList.add(ARRIVED_CLASS)
}

export function initTargetHighlight(doc: Document): void {
  markTarget(doc)
  doc.defaultView!.addEventListener('hashchange', () => markTarget(doc))
}
