// Tokenizer for VitePress's local search (MiniSearch) that works on Japanese, whose text has no
// spaces: CJK runs become overlapping character bigrams, Latin runs lowercase words (plus their
// camelCase parts). The same function indexes at build time (node) and splits the query in the
// browser, so both sides always agree. `npx tsx scripts/search-eval.ts` on our notes (2026-11-29;
// top-3 hits of e2e/data/search-relevance.ts, 50 queries / of 12 word fragments like 「バランサ」, MRR, index gzip):
//   MiniSearch default            38/50 0.69 ·  8/12 0.63 ·  83 KiB
//   Intl.Segmenter words          50/50 0.90 · 11/12 0.82 ·  59 KiB  (once per field)
//   bigrams (this module)         50/50 0.89 · 12/12 0.88 · 110 KiB  (every occurrence: 0.87 / 0.83)
//   segmenter words + bigrams     50/50 0.91 · 12/12 0.88 · 124 KiB
// Bigrams: no dictionary, so node's and each browser's ICU cannot disagree, and fragments match.

/**
 * Splits text into search terms. NFKC folds full-width Latin (Ｐｏｄ → Pod) and half-width
 * katakana (ｶﾞ → ガ); kanji/kana runs (with ー 々 〆) become bigrams, a one-character run stays a
 * unigram (MiniSearch's prefix search then finds the bigrams starting with it); Latin/digit runs
 * become lowercase words, with camelCase parts added (PodDisruptionBudget → pod, disruption, budget).
 * Duplicates are dropped, so a section's score depends on which terms it has, not how often.
 *
 * It must stay self-contained (no outer identifiers): VitePress ships it to the browser as
 * source text through `serializeFunctions` and rebuilds it with `new Function`.
 * @example tokenize('kustomizeのパッチ') // ['kustomize', 'パッ', 'ッチ']
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  const runs = text.normalize('NFKC').match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー〆]+|[\p{sc=Latin}\p{N}]+/gu) ?? []
  for (const run of runs) {
    if (/^[\p{sc=Latin}\p{N}]/u.test(run)) {
      tokens.push(run.toLowerCase())
      const parts = run.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?[\p{Ll}\p{N}]+/gu) ?? []
      if (parts.length > 1)
        tokens.push(...parts.map(p => p.toLowerCase()))
    }
    else if (run.length === 1) {
      tokens.push(run)
    }
    else {
      for (let i = 0; i < run.length - 1; i++)
        tokens.push(run.slice(i, i + 2))
    }
  }
  // Each term once per field: presence instead of counts ranked better on our notes (see above).
  return [
    ...new Set(tokens),
  ]
}
