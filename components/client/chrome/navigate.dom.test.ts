// @vitest-environment-options {"happyDOM":{"settings":{"handleDisabledFileLoadingAsSuccess":true}}}
import type { NavigateEventLike } from './navigate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HOVER_MS, initNavigation, pageUrl, parsePage, swapDestination, swapPage } from './navigate'

const ENTRY = '<script data-entry="/assets/entry.abc.js"></script><link rel="stylesheet" href="data:text/css,a{}">'

/** A sidebar link, marked as the current page's. */
function link(href: string, text: string, current: string): string {
  const mark = href === current
    ? ' aria-current="page"'
    : ''
  return `<a href="${href}"${mark}>${text}</a>`
}

/** A built page, as the server sends it (head, #app with a sidebar and an article). */
function pageHtml(title: string, current: string, options: { entry?: string } = {}): string {
  const head = options.entry ?? ENTRY
  return `<!DOCTYPE html><html lang="ja"><head><title>${title} | ノート</title>${head}`
    + `<meta name="description" content="${title}の説明"><link rel="canonical" href="https://example.jp${current}">`
    + `<script type="speculationrules">{}</script></head><body><div id="app">`
    + `<aside class="VPSidebar" data-sidebar>${link('/notes/a', 'A', current)}${link('/notes/b', 'B', current)}</aside>`
    + `<div class="VPContent"><main><h1>${title}</h1><p>本文</p></main></div></div></body></html>`
}

function load(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  document.head.innerHTML = parsed.head.innerHTML
  document.body.innerHTML = parsed.body.innerHTML
  document.title = parsed.title
}

/** A navigate event as the browser sends it; `handler()` runs what intercept() was given. */
function navigateEvent(url: string, init: Partial<NavigateEventLike> = {}) {
  let handler: (() => Promise<void>) | undefined
  const event = Object.assign(new Event('navigate'), {
    canIntercept: true,
    hashChange: false,
    downloadRequest: null,
    formData: null,
    navigationType: 'push' as const,
    destination: { url: new URL(url, location.href).href },
    intercept: (options: { handler: () => Promise<void> }) => {
      handler = options.handler
    },
    ...init,
  }) as NavigateEventLike
  return {
    event,
    intercepted: () => handler !== undefined,
    run: () => handler!(),
  }
}

/** window.navigation, which happy-dom does not have. */
function fakeNavigation() {
  const target = new EventTarget()
  vi.stubGlobal('navigation', target)
  return (event: NavigateEventLike) => target.dispatchEvent(event)
}

function htmlResponse(html: string, status = 200) {
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  })
}

beforeEach(() => {
  history.replaceState(null, '', '/notes/a')
  load(pageHtml('A', '/notes/a'))
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
  document.documentElement.className = ''
  document.getElementById('garden-route-announcer')?.remove()
})

describe('pageUrl', () => {
  const here = new URL('https://example.jp/notes/a')
  it('takes another page of the site, with or without .html', () => {
    expect(pageUrl('/notes/b', here)?.pathname).toBe('/notes/b')
    expect(pageUrl('/notes/b.html#x', here)?.hash).toBe('#x')
    expect(pageUrl('/', here)?.pathname).toBe('/')
  })
  it('leaves the page itself, files and other origins to the browser', () => {
    expect(pageUrl('#section', here)).toBeNull()
    expect(pageUrl('/notes/a.html', here)).toBeNull()
    expect(pageUrl('/feed.xml', here)).toBeNull()
    expect(pageUrl('/og/notes/a.png', here)).toBeNull()
    expect(pageUrl('https://kubernetes.io/docs/', here)).toBeNull()
  })
})

