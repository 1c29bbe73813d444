// Islands: parts of the page that Vue hydrates on their own, each in its own idle task (or when
// visible), instead of inside the one long task that hydrates the page. The server HTML is the same,
// so nothing moves and everything works without JavaScript as before; until its island hydrates, a
// control does not react (for idle islands: a few hundred ms after load at 4× CPU; the long page task
// they leave is what Lighthouse's Total Blocking Time and a reader's first tap wait for).
//
// `<html data-islands="hydrated">` is set once every island of the page has hydrated (e2e waits for it).
import type { Component, HydrationStrategy } from 'vue'
import { defineAsyncComponent, hydrateOnIdle } from 'vue'

let pending = 0
let scheduled = false

function settle() {
  if (pending === 0 && !scheduled) {
    scheduled = true
    // After the island's own post-flush work (mounted hooks).
    queueMicrotask(() => {
      scheduled = false
      if (pending === 0)
        document.documentElement.dataset.islands = 'hydrated'
    })
  }
}

function tracked(strategy: HydrationStrategy): HydrationStrategy {
  return (hydrate, forEachElement) => {
    pending++
    document.documentElement.dataset.islands = 'pending'
    let done = false
    const teardown = strategy(() => {
      hydrate()
      if (!done) {
        done = true
        pending--
        settle()
      }
    }, forEachElement)
    return () => {
      if (!done) {
        done = true
        pending--
        settle()
      }
      teardown?.()
    }
  }
}

/** A component hydrated by `strategy` (default: when the browser is idle, at most 2 s after load). */
export function island(loader: () => Promise<Component | { default: Component }>, strategy: HydrationStrategy = hydrateOnIdle(2000)): Component {
  return defineAsyncComponent({
    loader: loader as () => Promise<Component>,
    hydrate: tracked(strategy),
  })
}
