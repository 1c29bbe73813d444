// What the share bar shares and where: the page's canonical URL, or the section's when the reader
// is at a heading (…/notes/probes#startup), and the intent URLs of X, Hatena Bookmark and Bluesky.
// No third-party script: every service is a plain link. Pure: no DOM, no Vue.

export interface ShareSection {
  id: string
  text: string
}

export interface ShareTarget {
  url: string
  /** Text that goes with the link: 'startupProbe｜Probe（…）' or the page title. */
  title: string
  section?: ShareSection
}

export type ShareService = 'x' | 'hatena' | 'bluesky'

export interface ShareLink {
  service: ShareService
  label: string
  href: string
}

export const SHARE_SITE_NAME = '知識地図ノート'

export function shareTarget(pageUrl: string, pageTitle: string, section?: ShareSection): ShareTarget {
  const base = pageUrl.split('#')[0]!
  if (!section)
    return { url: base, title: pageTitle }
  return { url: `${base}#${encodeURIComponent(section.id)}`, title: `${section.text}｜${pageTitle}`, section }
}

/** The post text: '<title>｜知識地図ノート'. */
export function shareText(target: ShareTarget): string {
  return `${target.title}｜${SHARE_SITE_NAME}`
}

export function shareLinks(target: ShareTarget): ShareLink[] {
  const url = encodeURIComponent(target.url)
  const text = encodeURIComponent(shareText(target))
  return [
    { service: 'x', label: 'Xでポスト', href: `https://x.com/intent/post?text=${text}&url=${url}` },
    { service: 'hatena', label: 'はてなブックマークに追加', href: `https://b.hatena.ne.jp/entry/panel/?url=${url}` },
    // Bluesky's compose intent has only `text`; the URL goes at its end and becomes a link card.
    { service: 'bluesky', label: 'Blueskyに投稿', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${shareText(target)} ${target.url}`)}` },
  ]
}

export interface HeadingPosition {
  id: string
  text: string
  /** Distance from the viewport's top in px (getBoundingClientRect().top). */
  top: number
}

export interface ActiveSectionOptions {
  /** The reading line: px below the viewport's top (under the sticky nav). */
  offset: number
  /** Heading id from location.hash, if any. */
  hash?: string
  /** @default Infinity */
  viewportHeight?: number
}

/**
 * The section the reader is in: the last heading that has scrolled up to the reading line. A heading
 * the reader jumped to (location.hash) wins while it sits in the upper half of the viewport: near
 * the end of a page it cannot scroll up to the line. None above the line → the page itself.
 */
export function activeSection(headings: readonly HeadingPosition[], options: ActiveSectionOptions): ShareSection | undefined {
  let index = -1
  headings.forEach((h, i) => {
    if (h.top <= options.offset)
      index = i
  })
  const jumped = options.hash
    ? headings.findIndex(h => h.id === options.hash)
    : -1
  if (jumped > index && headings[jumped]!.top >= 0 && headings[jumped]!.top < (options.viewportHeight ?? Infinity) / 2)
    index = jumped
  const active = headings[index]
  return active
    ? { id: active.id, text: active.text }
    : undefined
}

/** Heading text without VitePress's anchor glyph (a zero-width space) in the anchor link. */
export function headingText(raw: string): string {
  return raw.replace(/\u200B/g, '').replace(/\s+/g, ' ').trim()
}

/** Only chapter and note pages carry a share bar. */
export function isSharedPage(relativePath: string): boolean {
  return /^(?:chapters|notes)\/[^/]+\.md$/.test(relativePath)
}
