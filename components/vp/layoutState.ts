// What the server-rendered chrome needs to know about a page, from VitePress's public page data only
// (the default theme computes the same in composables that also watch the window). Pure.
import type { DefaultTheme, PageData } from 'vitepress'

/** The default theme's rule: a sidebar unless the page opts out, is the home layout or has no items. */
export function hasSidebar(theme: DefaultTheme.Config, frontmatter: Record<string, unknown>, page: Pick<PageData, 'isNotFound'>): boolean {
  if (frontmatter.sidebar === false || frontmatter.layout === 'home' || page.isNotFound)
    return false
  const sidebar = theme.sidebar
  return Array.isArray(sidebar)
    ? sidebar.length > 0
    : !!sidebar && Object.keys(sidebar).length > 0
}

/** One outline entry, as VitePress's VPDocOutlineItem renders it. */
export interface OutlineItem {
  title: string
  link: string
  children: OutlineItem[]
}

/** The nested headings VitePress puts in page data (`markdown.headers`), any extra fields ignored. */
export interface PageHeader {
  title: string
  link: string
  level: number
  children?: PageHeader[]
}

/**
 * The page's outline from its build-time headings, within the theme's levels ([2, 3] here), so the
 * server HTML has it: VitePress reads the headings from the DOM after mount.
 */
export function outlineItems(headers: readonly PageHeader[] | undefined, levels: readonly [number, number] = [2, 3]): OutlineItem[] {
  const [high, low] = levels
  const out: OutlineItem[] = []
  for (const h of headers ?? []) {
    const children = outlineItems(h.children, levels)
    if (h.level >= high && h.level <= low)
      out.push({ title: h.title, link: h.link, children })
    else
      out.push(...children)
  }
  return out
}
