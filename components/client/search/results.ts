// What the search dialog (./dialog.ts) shows: its fixed markup and, for an answer, the result list's
// items (a page's best section, then its other sections as `.sub`), a section's excerpt, and the
// 「見つからなかった」 block with the closest titles and the tags. DOM building only: no state, no events, no fetching.
// Every text from the index or the reader goes in as text nodes, never as markup.
import type { Suggestions } from '../../search/searchResults'
import type { SearchOutcome } from './engine'
import type { Run } from './excerpt'
import { excerptWindow, markRuns } from './excerpt'

/** The dialog's fixed content: the search bar, the options, the list, the empty block, the keys. */
export const DIALOG_HTML = `<form class="gsd-bar" role="search">
  <label class="gsd-label" for="gsd-input"><span class="vpi-search gsd-icon" aria-hidden="true"></span><span class="visually-hidden">サイト内を検索</span></label>
  <input id="gsd-input" class="gsd-input" type="search" enterkeyhint="go" autocomplete="off" autocapitalize="off" spellcheck="false" maxlength="64" placeholder="検索" role="combobox" aria-expanded="false" aria-autocomplete="list" aria-controls="gsd-list">
  <button type="button" class="gsd-clear" data-gsd-clear hidden>消す</button>
  <button type="button" class="gsd-close" data-gsd-close>閉じる</button>
</form>
<div class="gsd-options"><button type="button" class="gsd-details" aria-pressed="true" data-gsd-details>抜粋を表示</button><span class="gsd-count" role="status" aria-live="polite"></span></div>
<ul id="gsd-list" class="gsd-results results" role="listbox" aria-label="検索結果"></ul>
<div class="gsd-empty" hidden></div>
<p class="gsd-keys" aria-hidden="true"><span><kbd>↑</kbd><kbd>↓</kbd> 移動</span><span><kbd>Enter</kbd> 開く</span><span><kbd>Esc</kbd> 閉じる</span></p>`

/** Decodes the HTML the index stores titles as (escaped text). */
function textOf(doc: Document, html: string): string {
  const t = doc.createElement('template')
  t.innerHTML = html
  return t.content.textContent ?? ''
}

function appendRuns(el: Element, runs: Run[]): void {
  for (const r of runs) {
    if (r.mark) {
      const m = el.ownerDocument.createElement('mark')
      m.textContent = r.text
      el.append(m)
    }
    else {
      el.append(r.text)
    }
  }
}

export interface ResultItem {
  li: HTMLLIElement
  /** The result's index id (`/garden/notes/probes#startup`), to fetch its section's text by. */
  id: string
  /** Where the section's excerpt goes, when excerpts are shown. */
  excerpt?: HTMLElement
}

/** One item per result, its link the `role="option"` `gsd-item-<n>`, titles with the query's words marked. */
export function resultItems(doc: Document, o: SearchOutcome, details: boolean): ResultItem[] {
  return o.results.map((r, i) => {
    // The link is the option: a link inside an option would be a focusable control nested in
    // another (axe: nested-interactive), announced twice.
    const li = doc.createElement('li')
    li.setAttribute('role', 'none')
    const a = doc.createElement('a')
    a.id = `gsd-item-${i}`
    a.setAttribute('role', 'option')
    a.dataset.index = String(i)
    a.className = r.sub
      ? 'result sub'
      : 'result'
    a.href = r.id
    a.tabIndex = -1
    // Read as a path (「第2章 > 負荷分散」), not as titles run together; the excerpt describes it.
    a.setAttribute('aria-label', [...r.titles, r.title].map(t => textOf(doc, t)).join(' > '))
    const titles = doc.createElement('span')
    titles.className = 'titles'
    for (const t of [...r.titles, r.title]) {
      const span = doc.createElement('span')
      span.className = 'title'
      appendRuns(span, markRuns(textOf(doc, t), o.pattern))
      titles.append(span)
    }
    titles.lastElementChild?.classList.add('main')
    a.append(titles)
    let excerpt: HTMLElement | undefined
    if (details) {
      excerpt = doc.createElement('span')
      excerpt.className = 'excerpt'
      excerpt.id = `gsd-excerpt-${i}`
      a.setAttribute('aria-describedby', excerpt.id)
      a.append(excerpt)
    }
    li.append(a)
    return { li, id: r.id, excerpt }
  })
}

/** Fills an excerpt with the part of its section's `text` around the first match of `pattern`. */
export function fillExcerpt(el: HTMLElement, text: string, pattern: RegExp | undefined): void {
  appendRuns(el, markRuns(excerptWindow(text, pattern), pattern))
}

/**
 * The no-results block for `query`: 見つからなかった: 「query」, then the closest titles and the
 * tags as links (`withBase` turns a route into a link).
 */
export function emptyState(doc: Document, query: string, s: Suggestions, withBase: (path: string) => string): Node[] {
  const p = doc.createElement('p')
  p.append('見つからなかった: 「')
  const strong = doc.createElement('strong')
  strong.textContent = query
  p.append(strong, '」')
  const out: Node[] = [p]
  const group = (label: string, links: { href: string, text: string }[]) => {
    if (!links.length)
      return
    const h = doc.createElement('p')
    h.className = 'gsd-suggest-label'
    h.textContent = label
    const ul = doc.createElement('ul')
    ul.className = 'gsd-suggest'
    for (const l of links) {
      const li = doc.createElement('li')
      const a = doc.createElement('a')
      a.href = l.href
      a.textContent = l.text
      li.append(a)
      ul.append(li)
    }
    out.push(h, ul)
  }
  group('近いタイトル', s.titles.map(t => ({
    href: withBase(t.route),
    text: t.title,
  })))
  group('タグから探す', s.tags.map(t => ({
    href: withBase(`/tags#${t.slug}`),
    text: t.label,
  })))
  return out
}
