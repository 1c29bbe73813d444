// Typed builders for the nav bar and the sidebar, from the page index. The sidebar lists each
// chapter's notes in the book's reading order (node/content/readingOrder.ts); prev/next follow it.
// VitePress inserts nav and sidebar text as raw HTML, so every title is escaped here: a title
// such as 「EXTERNAL-IP が <pending> のまま」 shows as written instead of losing its "tag". The same
// HTML carries BudouX phrase breaks (zero-width spaces), so a narrow sidebar or pager never wraps 「一時停／止」.
import type { DefaultTheme } from 'vitepress'
import type { PageEntry } from '../shared/pages'
import type { ReadingOrder } from './content/readingOrder'
import { escapeHtml } from '@vue/shared'
import { phraseBreakHtml } from '../shared/phrases'
import { chapterNumber } from './content/readingOrder'

/** A title as nav and sidebar HTML: escaped, with a zero-width space between its phrases. */
export function titleHtml(title: string): string {
  return phraseBreakHtml(title, escapeHtml)
}

export function nav(pages: ReadonlyMap<string, PageEntry>): DefaultTheme.NavItem[] {
  const chapters = [
    ...pages.values(),
  ].filter(p => p.kind === 'chapter').sort((a, b) => a.id.localeCompare(b.id))
  return [
    {
      text: '章',
      items: chapters.map(c => ({
        text: titleHtml(c.title),
        link: c.route,
      })),
    },
    { text: '全体の感想', link: '/impressions' },
    { text: 'タグ', link: '/tags' },
  ]
}

/**
 * Above this many notes the sidebar lists chapters only. VitePress renders the whole sidebar into
 * every page, so listing every note makes the site's HTML grow with the square of the note count
 * (measured: 446 KB per page at 1,000 notes). Notes stay reachable from chapters, tags and the map.
 */
export const SIDEBAR_NOTE_LIMIT = 80

export function sidebar(pages: ReadonlyMap<string, PageEntry>, order: ReadingOrder = new Map()): DefaultTheme.SidebarItem[] {
  const all = [
    ...pages.values(),
  ]
  const listNotes = all.filter(p => p.kind === 'note').length <= SIDEBAR_NOTE_LIMIT
  const chapters = all.filter(p => p.kind === 'chapter').sort((a, b) => (chapterNumber(a) ?? 0) - (chapterNumber(b) ?? 0) || a.id.localeCompare(b.id))
  const groups: DefaultTheme.SidebarItem[] = chapters.map((chapter, i) => {
    const number = chapterNumber(chapter) ?? i + 1
    const notes = (order.get(number) ?? all.filter(p => p.kind === 'note' && p.chapter === number).sort((a, b) => a.title.localeCompare(b.title, 'ja')).map(p => p.id))
      .map(id => pages.get(id)!)
    // Not `collapsed`: components/layout/GardenSidebar.vue renders every group as a <details>, open
    // on the current chapter (VitePress's own collapsible groups nest a caret button in a role=button).
    return {
      text: titleHtml(chapter.title),
      items: [
        {
          text: titleHtml(`第${number}章のまとめ`),
          link: chapter.route,
        },
        ...(listNotes
          ? notes
          : []).map(n => ({
          text: titleHtml(n.title),
          link: n.route,
        })),
      ],
    }
  })
  const loose = all.filter(p => p.kind === 'note' && p.chapter === undefined)
  if (listNotes && loose.length > 0) {
    groups.push({
      text: 'その他のノート',
      items: loose.map(n => ({
        text: titleHtml(n.title),
        link: n.route,
      })),
    })
  }
  groups.push({
    text: 'ガーデン',
    items: [
      { text: '全体の感想', link: '/impressions' },
      { text: 'タグ一覧', link: '/tags' },
    ],
  })
  return groups
}
