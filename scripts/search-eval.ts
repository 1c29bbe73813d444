// Compares search tokenizers and rankings on our own notes: indexes docs/ the way VitePress's
// local search does (our _render, rendered HTML split at headings, same MiniSearch fields) and
// reports, per variant, for the queries of e2e/data/search-relevance.ts, the share whose page comes
// first (top-1) and among the first 3 pages (top-3), and the mean reciprocal rank, counting each page
// once at its first listed section, as the reader sees the list. Two orderings: VitePress's own box
// (sections by MiniSearch score with its boosts title 4, text 2, titles 1, fuzzy 0.2, prefix) and
// ours (searchRank.ts, what components/search/LocalSearchBox.vue shows), so these figures are the
// browser's (e2e/search-relevance.spec.ts prints the same three from the real search box).
// Usage: npx tsx scripts/search-eval.ts [--verbose]
import type { SearchOptions } from 'minisearch'
import type { MarkdownEnv } from 'vitepress'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import { createMarkdownRenderer, resolveConfig } from 'vitepress'
import searchPagesLoader from '../.vitepress/data/searchPages.data'
import { japaneseLocalSearch } from '../.vitepress/node/search/localSearch'
import { rankSearch } from '../.vitepress/shared/searchRank'
import { tokenize as bigramTokenize } from '../.vitepress/shared/searchTokenize'
import { pageRank, relevanceFigures, searchRelevance } from '../e2e/data/search-relevance'

type Tokenize = (text: string) => string[]

// Not part of the relevance set: fragments of longer words and queries caught mid-typing, which
// show how a tokenizer copes when the query is not a whole word of the index.
const partialQueries = [
  { query: 'バランサ', route: '/notes/service-load-balancing' },
  { query: 'ロードバ', route: '/notes/service-load-balancing' },
  { query: 'プリエン', route: '/notes/pod-priority' },
  { query: '試行', route: '/notes/job-retries' },
  { query: '失敗ポリシー', route: '/notes/job-retries' },
  { query: '片付け', route: '/notes/job-retries' },
  { query: '予算', route: '/notes/pod-disruption-budget' },
  { query: '送信元IP', route: '/notes/source-ip-preservation' },
  { query: 'プロトコル', route: '/notes/source-ip-preservation' },
  { query: 'spread', route: '/notes/topology-spread-constraints' },
  { query: 'disruption', route: '/notes/pod-disruption-budget' },
  { query: 'ゾーン 偏り', route: '/notes/topology-spread-constraints' },
]

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' })
function segmenterTokenize(text: string): string[] {
  return [
    ...segmenter.segment(text.normalize('NFKC')),
  ]
    .filter(s => s.isWordLike)
    .map(s => s.segment.toLowerCase())
}

// Splitting at spaces and punctuation first and tokenizing each chunk keeps repeated terms,
// which the shipped tokenizer drops (it returns each term once per field).
function perChunk(tok: Tokenize): Tokenize {
  return text => text.split(/[\s\p{P}]+/u).flatMap(tok)
}

const variants: { name: string, tokenize?: Tokenize, searchOptions?: SearchOptions, ours?: boolean }[] = [
  { name: 'MiniSearch default (spaces/punctuation)' },
  { name: 'Intl.Segmenter words', tokenize: segmenterTokenize },
  {
    name: 'Intl.Segmenter words, once per field',
    tokenize: text => [
      ...new Set(segmenterTokenize(text)),
    ],
  },
  {
    name: 'bigrams, every occurrence',
    tokenize: perChunk(bigramTokenize),
  },
  { name: 'bigrams, once per field, VitePress\'s box (before)', tokenize: bigramTokenize },
  { name: 'bigrams, once per field, our ranking (shipped)', tokenize: bigramTokenize, ours: true },
  {
    name: 'bigrams, once per field, combineWith AND',
    tokenize: bigramTokenize,
    searchOptions: { combineWith: 'AND' },
  },
  {
    name: 'segmenter words + bigrams, once per field',
    tokenize: segmenterAndBigrams,
  },
  {
    name: 'segmenter words + bigrams, once per field, our ranking',
    tokenize: segmenterAndBigrams,
    ours: true,
  },
]

function segmenterAndBigrams(text: string): string[] {
  return [
    ...new Set([
      ...segmenterTokenize(text),
      ...bigramTokenize(text),
    ]),
  ]
}

const searchPages = searchPagesLoader.load()

