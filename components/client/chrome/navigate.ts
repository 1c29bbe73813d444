// Moving to another page of the garden without a new document (issue 26, goal 5). A new document
// costs about 90 ms at 4× CPU before it holds any content (the old one's teardown, the commit, the
// head), which put a sidebar tap 80–100 ms behind VitePress's SPA router. Through the Navigation API,
// a link to another page here fetches that page and swaps it in: the content area is replaced, the
// layout around it takes the new page's state (the current link, the open chapter), the head's title,
// description and canonical link follow. The browser keeps what it does for a
// navigation: the history entry, the scroll (top, the #section, or the place restored on Back), the
// focus reset. Anything unusual is left to the browser's own navigation: no Navigation API, a reload,
// a download, a form, another origin, a file that is not a page, a dialog open (search, zoom), a page
// built with another runtime or other stylesheets (a new deployment), a fetch that fails.

import { UNFOLD_CLASS } from './targetHighlight'

/** The parts of the Navigation API used here (TypeScript's DOM library has none of it yet). */
export interface NavigateEventLike extends Event {
  readonly canIntercept: boolean
  readonly hashChange: boolean
  readonly downloadRequest: string | null
  readonly formData: FormData | null
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse'
  readonly destination: { readonly url: string }
  intercept: (options: { handler: () => Promise<void> }) => void
}

interface NavigationLike {
  addEventListener: (type: 'navigate', listener: (event: NavigateEventLike) => void) => void
}

/** A fetched page, parsed, ready to swap in. */
export interface FetchedPage {
  title: string
  description: string | null
  canonical: string | null
  app: HTMLElement
}

export interface NavigationOptions {
  /** Runs before the swap: hide what floats over the old page (a link's preview card). */
  beforeSwap?: () => void
  /** Runs after the swap, with the new #app: restart the islands, rebind what is per page. */
  afterSwap: (app: HTMLElement) => void
  /** @default the window's fetch, asking for HTML */
  fetchPage?: (url: string) => Promise<Response>
}

/** The class the search dialog sets on <html> while it is open (search/dialog.ts). */
const SEARCH_OPEN = 'garden-search-open'

function pathOf(url: URL): string {
  return url.pathname.replace(/\.html$/, '').replace(/\/index$/, '/')
}

/** A link's URL when it leads to another page of this site (not a file, not the page itself), else null. */
export function pageUrl(href: string, here: URL): URL | null {
  const to = new URL(href, here)
  if (to.origin !== here.origin)
    return null
  // A page's URL has no extension, or .html; the feed, the cards and the assets are files.
  const last = to.pathname.split('/').pop() ?? ''
  if (/\.(?!html$)[^.]+$/.test(last))
    return null
  // The same page (a section of it, or the search dialog's history entry): the browser's.
  if (pathOf(to) === pathOf(here))
    return null
  return to
}

/** The destination to swap in, or null to leave the navigation to the browser. */
export function swapDestination(event: NavigateEventLike, doc: Document): URL | null {
  if (!event.canIntercept || event.hashChange || event.downloadRequest !== null || event.formData)
    return null
  if (event.navigationType !== 'push' && event.navigationType !== 'traverse')
    return null
  // A dialog over the page (search, zoom) has its own history entry, which it takes back when it
  // closes: the browser's navigation, as before, so that nothing races it.
  if (doc.documentElement.classList.contains(SEARCH_OPEN) || doc.querySelector('dialog[open]'))
    return null
  return pageUrl(event.destination.url, new URL(doc.defaultView!.location.href))
}

function runtimeOf(doc: Document): string {
  const entry = doc.querySelector('script[data-entry]')?.getAttribute('data-entry') ?? ''
  const styles = [
    ...doc.querySelectorAll('link[rel="stylesheet"]'),
  ].map(l => l.getAttribute('href')).join(' ')
  return `${entry}|${styles}`
}

/** Parses a fetched page; null when it is not one of ours built with the same runtime and stylesheets. */
export function parsePage(html: string, doc: Document): FetchedPage | null {
  const next = new ((doc.defaultView as Window & typeof globalThis).DOMParser)().parseFromString(html, 'text/html')
  const app = next.getElementById('app')
  if (!app || app.childElementCount === 0 || runtimeOf(next) !== runtimeOf(doc))
    return null
  return {
    title: next.title,
    description: next.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    canonical: next.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    app,
  }
}

/** The live region that reads the new page's title out, as a new document's title would be. */
function announcer(doc: Document): HTMLElement {
  let el = doc.getElementById('garden-route-announcer')
  if (!el) {
    el = doc.createElement('p')
    el.id = 'garden-route-announcer'
    el.className = 'visually-hidden'
    el.setAttribute('aria-live', 'assertive')
    el.setAttribute('aria-atomic', 'true')
    doc.body.append(el)
  }
  return el
}

const CONTENT = 'VPContent'

/** Whether two trees have the same elements in the same places (the content area not looked into). */
function sameShape(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName || a.childNodes.length !== b.childNodes.length)
    return false
  if (a.classList.contains(CONTENT))
    return b.classList.contains(CONTENT)
  for (let i = 0; i < a.childNodes.length; i++) {
    const x = a.childNodes[i]!
    const y = b.childNodes[i]!
    if (x.nodeType !== y.nodeType)
      return false
    if (x.nodeType === 1 && !sameShape(x as Element, y as Element))
      return false
  }
  return true
}

