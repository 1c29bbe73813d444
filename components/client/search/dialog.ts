// The search dialog, opened by ./open.ts at once on the tap (this module is part of the page's
// script); the engine (MiniSearch, the index, the ranking: ./engine.ts) is fetched when a reader is
// about to search and answers as soon as it is there. A <dialog> opened with show(), made modal by
// hand: showModal() restyles the whole page inside the tap (60–150 ms at 4× CPU on chapter 2), so
// the page behind becomes inert and stops scrolling on the next frame instead; Tab stays inside,
// Escape, the close button and the browser's Back close it, and focus returns where it was.
// The query is ranked as it is typed (after 200 ms; the shards it needs are fetched at once),
// results are grouped per page (its best section, then others indented), ↑↓ move, Enter opens.
// With 「抜粋」 on, each result shows its section's text around the first matched word. What is
// shown is built by ./results.ts; this module holds the state and the events.
import type { SearchOutcome } from './engine'
import { afterPaint } from '../chrome/frames'
import { DIALOG_HTML, emptyState, fillExcerpt, resultItems } from './results'

let engine: Promise<typeof import('./engine')> | undefined
/** The engine's chunk, fetched once. */
export const loadEngine = () => (engine ??= import('./engine'))

const QUERY_KEY = 'vitepress:local-search-filter'
const DETAILS_KEY = 'vitepress:local-search-detailed-list'
const DEBOUNCE_MS = 200

function storage(kind: 'local' | 'session'): Storage | undefined {
  try {
    return kind === 'local'
      ? localStorage
      : sessionStorage
  }
  catch {
    return undefined
  }
}

export interface SearchDialog {
  dialog: HTMLDialogElement
  open: (initial?: string) => void
}

let instance: SearchDialog | undefined

