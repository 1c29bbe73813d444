// The sidebar as one HTML string (components/layout/GardenSidebar.vue binds it as raw HTML, so Vue
// hydrates one element instead of a component per link: VitePress's own sidebar cost ~230 ms of
// hydration at 4× CPU on chapter 2). Each chapter is a native <details>: the one holding the current
// page is open, the others closed; they open and close without JavaScript, and the <summary> holds
// only text (no link or button inside another control, which axe rejects as nested-interactive).
// Item texts arrive HTML-escaped from .vitepress/node/nav.ts (VitePress's own sidebar inserts them raw too).
import { escapeHtml } from '@vue/shared'

export interface SidebarEntry {
  text?: string
  link?: string
  items?: SidebarEntry[]
}

/** 'notes/gitops.md' → '/notes/gitops'; 'index.md' → '/'; 'a/index.md' → '/a/'. */
export function routeOf(relativePath: string): string {
  return `/${relativePath.replace(/\.md$/, '').replace(/(?:^|\/)index$/, m => m.startsWith('/')
    ? '/'
    : '')}`
}

function same(link: string | undefined, route: string): boolean {
  return link !== undefined && link.replace(/\.html$/, '').replace(/\/index$/, '/') === route
}

function contains(entry: SidebarEntry, route: string): boolean {
  return same(entry.link, route) || (entry.items ?? []).some(i => contains(i, route))
}

function list(items: SidebarEntry[], route: string, href: (link: string) => string): string {
  const li = items.map((item) => {
    const text = item.text ?? ''
    const self = item.link === undefined
      ? `<span class="gs-text">${text}</span>`
      : `<a class="gs-link" href="${escapeHtml(href(item.link))}"${same(item.link, route)
        ? ' aria-current="page"'
        : ''}>${text}</a>`
    return `<li>${self}${item.items?.length
      ? list(item.items, route, href)
      : ''}</li>`
  })
  return `<ul class="gs-list">${li.join('')}</ul>`
}

/**
 * Groups open: the one holding the current route; when none does (a page outside the sidebar), all.
 * `href` maps a configured link to the URL written (VitePress's withBase).
 */
export function sidebarHtml(groups: SidebarEntry[], route: string, href: (link: string) => string = l => l): string {
  const anyHolds = groups.some(g => contains(g, route))
  return groups.map((group) => {
    const open = !anyHolds || contains(group, route)
    return `<details class="gs-group"${open ? ' open' : ''}><summary class="gs-title">${group.text ?? ''}</summary>${list(group.items ?? [], route, href)}</details>`
  }).join('')
}