describe('swapDestination', () => {
  it('swaps a push or a traverse to another page', () => {
    expect(swapDestination(navigateEvent('/notes/b').event, document)?.pathname).toBe('/notes/b')
    expect(swapDestination(navigateEvent('/notes/b', { navigationType: 'traverse' }).event, document)).not.toBeNull()
  })
  it('leaves reloads, replaces, downloads, forms, hash changes and the open search dialog to the browser', () => {
    expect(swapDestination(navigateEvent('/notes/b', { navigationType: 'reload' }).event, document)).toBeNull()
    expect(swapDestination(navigateEvent('/notes/b', { navigationType: 'replace' }).event, document)).toBeNull()
    expect(swapDestination(navigateEvent('/notes/b', { downloadRequest: 'b.html' }).event, document)).toBeNull()
    expect(swapDestination(navigateEvent('/notes/b', {
      formData: new FormData(),
    }).event, document)).toBeNull()
    expect(swapDestination(navigateEvent('/notes/b', { canIntercept: false }).event, document)).toBeNull()
    expect(swapDestination(navigateEvent('/notes/a#x', { hashChange: true }).event, document)).toBeNull()
    document.documentElement.classList.add('garden-search-open')
    expect(swapDestination(navigateEvent('/notes/b').event, document)).toBeNull()
    document.documentElement.classList.remove('garden-search-open')
    const zoom = document.createElement('dialog')
    document.body.append(zoom)
    zoom.setAttribute('open', '')
    expect(swapDestination(navigateEvent('/notes/b').event, document)).toBeNull()
    zoom.remove()
  })
})

describe('parsePage', () => {
  it('reads the title, description, canonical link and #app of a page built like this one', () => {
    const page = parsePage(pageHtml('B', '/notes/b'), document)!
    expect(page.title).toBe('B | ノート')
    expect(page.description).toBe('Bの説明')
    expect(page.canonical).toBe('https://example.jp/notes/b')
    expect(page.app.querySelector('h1')!.textContent).toBe('B')
  })
  it('refuses a page built with another runtime or stylesheet (a new deployment), or no #app', () => {
    expect(parsePage(pageHtml('B', '/notes/b', { entry: '<script data-entry="/assets/entry.new.js"></script><link rel="stylesheet" href="data:text/css,a{}">' }), document)).toBeNull()
    expect(parsePage(pageHtml('B', '/notes/b', { entry: '<script data-entry="/assets/entry.abc.js"></script><link rel="stylesheet" href="data:text/css,b{}">' }), document)).toBeNull()
    expect(parsePage('<!DOCTYPE html><title>x</title><p>not ours</p>', document)).toBeNull()
  })
})