/** Makes `a` say what `b` says (attributes, text), outside the content area, which it returns. */
function follow(a: Element, b: Element): [Element, Element] | undefined {
  if (a.classList.contains(CONTENT))
    return [a, b]
  for (const name of a.getAttributeNames()) {
    if (!b.hasAttribute(name))
      a.removeAttribute(name)
  }
  for (const name of b.getAttributeNames()) {
    const value = b.getAttribute(name)!
    if (a.getAttribute(name) !== value)
      a.setAttribute(name, value)
  }
  let content: [Element, Element] | undefined
  for (let i = 0; i < a.childNodes.length; i++) {
    const x = a.childNodes[i]!
    const y = b.childNodes[i]!
    if (x.nodeType === 1)
      content = follow(x as Element, y as Element) ?? content
    else if (x.nodeValue !== y.nodeValue)
      x.nodeValue = y.nodeValue
  }
  return content
}

/**
 * Puts a fetched page in place of the current one. Where the layout around the article has the same
 * shape (the nav bar, the sidebar: every page but the home page), only what differs there changes
 * (the current link, the open chapter) and the content area is replaced, so the sidebar keeps its
 * place and the browser lays out little beyond the new article; elsewhere the whole #app is replaced.
 * A page reached by Back or Forward, or at a section, is laid out whole (no fold), so the restored or
 * anchored scroll lands where it should; a page opened by a link starts with the fold, as a new
 * document does.
 */
export function swapPage(doc: Document, page: FetchedPage, to: URL, traverse: boolean): HTMLElement {
  doc.documentElement.classList.toggle(UNFOLD_CLASS, traverse || to.hash !== '')
  const app = doc.getElementById('app')!
  const content = sameShape(app, page.app)
    ? follow(app, page.app)
    : undefined
  if (content)
    content[0].replaceWith(doc.adoptNode(content[1]))
  else
    app.replaceWith(doc.adoptNode(page.app))
  doc.title = page.title
  if (page.description !== null)
    doc.querySelector('meta[name="description"]')?.setAttribute('content', page.description)
  if (page.canonical !== null)
    doc.querySelector('link[rel="canonical"]')?.setAttribute('href', page.canonical)
  announcer(doc).textContent = page.title
  return doc.getElementById('app')!
}

/** How long the pointer rests on a link before its page is fetched (Chromium's "moderate" eagerness). */
export const HOVER_MS = 200

/**
 * Fetches pages ahead of the click, as the speculation rules did: when the pointer rests on a link,
 * or at once on a press. Each page is fetched once per document; the text waits for the click.
 */
function pageLoader(doc: Document, fetchPage: (url: string) => Promise<Response>) {
  const view = doc.defaultView!
  const pages = new Map<string, Promise<string | null>>()
  const load = (url: URL): Promise<string | null> => {
    const key = url.href.replace(/#.*$/, '')
    let page = pages.get(key)
    if (!page) {
      page = fetchPage(key)
        .then(r => r.ok && (r.headers.get('content-type') ?? '').includes('text/html')
          ? r.text()
          : null)
        .catch(() => null)
      pages.set(key, page)
      // A failed fetch is not kept: the click tries again.
      void page.then((text) => {
        if (text === null)
          pages.delete(key)
      })
    }
    return page
  }
  const linkUrl = (target: EventTarget | null): URL | null => {
    const a = target instanceof view.Element
      ? target.closest('a[href]')
      : null
    if (!a || a.getAttribute('target') || a.hasAttribute('download'))
      return null
    return pageUrl(a.getAttribute('href')!, new URL(view.location.href))
  }
  let timer = 0
  doc.addEventListener('pointerover', (e) => {
    const url = e.pointerType === 'mouse'
      ? linkUrl(e.target)
      : null
    view.clearTimeout(timer)
    if (url)
      timer = view.setTimeout(() => void load(url), HOVER_MS)
  })
  doc.addEventListener('pointerout', () => view.clearTimeout(timer))
  doc.addEventListener('pointerdown', (e) => {
    const url = linkUrl(e.target)
    if (url)
      void load(url)
  }, { capture: true })
  return load
}

/**
 * Starts swapping pages in where the browser has the Navigation API (true); elsewhere links keep
 * loading documents, helped by the head's speculation rules (false). Where it starts, it removes those
 * rules: it fetches ahead itself, and the browser's prefetch would fetch each page a second time.
 */
export function initNavigation(doc: Document, options: NavigationOptions): boolean {
  const view = doc.defaultView as (Window & typeof globalThis & { navigation?: NavigationLike }) | null
  const navigation = view?.navigation
  if (!view || !navigation || typeof view.DOMParser !== 'function')
    return false
  const load = pageLoader(doc, options.fetchPage ?? ((url: string) => view.fetch(url, {
    headers: { accept: 'text/html' },
  })))
  for (const rules of doc.querySelectorAll('script[type="speculationrules"]'))
    rules.remove()
  navigation.addEventListener('navigate', (event) => {
    const to = swapDestination(event, doc)
    if (!to)
      return
    const traverse = event.navigationType === 'traverse'
    event.intercept({
      handler: async () => {
        const html = await load(to)
        const page = html === null
          ? null
          : parsePage(html, doc)
        // Not a page we can swap in: load it as a document (a replace, which is not intercepted).
        if (!page) {
          view.location.replace(to.href)
          return
        }
        options.beforeSwap?.()
        options.afterSwap(swapPage(doc, page, to, traverse))
      },
    })
  })
  return true
}
