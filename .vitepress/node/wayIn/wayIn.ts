// The home page's way in, from the content index and git history: the chapters with their notes in
// reading order (the same order as the sidebar and the prev/next links, node/content/readingOrder.ts), and
// the notes most recently tended. Pure: the loader (wayIn.data.ts) reads git; dates are formatted
// here, at build time, so the browser hydrates the same text without Intl (shared/dates.ts).
import type { PageChange } from '../../shared/garden'
import type { Maturity } from '../../shared/maturity'
import type { PageEntry } from '../../shared/pages'
import type { ReadingOrder } from '../content/readingOrder'
import { formatJapaneseDate } from '../../shared/dates'
import { chapterNumber } from '../content/readingOrder'

export interface NoteLink {
  route: string
  title: string
  maturity: Maturity
}

export interface ChapterWay {
  number: number
  route: string
  title: string
  description: string
  /** The chapter's notes in reading order. */
  notes: NoteLink[]
}

export interface TendedNote extends NoteLink {
  /** ISO date: the last git change, or the frontmatter `updated`/`date` without one. */
  date: string
  /** `2026年11月30日`, in JST for git dates. */
  dateText: string
  source: 'git' | 'frontmatter'
}

export interface WayIn {
  chapters: ChapterWay[]
  recent: TendedNote[]
}

/** How many notes 「最近育てたノート」 lists. */
export const RECENT_LIMIT = 6

function noteLink(p: PageEntry): NoteLink {
  return { route: p.route, title: p.title, maturity: p.maturity }
}

export function chapterWays(pages: ReadonlyMap<string, PageEntry>, order: ReadingOrder): ChapterWay[] {
  return [
    ...pages.values(),
  ]
    .filter(p => p.kind === 'chapter' && chapterNumber(p) !== undefined)
    .map(p => ({
      page: p,
      number: chapterNumber(p)!,
    }))
    .sort((a, b) => a.number - b.number)
    .map(({ page, number }) => ({
      number,
      route: page.route,
      title: page.title,
      description: page.description,
      notes: (order.get(number) ?? []).map(id => noteLink(pages.get(id)!)),
    }))
}

/**
 * Leaves out the changes of a shallow clone's boundary commits. git shows a grafted commit as adding
 * every file it has, so in a clone of depth 1 every page would seem changed by the last commit.
 * `boundary` holds full hashes (.git/shallow); changes carry abbreviated ones.
 */
export function withoutShallowBoundary(history: ReadonlyMap<string, PageChange[]>, boundary: readonly string[]): Map<string, PageChange[]> {
  const isBoundary = (hash: string) => boundary.some(full => full.startsWith(hash))
  const result = new Map<string, PageChange[]>()
  for (const [file, changes] of history) {
    const kept = changes.filter(c => !isBoundary(c.hash))
    if (kept.length > 0)
      result.set(file, kept)
  }
  return result
}

/**
 * The notes most recently tended, newest first: each note's last git change (history keyed by
 * 'notes/x.md', newest first), or its frontmatter `updated` (else `date`) when git has none for it
 * (shallow clone, no git, an uncommitted note). Ties go by Japanese title order.
 */
export function recentNotes(pages: ReadonlyMap<string, PageEntry>, history: ReadonlyMap<string, readonly PageChange[]>, updatedOf: (id: string) => string | undefined, limit = RECENT_LIMIT): TendedNote[] {
  return [
    ...pages.values(),
  ]
    .filter(p => p.kind === 'note')
    .map((p): TendedNote & { ms: number } => {
      const last = history.get(`${p.id}.md`)?.[0]
      if (last) {
        return {
          ...noteLink(p),
          date: last.date,
          dateText: formatJapaneseDate(last.date),
          source: 'git',
          ms: Date.parse(last.date),
        }
      }
      // Calendar days in frontmatter: read as UTC midnight, shown as written.
      const date = updatedOf(p.id) ?? p.date
      return {
        ...noteLink(p),
        date,
        dateText: formatJapaneseDate(date, { timeZone: 'UTC' }),
        source: 'frontmatter',
        ms: Date.parse(date),
      }
    })
    .sort((a, b) => b.ms - a.ms || a.title.localeCompare(b.title, 'ja'))
    .slice(0, limit)
    .map(({ ms: _ms, ...note }) => note)
}
