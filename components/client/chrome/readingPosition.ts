// Which section the reader is in, as the aside's outline and share box show it. Pure.
// VitePress's outline rule (its useActiveAnchor): no section at the very top of the page, the last
// one at the very bottom (a short last section never reaches the line), otherwise the last heading
// that has scrolled up to the reading line — and, from the share bar, a heading the reader jumped to
// (#hash) wins while it sits in the upper half of the screen.
import type { HeadingPosition, ShareSection } from '../../layout/shareLinks'
import { activeSection } from '../../layout/shareLinks'

/** VitePress's default `scrollOffset` (134) and its 4 px of slack: the reading line below the top. */
export const READING_LINE = 138

export interface ReadingState {
  headings: readonly HeadingPosition[]
  scrollY: number
  /** The page is scrolled to its end. */
  atBottom: boolean
  hash?: string
  viewportHeight: number
}

export function readingSection(state: ReadingState): ShareSection | undefined {
  const { headings } = state
  if (headings.length === 0 || state.scrollY < 1)
    return undefined
  if (state.atBottom) {
    const last = headings[headings.length - 1]!
    return { id: last.id, text: last.text }
  }
  return activeSection(headings, {
    offset: READING_LINE,
    viewportHeight: state.viewportHeight,
    ...(state.hash
      ? { hash: state.hash }
      : {}),
  })
}