// VitePress's default splitter (src/node/plugins/localSearchPlugin.ts), copied verbatim (it is
// not exported) so the sections match the real index; the input is our own rendered HTML.
// eslint-disable-next-line regexp/no-super-linear-backtracking
const headingRegex = /<h(\d*).*?>(.*?<a.*? href="#.*?".*?>.*?<\/a>)<\/h\1>/gi
// eslint-disable-next-line regexp/no-super-linear-backtracking
const headingContentRegex = /(.*?)<a.*? href="#(.*?)".*?>.*?<\/a>/i
function clearHtmlTags(str: string): string {
  return str.replace(/<[^>]*>/g, '')
}
function* splitPageIntoSections(html: string) {
  const result = html.split(headingRegex)
  result.shift()
  let parentTitles: string[] = []
  for (let i = 0; i < result.length; i += 3) {
    const level = Number.parseInt(result[i]) - 1
    const headingResult = headingContentRegex.exec(result[i + 1])
    const title = clearHtmlTags(headingResult?.[1] ?? '').trim()
    const anchor = headingResult?.[2] ?? ''
    const content = result[i + 2]
    if (!title || !content)
      continue
    let titles = parentTitles.slice(0, level)
    titles[level] = title
    titles = titles.filter(Boolean)
    yield {
      anchor,
      titles,
      text: clearHtmlTags(content),
    }
    if (level === 0)
      parentTitles = [title]
    else
      parentTitles[level] = title
  }
}

const verbose = process.argv.includes('--verbose')
// --plain: index the rendered page only, without the frontmatter description that _render adds.
const plain = process.argv.includes('--plain')
const config = await resolveConfig(process.cwd(), 'build', 'production')
// VitePress types its renderer with a bundled copy of markdown-it's types, `_render` with
// @types/markdown-it; they are the same object at run time.
const md = await createMarkdownRenderer(config.srcDir, config.markdown, config.site.base, config.logger) as unknown as Parameters<typeof japaneseLocalSearch._render>[2]
const docs: { id: string, title: string, titles: string[], text: string }[] = []
for (const page of config.pages) {
  const file = join(config.srcDir, page)
  const env: MarkdownEnv = { path: file, relativePath: page, cleanUrls: true }
  const src = readFileSync(file, 'utf8')
  const html = plain
    ? md.render(src, env)
    : await japaneseLocalSearch._render(src, env, md)
  const route = `/${page.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')}`
  for (const s of splitPageIntoSections(html)) {
    docs.push({
      id: s.anchor
        ? `${route}#${s.anchor}`
        : route,
      text: s.text,
      title: s.titles.at(-1) ?? '',
      titles: s.titles.slice(0, -1),
    })
  }
}

for (const variant of variants) {
  const index = new MiniSearch({
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
    searchOptions: {
      fuzzy: 0.2,
      prefix: true,
      boost: { title: 4, text: 2, titles: 1 },
      ...variant.searchOptions,
    },
    ...(variant.tokenize
      ? { tokenize: variant.tokenize }
      : {}),
  })
  index.addAll(docs)
  const json = JSON.stringify(index)
  console.log(`${variant.name}: index ${(json.length / 1024).toFixed(0)} KiB JSON, ${(gzipSync(json).length / 1024).toFixed(0)} KiB gzip`)
  for (const [label, cases] of [
    ['relevance set', searchRelevance],
    ['partial words', partialQueries],
  ] as const) {
    if (variant.ours && process.env.EVAL_DEBUG) {
      for (const p of rankSearch(index, process.env.EVAL_DEBUG, r => searchPages[r]).slice(0, 4))
        console.log(p.route, p.score.toFixed(1), p.sections.slice(0, 3).map(s => `${s.id} ${s.score.toFixed(1)} [${s.titles.join('>')}]`).join(' | '))
    }
    const ranks: number[] = []
    const misses: string[] = []
    for (const { query, route } of cases) {
      const routes = variant.ours
        ? rankSearch(index, query, r => searchPages[r]).map(p => p.route)
        : index.search(query).map(r => String(r.id).split('#')[0])
      const rank = pageRank(routes, route)
      ranks.push(rank)
      if (rank !== 1) {
        misses.push(`${query} → ${route} (rank ${rank || '–'}; top: ${[
          ...new Set(routes),
        ].slice(0, 3).join(', ') || 'none'})`)
      }
    }
    const f = relevanceFigures(ranks)
    console.log(`  ${label}: top-1 ${(f.top1 * 100).toFixed(1)}%, top-3 ${(f.top3 * 100).toFixed(1)}%, MRR ${f.mrr.toFixed(3)}`)
    if (verbose)
      misses.forEach(m => console.log(`    miss: ${m}`))
  }
}
