// Reading time that is fair to Japanese: CJK text is read by characters (~500 per minute),
// Latin text by words (~200 per minute), and mixed text adds both. Computed at build time from
// the page's prose (code excluded, see node/content/plainText.ts) and shown as 「約3分で読める」.

export interface ReadingSpeed {
  /** @default 500 */
  cjkCharsPerMinute?: number
  /** @default 200 */
  wordsPerMinute?: number
}

// Han, Hiragana, Katakana (incl. prolonged sound mark), Hangul and full-width forms.
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\uFF10-\uFF5A]/gu
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.\-/]*/gu

export interface TextCounts {
  cjkChars: number
  words: number
}

export function countText(text: string): TextCounts {
  const cjkChars = text.match(CJK_RE)?.length ?? 0
  const words = text.replace(CJK_RE, ' ').match(WORD_RE)?.length ?? 0
  return { cjkChars, words }
}

/** Minutes to read `text`, rounded up, at least 1 for any non-empty text and 0 for none. */
export function readingMinutes(text: string, speed: ReadingSpeed = {}): number {
  const { cjkChars, words } = countText(text)
  const minutes = cjkChars / (speed.cjkCharsPerMinute ?? 500) + words / (speed.wordsPerMinute ?? 200)
  return minutes === 0
    ? 0
    : Math.max(1, Math.ceil(minutes))
}

/** 「約3分で読める」; 「1分以内で読める」 for the shortest pages. */
export function readingLabel(minutes: number): string {
  return minutes <= 1
    ? '1分以内で読める'
    : `約${minutes}分で読める`
}
