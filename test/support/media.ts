// A window.matchMedia whose answers a test sets: `media.set('(min-width: 960px)', true)` changes
// the query's `matches` and fires its `change` event, as a browser does on resize or a system
// setting change. Install with vi.stubGlobal('matchMedia', media.matchMedia).
class FakeMediaQueryList extends EventTarget {
  onchange = null
  constructor(readonly media: string, public matches: boolean) {
    super()
  }

  // The deprecated pair, for code that still uses it.
  addListener(fn: (e: MediaQueryListEvent) => void) {
    this.addEventListener('change', fn as EventListener)
  }

  removeListener(fn: (e: MediaQueryListEvent) => void) {
    this.removeEventListener('change', fn as EventListener)
  }
}

export interface FakeMedia {
  matchMedia: (query: string) => MediaQueryList
  set: (query: string, matches: boolean) => void
}

export function fakeMedia(initial: Record<string, boolean> = {}): FakeMedia {
  const lists = new Map<string, FakeMediaQueryList>()
  const list = (query: string) => {
    let l = lists.get(query)
    if (!l) {
      l = new FakeMediaQueryList(query, initial[query] ?? false)
      lists.set(query, l)
    }
    return l
  }
  return {
    matchMedia: query => list(query) as unknown as MediaQueryList,
    set(query, matches) {
      const l = list(query)
      l.matches = matches
      l.dispatchEvent(Object.assign(new Event('change'), { matches, media: query }))
    },
  }
}
