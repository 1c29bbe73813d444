// Records the listeners a component or a page behaviour adds to `target` (window, document), to
// prove that each is removed again with the same function, or to remove them after a test: the
// behaviours of components/client/chrome/ bind to the document for the page's lifetime. The spies
// call through: events still arrive.
import { vi } from 'vitest'

export interface ListenerLedger {
  /** Event types with a listener added and not removed since trackListeners(). */
  active: () => string[]
  /** Removes every listener added since trackListeners(), then restores the spied methods. */
  dispose: () => void
  restore: () => void
}

export function trackListeners(target: EventTarget): ListenerLedger {
  const add = vi.spyOn(target, 'addEventListener')
  const remove = vi.spyOn(target, 'removeEventListener')
  const restore = () => {
    add.mockRestore()
    remove.mockRestore()
  }
  return {
    active: () => add.mock.calls
      .filter(([type, fn]) => !remove.mock.calls.some(([t, f]) => t === type && f === fn))
      .map(([type]) => type)
      .sort(),
    dispose: () => {
      // Restoring clears the recorded calls: keep them first.
      const added = [...add.mock.calls]
      restore()
      for (const [type, fn, options] of added)
        target.removeEventListener(type, fn, options)
    },
    restore,
  }
}

/**
 * For behaviours bound to the shared `document`/`window` (components/client/chrome/): records the
 * listeners added to `targets` from now on; the returned function removes them, so that the next
 * test starts with none.
 */
export function collectListeners(...targets: EventTarget[]): () => void {
  const spies = targets.map(t => vi.spyOn(t, 'addEventListener'))
  return () => {
    spies.forEach((spy, i) => {
      for (const [type, fn, options] of spy.mock.calls) {
        if (fn)
          targets[i]!.removeEventListener(type, fn, options)
      }
      spy.mockRestore()
    })
  }
}
