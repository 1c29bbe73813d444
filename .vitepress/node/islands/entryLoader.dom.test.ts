import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ENTRY_LOADER_SCRIPT, entryLoaderTag } from './entryLoader'

const cleanups: (() => void)[] = []

type Observed = (list: unknown, observer: { disconnect: () => void }) => void

interface Loaded {
  /** Fires the paint entry the loader waits for. */
  paint: () => void
  held: () => HTMLButtonElement[]
  modules: () => string[]
  preloads: () => string[]
}

/** Puts the tag into <head> and runs its script as the parser would, with a paint observer we drive. */
function runLoader({ imports = [] as string[], paintTiming = true, navigation = 'navigate' } = {}): Loaded {
  document.head.innerHTML = entryLoaderTag('/assets/entry.Ab12.js', imports)
  const tag = document.head.querySelector('script')!
  let callback: Observed | undefined
  let disconnected = false
  class FakeObserver {
    static supportedEntryTypes = paintTiming
      ? ['paint', 'largest-contentful-paint']
      : ['resource']

    constructor(cb: Observed) {
      callback = cb
    }

    observe(options: { type: string, buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true })
    }

    disconnect() {
      disconnected = true
    }
  }
  const performance = {
    getEntriesByType: (type: string) => type === 'navigation'
      ? [
          { type: navigation },
        ]
      : [],
  }
  const win = { PerformanceObserver: FakeObserver, performance } as unknown as Window & { __gardenHeldTaps?: () => HTMLButtonElement[] }
  Object.defineProperty(document, 'currentScript', { value: tag, configurable: true })
  // eslint-disable-next-line no-new-func -- the script is a string the page runs inline
  new Function('document', 'window', ENTRY_LOADER_SCRIPT)(document, win)
  // Each run listens on the one document: the next test must not meet this run's listener.
  cleanups.push(() => win.__gardenHeldTaps!())
  return {
    paint: () => {
      callback!([], {
        disconnect: () => { disconnected = true },
      })
      expect(disconnected).toBe(true)
    },
    held: () => win.__gardenHeldTaps!(),
    modules: () => [
      ...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]'),
    ].map(s => s.getAttribute('src')!),
    preloads: () => [
      ...document.head.querySelectorAll('link[rel="modulepreload"]'),
    ].map(l => l.getAttribute('href')!),
  }
}

beforeEach(() => {
  document.body.innerHTML = `
    <button id="menu" type="button">メニュー</button>
    <a id="link" href="#x">リンク</a>
    <details><summary id="summary">章</summary></details>
    <form><button id="submit">送信</button></form>
    <div data-island="Sim"><button id="sim"><span id="inner">+1</span></button></div>`
})
afterEach(() => {
  cleanups.splice(0).forEach(f => f())
  document.head.innerHTML = ''
  Reflect.deleteProperty(document, 'currentScript')
})

describe('the entry loader', () => {
  it('fetches the entry only after the first paint, once', () => {
    const page = runLoader()
    expect(page.modules()).toEqual([])
    page.paint()
    expect(page.modules()).toEqual(['/assets/entry.Ab12.js'])
    page.paint()
    expect(page.modules()).toEqual(['/assets/entry.Ab12.js'])
  })

  it('preloads the entry\'s static imports with it', () => {
    const page = runLoader({
      imports: ['/assets/chunks/a.js', '/assets/chunks/b.js'],
    })
    expect(page.preloads()).toEqual([])
    page.paint()
    expect(page.preloads()).toEqual(['/assets/chunks/a.js', '/assets/chunks/b.js'])
  })

  it('fetches the entry at once where the browser has no paint timing', () => {
    expect(runLoader({ paintTiming: false }).modules()).toEqual(['/assets/entry.Ab12.js'])
  })

  it('holds the clicks on buttons that come before the entry, and hands them over once', () => {
    const page = runLoader()
    const seen: string[] = []
    document.body.addEventListener('click', e => seen.push((e.target as Element).id))
    for (const id of ['menu', 'inner', 'link', 'summary'])
      document.getElementById(id)!.click()
    expect(page.held().map(b => b.id)).toEqual(['menu', 'sim'])
    // The held clicks never reached the page; links and summaries acted as they always do.
    expect(seen).toEqual(['link', 'summary'])
    // Handed over: the loader stops holding, and gives nothing twice.
    document.getElementById('menu')!.click()
    expect(seen).toEqual(['link', 'summary', 'menu'])
    expect(page.held()).toEqual([])
  })

  it('leaves a form\'s buttons to the form', () => {
    const page = runLoader()
    document.querySelector('form')!.addEventListener('submit', e => e.preventDefault())
    document.getElementById('submit')!.click()
    expect(page.held()).toEqual([])
  })

  it('marks a page opened at a section, before any layout, so the whole article is laid out', () => {
    document.documentElement.classList.remove('garden-unfold')
    window.location.hash = '#since-2023'
    runLoader()
    expect(document.documentElement.classList.contains('garden-unfold')).toBe(true)
    document.documentElement.classList.remove('garden-unfold')
    window.history.replaceState(null, '', window.location.pathname)
    runLoader()
    expect(document.documentElement.classList.contains('garden-unfold')).toBe(false)
  })

  it.each(['reload', 'back_forward'])('marks a page whose scroll the browser restores (%s), so it lands where the reader was', (navigation) => {
    runLoader({ navigation })
    expect(document.documentElement.classList.contains('garden-unfold')).toBe(true)
    document.documentElement.classList.remove('garden-unfold')
  })

  it('writes the entry\'s URL into an attribute, so every page has the same script text', () => {
    const tag = entryLoaderTag('/garden/assets/entry."x".js', [])
    expect(tag).toBe(`<script data-entry="/garden/assets/entry.&quot;x&quot;.js">${ENTRY_LOADER_SCRIPT}</script>`)
    expect(ENTRY_LOADER_SCRIPT).not.toMatch(/\b(?:let|const|import|class)\b|=>|`/)
  })
})
