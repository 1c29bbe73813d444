// Every island component, by name, for the server render and the dev server (the theme registers
// each through defineIsland). The built page loads them lazily instead (components/client/
// islandLoaders.ts, the same folders): a test checks that both lists agree.
import type { Component } from 'vue'

const modules = import.meta.glob<{ default: Component }>(['../diagrams/[A-Z]*.vue', '../simulators/[A-Z]*.vue', '!../diagrams/MermaidDiagram.vue'], { eager: true })

export const islandComponents: Record<string, Component> = Object.fromEntries(
  Object.entries(modules).map(([path, m]) => [
    path.replace(/^.*\/(\w+)\.vue$/, '$1'),
    m.default,
  ]),
)
