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
import { wrapTab } from '../chrome/dom'
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

/** One dialog: its elements and the state its listeners share. */
interface Session {
  doc: Document
  dialog: HTMLDialogElement
  input: HTMLInputElement
  list: HTMLUListElement
  empty: HTMLElement
  count: HTMLElement
  clear: HTMLButtonElement
  detailsButton: HTMLButtonElement
  details: boolean
  outcome: SearchOutcome | undefined
  selected: number
  timer: ReturnType<typeof setTimeout> | undefined
  run: number
  pushedHistory: boolean
  /** Our own history.back() is on its way: its popstate is not the reader's Back. */
  poppingOwnEntry: boolean
  returnFocus: HTMLElement | null
}

function createSession(doc: Document): Session {
  const dialog = doc.createElement('dialog')
  dialog.className = 'garden-search'
  dialog.setAttribute('aria-label', 'サイト内を検索')
  dialog.setAttribute('aria-modal', 'true')
  dialog.innerHTML = DIALOG_HTML
  doc.body.appendChild(dialog)
  const part = <E extends Element>(selector: string) => dialog.querySelector<E>(selector)!
  return {
    doc,
    dialog,
    input: part<HTMLInputElement>('.gsd-input'),
    list: part<HTMLUListElement>('.gsd-results'),
    empty: part<HTMLElement>('.gsd-empty'),
    count: part<HTMLElement>('.gsd-count'),
    clear: part<HTMLButtonElement>('[data-gsd-clear]'),
    detailsButton: part<HTMLButtonElement>('[data-gsd-details]'),
    details: storage('local')?.getItem(DETAILS_KEY) !== 'false',
    outcome: undefined,
    selected: -1,
    timer: undefined,
    run: 0,
    pushedHistory: false,
    poppingOwnEntry: false,
    returnFocus: null,
  }
}

function select(s: Session, i: number, scroll = true) {
  const items = s.list.querySelectorAll<HTMLElement>('[role="option"]')
  s.selected = items.length
    ? (i + items.length) % items.length
    : -1
  items.forEach((el, n) => el.setAttribute('aria-selected', String(n === s.selected)))
  const current = items[s.selected]
  if (current) {
    s.input.setAttribute('aria-activedescendant', current.id)
    if (scroll)
      current.scrollIntoView({ block: 'nearest' })
  }
  else {
    s.input.removeAttribute('aria-activedescendant')
  }
}

function renderResults(s: Session, o: SearchOutcome) {
  const items = resultItems(s.doc, o, s.details)
  s.list.replaceChildren(...items.map(i => i.li))
  for (const { id, excerpt } of items) {
    if (excerpt) {
      void loadEngine().then(e => e.sectionText(id)).then((text) => {
        if (s.outcome === o)
          fillExcerpt(excerpt, text, o.pattern)
      })
    }
  }
  s.list.dataset.query = o.query
  s.input.setAttribute('aria-expanded', String(o.results.length > 0))
  s.count.textContent = o.query && o.results.length
    ? `${o.results.length}件`
    : ''
  select(s, 0, false)
  s.list.scrollTop = 0
}

function renderEmpty(s: Session, query: string, { suggestions, withBase }: typeof import('./engine')) {
  s.empty.replaceChildren(...(query
    ? emptyState(s.doc, query, suggestions(query), withBase)
    : []))
  s.empty.hidden = !query
}

async function update(s: Session) {
  const query = s.input.value
  const mine = ++s.run
  s.clear.hidden = query === ''
  storage('session')?.setItem(QUERY_KEY, query)
  const e = await loadEngine()
  void e.loadIndex()
  if (mine !== s.run)
    return
  if (!query.trim()) {
    s.outcome = {
      query,
      results: [],
      ranked: [],
      pattern: undefined,
    }
    renderResults(s, s.outcome)
    renderEmpty(s, '', e)
    return
  }
  const o = await e.search(query).catch(() => undefined)
  if (mine !== s.run || !o)
    return
  s.outcome = o
  renderResults(s, o)
  renderEmpty(s, o.results.length ? '' : query, e)
}

