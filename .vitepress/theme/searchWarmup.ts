// Search starts loading on intent: when the pointer goes over the search button, a finger touches it
// or it gets focus, the box's chunk and the index base (shared/searchShards.ts) are fetched, so the
// click finds them loaded or on the way. Once per page load; nothing is fetched for a reader who never
// goes near search.
const SEARCH_BUTTON = '.VPNavBarSearch button, .VPNavBarSearch .DocSearch-Button'
const INTENT = ['pointerover', 'touchstart', 'focusin'] as const

export function warmSearchOnIntent(doc: Document, warm: () => void): void {
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest(SEARCH_BUTTON))
      return
    for (const type of INTENT)
      doc.removeEventListener(type, onIntent, { capture: true })
    warm()
  }
  for (const type of INTENT)
    doc.addEventListener(type, onIntent, { capture: true, passive: true })
}
