// The server side of an island (components/client/islands.ts hydrates it in the browser): wraps an
// interactive component in `<div data-island="Name" data-props="{…}">` so that the built page can
// hydrate just that component, with the same props, as its own small Vue app. A component that
// declares a `uid` prop gets one from here (Vue's useId in the page's app), carried in data-props: an
// id made by useId inside the island's own app would differ from the server-rendered one.
import type { Component } from 'vue'
import { defineComponent, h, useId } from 'vue'

export const ISLAND_CLASS = 'garden-island'

function declaresUid(component: Component): boolean {
  const props = (component as { props?: unknown }).props
  return Array.isArray(props)
    ? props.includes('uid')
    : typeof props === 'object' && props !== null && 'uid' in props
}

export function defineIsland(name: string, component: Component): Component {
  return defineComponent({
    name: `${name}Island`,
    inheritAttrs: false,
    setup(_, { attrs }) {
      const uid = declaresUid(component)
        ? useId()
        : undefined
      return () => {
        const props: Record<string, unknown> = uid === undefined
          ? { ...attrs }
          : { ...attrs, uid }
        return h('div', {
          'class': ISLAND_CLASS,
          'data-island': name,
          'data-props': JSON.stringify(props),
        }, [
          h(component, props),
        ])
      }
    },
  })
}
