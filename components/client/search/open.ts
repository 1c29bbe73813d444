// Opens the search dialog (./dialog.ts) from the nav bar's button, the 404 page's button, `/` and
// Ctrl/⌘+K: at once, in the tap's own task. The engine and the index's base start loading when a
// reader is about to search: the mouse over a search button or focus on it. Not on a finger's touch:
// the engine's code would then be evaluated between the touch and the click, inside the tap's INP
// (~80 ms at 4× CPU); on a phone it loads right after the dialog's first frame.
import { closest, isTyping } from '../chrome/dom'
import { loadEngine, searchDialog } from './dialog'

const OPENERS = '[data-search-open]'

function load() {
  void loadEngine().then(e => e.loadIndex())
}

/**
 * Builds the dialog when the browser is idle and lays it out once unseen, so the first tap only
 * opens it (the first layout of its elements is half of that tap's cost on a slow phone).
 */
function prepare(doc: Document): void {
  const view = doc.defaultView!
  const idle = view.requestIdleCallback ?? ((fn: () => void) => view.setTimeout(fn, 1000))
  idle(() => {
    const { dialog } = searchDialog(doc)
    if (dialog.open)
      return
    // The open attribute, not show(): show() would move focus into the dialog (and close() back),
    // taking it from wherever the reader had put it.
    dialog.style.visibility = 'hidden'
    dialog.setAttribute('open', '')
    void dialog.offsetWidth
    dialog.removeAttribute('open')
    dialog.style.visibility = ''
  })
}

export function openSearch(doc: Document): void {
  searchDialog(doc).open()
}

export function initSearch(doc: Document): void {
  prepare(doc)
  doc.addEventListener('click', (event) => {
    if (closest(event.target, OPENERS))
      openSearch(doc)
  })
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || doc.querySelector('dialog[open]'))
      return
    const k = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey)
    if (k || (event.key === '/' && !isTyping(event))) {
      event.preventDefault()
      openSearch(doc)
    }
  })
  for (const type of ['pointerover', 'focusin'] as const) {
    doc.addEventListener(type, (event) => {
      if ((event as PointerEvent).pointerType !== 'touch' && closest(event.target, OPENERS))
        load()
    }, { passive: true })
  }
}