export function searchDialog(doc: Document): SearchDialog {
  if (instance?.dialog.isConnected)
    return instance
  const dialog = doc.createElement('dialog')
  dialog.className = 'garden-search'
  dialog.setAttribute('aria-label', 'サイト内を検索')
  dialog.setAttribute('aria-modal', 'true')
  dialog.innerHTML = DIALOG_HTML
  doc.body.appendChild(dialog)
  const input = dialog.querySelector<HTMLInputElement>('.gsd-input')!
  const list = dialog.querySelector<HTMLUListElement>('.gsd-results')!
  const empty = dialog.querySelector<HTMLElement>('.gsd-empty')!
  const count = dialog.querySelector<HTMLElement>('.gsd-count')!
  const clear = dialog.querySelector<HTMLButtonElement>('[data-gsd-clear]')!
  const detailsButton = dialog.querySelector<HTMLButtonElement>('[data-gsd-details]')!
  let details = storage('local')?.getItem(DETAILS_KEY) !== 'false'
  let outcome: SearchOutcome | undefined
  let selected = -1
  let timer: ReturnType<typeof setTimeout> | undefined
  let run = 0
  let pushedHistory = false
  let returnFocus: HTMLElement | null = null

  function select(i: number, scroll = true) {
    const items = list.querySelectorAll<HTMLElement>('[role="option"]')
    selected = items.length
      ? (i + items.length) % items.length
      : -1
    items.forEach((el, n) => el.setAttribute('aria-selected', String(n === selected)))
    const current = items[selected]
    if (current) {
      input.setAttribute('aria-activedescendant', current.id)
      if (scroll)
        current.scrollIntoView({ block: 'nearest' })
    }
    else {
      input.removeAttribute('aria-activedescendant')
    }
  }

  function renderResults(o: SearchOutcome) {
    const items = resultItems(doc, o, details)
    list.replaceChildren(...items.map(i => i.li))
    for (const { id, excerpt } of items) {
      if (excerpt) {
        void loadEngine().then(e => e.sectionText(id)).then((text) => {
          if (outcome === o)
            fillExcerpt(excerpt, text, o.pattern)
        })
      }
    }
    list.dataset.query = o.query
    input.setAttribute('aria-expanded', String(o.results.length > 0))
    count.textContent = o.query && o.results.length
      ? `${o.results.length}件`
      : ''
    select(0, false)
    list.scrollTop = 0
  }

  function renderEmpty(query: string, { suggestions, withBase }: typeof import('./engine')) {
    empty.replaceChildren(...(query
      ? emptyState(doc, query, suggestions(query), withBase)
      : []))
    empty.hidden = !query
  }

  async function update() {
    const query = input.value
    const mine = ++run
    clear.hidden = query === ''
    storage('session')?.setItem(QUERY_KEY, query)
    const e = await loadEngine()
    void e.loadIndex()
    if (mine !== run)
      return
    if (!query.trim()) {
      outcome = {
        query,
        results: [],
        ranked: [],
        pattern: undefined,
      }
      renderResults(outcome)
      renderEmpty('', e)
      return
    }
    const o = await e.search(query).catch(() => undefined)
    if (mine !== run || !o)
      return
    outcome = o
    renderResults(o)
    renderEmpty(o.results.length ? '' : query, e)
  }

  input.addEventListener('input', () => {
    clear.hidden = input.value === ''
    // Kept at once, as typed: a close within the debounce must not lose it.
    storage('session')?.setItem(QUERY_KEY, input.value)
    void loadEngine().then(e => e.prefetchQuery(input.value))
    clearTimeout(timer)
    timer = setTimeout(() => void update(), DEBOUNCE_MS)
  })
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault()
      dialog.close()
    }
    else if (e.key === 'Tab') {
      // Keep focus inside while it is modal.
      const all = [
        ...dialog.querySelectorAll<HTMLElement>('input, button:not([hidden]), a[href]'),
      ].filter(el => el.getClientRects().length > 0)
      const first = all[0]
      const last = all[all.length - 1]
      if (e.shiftKey && doc.activeElement === first) {
        e.preventDefault()
        last?.focus()
      }
      else if (!e.shiftKey && doc.activeElement === last) {
        e.preventDefault()
        first?.focus()
      }
    }
  })
  input.addEventListener('keydown', (e) => {
    if (e.isComposing)
      return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      select(e.key === 'ArrowDown'
        ? selected + 1
        : selected - 1)
    }
    else if (e.key === 'Enter') {
      e.preventDefault()
      const a = list.querySelector<HTMLAnchorElement>(`#gsd-item-${selected}`)
      a?.click()
    }
  })
  dialog.querySelector('form')!.addEventListener('submit', e => e.preventDefault())
  list.addEventListener('pointermove', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]')
    if (li && Number(li.dataset.index) !== selected)
      select(Number(li.dataset.index), false)
  })
  dialog.addEventListener('click', (e) => {
    const t = e.target as Element
    if (t.closest('[data-gsd-close]')) {
      dialog.close()
    }
    else if (t.closest('[data-gsd-clear]')) {
      input.value = ''
      void update()
      input.focus()
    }
    else if (t.closest('[data-gsd-details]')) {
      details = !details
      storage('local')?.setItem(DETAILS_KEY, String(details))
      detailsButton.setAttribute('aria-pressed', String(details))
      if (outcome)
        renderResults(outcome)
    }
    else if (t.closest('a[href]')) {
      // Going to a result: the page changes (or jumps to a section of this one). The entry pushed
      // for Back stays (same URL): popping it now would race the link's own navigation.
      pushedHistory = false
      dialog.close()
    }
  })
  // A press outside (the desktop's backdrop) closes it.
  doc.addEventListener('pointerdown', (e) => {
    if (dialog.open && !(e.target instanceof Node && dialog.contains(e.target)))
      dialog.close()
  })
  // Back closes the dialog instead of leaving the page.
  const onPopState = () => {
    pushedHistory = false
    if (dialog.open)
      dialog.close()
  }
  dialog.addEventListener('close', () => {
    setModal(false)
    returnFocus?.focus({ preventScroll: true })
    returnFocus = null
    clearTimeout(timer)
    doc.defaultView!.removeEventListener('popstate', onPopState)
    if (pushedHistory) {
      pushedHistory = false
      history.back()
    }
  })

  detailsButton.setAttribute('aria-pressed', String(details))

  /** The page behind: inert and not scrolling while the dialog is open. */
  function setModal(on: boolean) {
    const app = doc.getElementById('app')
    if (app)
      app.inert = on
    doc.documentElement.classList.toggle('garden-search-open', on)
  }

  instance = {
    dialog,
    open(initial) {
      if (dialog.open)
        return
      input.value = initial ?? storage('session')?.getItem(QUERY_KEY) ?? ''
      clear.hidden = input.value === ''
      returnFocus = doc.activeElement instanceof HTMLElement
        ? doc.activeElement
        : null
      dialog.show()
      input.focus()
      afterPaint(doc.defaultView!, () => {
        if (!dialog.open)
          return
        setModal(true)
        void update()
      })
      input.select()
      history.pushState({ gardenSearch: true }, '')
      pushedHistory = true
      doc.defaultView!.addEventListener('popstate', onPopState)
    },
  }
  return instance
}