describe('swapPage', () => {
  it('puts the new #app, title and description in place, keeps the sidebar\'s scroll and reads the title out', () => {
    document.querySelector<HTMLElement>('[data-sidebar]')!.scrollTop = 120
    const page = parsePage(pageHtml('B', '/notes/b'), document)!
    const app = swapPage(document, page, new URL('https://example.jp/notes/b'), false)
    expect(document.getElementById('app')).toBe(app)
    expect(document.querySelector('h1')!.textContent).toBe('B')
    expect(document.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe('/notes/b')
    expect(document.title).toBe('B | ノート')
    expect(document.querySelector('meta[name="description"]')!.getAttribute('content')).toBe('Bの説明')
    expect(document.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe('https://example.jp/notes/b')
    expect(document.querySelector<HTMLElement>('[data-sidebar]')!.scrollTop).toBe(120)
    const announcer = document.getElementById('garden-route-announcer')!
    expect(announcer.getAttribute('aria-live')).toBe('assertive')
    expect(announcer.textContent).toBe('B | ノート')
  })
  it('changes only what differs around the article, and replaces the whole #app where the layout differs', () => {
    const sidebar = document.querySelector<HTMLElement>('[data-sidebar]')!
    sidebar.classList.add('open') // the phone's drawer, open when its link was tapped
    swapPage(document, parsePage(pageHtml('B', '/notes/b'), document)!, new URL('https://example.jp/notes/b'), false)
    expect(document.querySelector('[data-sidebar]')).toBe(sidebar)
    expect(sidebar.classList.contains('open')).toBe(false)
    expect(document.querySelector('a[href="/notes/a"]')!.hasAttribute('aria-current')).toBe(false)

    const home = `<!DOCTYPE html><html><head><title>ホーム</title>${ENTRY}</head><body><div id="app"><div class="VPHome"><h1>ホーム</h1></div></div></body></html>`
    swapPage(document, parsePage(home, document)!, new URL('https://example.jp/'), false)
    expect(document.querySelector('[data-sidebar]')).toBeNull()
    expect(document.querySelector('h1')!.textContent).toBe('ホーム')
  })

  it('keeps the fold for a link to a page, and lays the page out whole for Back/Forward or a #section', () => {
    const swap = (url: string, traverse: boolean) => {
      swapPage(document, parsePage(pageHtml('B', '/notes/b'), document)!, new URL(url), traverse)
      return document.documentElement.classList.contains('garden-unfold')
    }
    document.documentElement.classList.add('garden-unfold')
    expect(swap('https://example.jp/notes/b', false)).toBe(false)
    expect(swap('https://example.jp/notes/b', true)).toBe(true)
    expect(swap('https://example.jp/notes/b#x', false)).toBe(true)
  })
})

describe('initNavigation', () => {
  it('does nothing where the browser has no Navigation API (links load documents)', () => {
    expect(initNavigation(document, {
      afterSwap: vi.fn(),
    })).toBe(false)
    expect(document.querySelector('script[type="speculationrules"]')).not.toBeNull()
  })

  it('swaps the next page in on a link\'s navigation and removes the speculation rules', async () => {
    const dispatch = fakeNavigation()
    const fetchPage = vi.fn(async () => htmlResponse(pageHtml('B', '/notes/b')))
    const beforeSwap = vi.fn()
    const afterSwap = vi.fn()
    expect(initNavigation(document, { fetchPage, beforeSwap, afterSwap })).toBe(true)
    expect(document.querySelector('script[type="speculationrules"]')).toBeNull()

    const nav = navigateEvent('/notes/b')
    dispatch(nav.event)
    expect(nav.intercepted()).toBe(true)
    history.replaceState(null, '', '/notes/b') // the browser commits the URL at intercept()
    await nav.run()
    expect(fetchPage).toHaveBeenCalledWith(new URL('/notes/b', location.href).href)
    expect(beforeSwap).toHaveBeenCalledTimes(1)
    expect(afterSwap).toHaveBeenCalledWith(document.getElementById('app'))
    expect(document.querySelector('h1')!.textContent).toBe('B')
  })

  it('loads the page as a document when it cannot be swapped in (a failed fetch, another runtime)', async () => {
    const dispatch = fakeNavigation()
    const replace = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, href: location.href, replace } as Location)
    const pages = [
      htmlResponse('not found', 404),
      htmlResponse(pageHtml('B', '/notes/b', { entry: '<script data-entry="/assets/entry.new.js"></script>' })),
    ]
    const afterSwap = vi.fn()
    initNavigation(document, {
      fetchPage: async () => pages.shift()!,
      afterSwap,
    })
    for (const path of ['/notes/b', '/notes/c']) {
      const nav = navigateEvent(path)
      dispatch(nav.event)
      await nav.run()
      expect(replace).toHaveBeenLastCalledWith(new URL(path, location.href).href)
    }
    expect(afterSwap).not.toHaveBeenCalled()
    expect(document.querySelector('h1')!.textContent).toBe('A')
  })

  it('fetches a page once, ahead of the click: on a press at once, on a resting mouse after the delay', async () => {
    vi.useFakeTimers()
    fakeNavigation()
    const fetchPage = vi.fn(async () => htmlResponse(pageHtml('B', '/notes/b')))
    initNavigation(document, {
      fetchPage,
      afterSwap: vi.fn(),
    })
    const link = document.querySelector('a[href="/notes/b"]')!
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }))
    vi.advanceTimersByTime(HOVER_MS - 1)
    expect(fetchPage).not.toHaveBeenCalled()
    link.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, pointerType: 'mouse' }))
    vi.advanceTimersByTime(HOVER_MS)
    expect(fetchPage).not.toHaveBeenCalled()

    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }))
    vi.advanceTimersByTime(HOVER_MS)
    expect(fetchPage).toHaveBeenCalledTimes(1)
    link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }))
    expect(fetchPage).toHaveBeenCalledTimes(1)
    // The current page's own link fetches nothing.
    document.querySelector('a[href="/notes/a"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })
})
