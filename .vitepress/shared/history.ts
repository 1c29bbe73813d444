// The page history readers see (「変更履歴」 under each page): written for them, in Japanese, never the
// commit subject (which is for the authors, in English). A change says what it did through a
// `Reader-Note:` trailer in its commit message (node/history/gitHistory.ts reads it):
//   git commit -m "PDB: example uses 3 replicas" --trailer "Reader-Note: PDBの例を3レプリカで書き直した"
// A note may name the page it is for ("Reader-Note: notes/pod-disruption-budget.md: …") when one
// commit touches several. Changes without a note (fixes, markup) become one neutral 「内容を更新」 line
// per day, and none on a day that already has a note. Pure.
import { formatJapaneseDate } from './dates'

/** What readers see for a change that carries no note. */
export const NEUTRAL_NOTE = '内容を更新'

/** One line of a page's history as readers see it. */
export interface HistoryEntry {
  /** ISO 8601 date of the change (the newest of the day for 「内容を更新」). */
  date: string
  /** Japanese, for readers. */
  note: string
}

/** A page's changes from git, as far as readers are concerned: newest first, notes already per page. */
export interface NotedChange {
  date: string
  /** The reader notes of the change for this page (empty: none). */
  notes: readonly string[]
}

export function readerHistory(changes: readonly NotedChange[]): HistoryEntry[] {
  const day = (date: string) => formatJapaneseDate(date)
  const notedDays = new Set(changes.filter(c => c.notes.length > 0).map(c => day(c.date)))
  const neutralDays = new Set<string>()
  const entries: HistoryEntry[] = []
  for (const change of changes) {
    if (change.notes.length > 0) {
      entries.push(...change.notes.map(note => ({ date: change.date, note })))
      continue
    }
    const d = day(change.date)
    if (notedDays.has(d) || neutralDays.has(d))
      continue
    neutralDays.add(d)
    entries.push({ date: change.date, note: NEUTRAL_NOTE })
  }
  return entries
}
