// Records the listeners a component adds to `target` (window, document), to prove that each is
// removed again with the same function. The spies call through: events still arrive.
import { vi } from 'vitest'

export interface ListenerLedger {
  /** Event types with a listener added and not removed since trackListeners(). */
  active: () => string[]
  restore: () => void
}

export function trackListeners(target: EventTarget): ListenerLedger {
  const add = vi.spyOn(target, 'addEventListener')
  const remove = vi.spyOn(target, 'removeEventListener')
  return {
    active: () => add.mock.calls
      .filter(([type, fn]) => !remove.mock.calls.some(([t, f]) => t === type && f === fn))
      .map(([type]) => type)
      .sort(),
    restore: () => {
      add.mockRestore()
      remove.mockRestore()
    },
  }
}