/** Typing, the keyboard (Escape, Tab, ↑↓, Enter) and the pointer over the results. */
function listenToInput(s: Session) {
  const { dialog, input, list } = s
  input.addEventListener('input', () => {
    s.clear.hidden = input.value === ''
    // Kept at once, as typed: a close within the debounce must not lose it.
    storage('session')?.setItem(QUERY_KEY, input.value)
    void loadEngine().then(e => e.prefetchQuery(input.value))
    clearTimeout(s.timer)
    s.timer = setTimeout(() => void update(s), DEBOUNCE_MS)
  })
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.isComposing) {
      e.preventDefault()
      dialog.close()
    }
    else if (e.key === 'Tab') {
      // Keep focus inside while it is modal.
      wrapTab(dialog, 'input, button:not([hidden]), a[href]', e)
    }
  })
  input.addEventListener('keydown', (e) => {
    if (e.isComposing)
      return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      select(s, e.key === 'ArrowDown'
        ? s.selected + 1
        : s.selected - 1)
    }
    else if (e.key === 'Enter') {
      e.preventDefault()
      const a = list.querySelector<HTMLAnchorElement>(`#gsd-item-${s.selected}`)
      a?.click()
    }
  })
  dialog.querySelector('form')!.addEventListener('submit', e => e.preventDefault())
  list.addEventListener('pointermove', (e) => {
    const li = (e.target as Element).closest<HTMLElement>('[role="option"]')
    if (li && Number(li.dataset.index) !== s.selected)
      select(s, Number(li.dataset.index), false)
  })
}

/** The close, clear and 「抜粋」 buttons, a result's link, and a press outside. */
function listenToClicks(s: Session) {
  const { dialog, input } = s
  dialog.addEventListener('click', (e) => {
    const t = e.target as Element
    if (t.closest('[data-gsd-close]')) {
      dialog.close()
    }
    else if (t.closest('[data-gsd-clear]')) {
      input.value = ''
      void update(s)
      input.focus()
    }
    else if (t.closest('[data-gsd-details]')) {
      s.details = !s.details
      storage('local')?.setItem(DETAILS_KEY, String(s.details))
      s.detailsButton.setAttribute('aria-pressed', String(s.details))
      if (s.outcome)
        renderResults(s, s.outcome)
    }
    else if (t.closest('a[href]')) {
      // Going to a result: the page changes (or jumps to a section of this one). The entry pushed
      // for Back stays (same URL): popping it now would race the link's own navigation.
      s.pushedHistory = false
      dialog.close()
    }
  })
  // A press outside (the desktop's backdrop) closes it.
  s.doc.addEventListener('pointerdown', (e) => {
    if (dialog.open && !(e.target instanceof Node && dialog.contains(e.target)))
      dialog.close()
  })
}

/** The page behind: inert and not scrolling while the dialog is open. */
function setModal(doc: Document, on: boolean) {
  const app = doc.getElementById('app')
  if (app)
    app.inert = on
  doc.documentElement.classList.toggle('garden-search-open', on)
}

export function searchDialog(doc: Document): SearchDialog {
  if (instance?.dialog.isConnected)
    return instance
  const s = createSession(doc)
  const { dialog, input } = s
  listenToInput(s)
  listenToClicks(s)
  // Back closes the dialog instead of leaving the page.
  const onPopState = () => {
    // The Back taken when the dialog last closed lands only now (a slow phone; a reader who reopens
    // at once): it pops the old entry, not the one this opening pushed, and closes nothing.
    if (s.poppingOwnEntry) {
      s.poppingOwnEntry = false
      if (!dialog.open)
        doc.defaultView!.removeEventListener('popstate', onPopState)
      return
    }
    s.pushedHistory = false
    if (dialog.open)
      dialog.close()
  }
  dialog.addEventListener('close', () => {
    setModal(doc, false)
    s.returnFocus?.focus({ preventScroll: true })
    s.returnFocus = null
    clearTimeout(s.timer)
    if (s.pushedHistory) {
      s.pushedHistory = false
      s.poppingOwnEntry = true
      history.back()
    }
    else {
      doc.defaultView!.removeEventListener('popstate', onPopState)
    }
  })

  s.detailsButton.setAttribute('aria-pressed', String(s.details))

  instance = {
    dialog,
    open(initial) {
      if (dialog.open)
        return
      input.value = initial ?? storage('session')?.getItem(QUERY_KEY) ?? ''
      s.clear.hidden = input.value === ''
      s.returnFocus = doc.activeElement instanceof HTMLElement
        ? doc.activeElement
        : null
      dialog.show()
      input.focus()
      afterPaint(doc.defaultView!, () => {
        if (!dialog.open)
          return
        setModal(doc, true)
        void update(s)
      })
      input.select()
      history.pushState({ gardenSearch: true }, '')
      s.pushedHistory = true
      doc.defaultView!.addEventListener('popstate', onPopState)
    },
  }
  return instance
}
