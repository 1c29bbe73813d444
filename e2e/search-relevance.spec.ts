// Search relevance on the real notes: each query of the relevance set (e2e/data/search-relevance.ts),
// typed into the real search box of the built site, must find its page in the top 3 (≥ 95 %) and
// first (≥ 85 %). A content check: the notes decide the result. The search box's mechanics are
// behaviour tests on the fixture garden (e2e/behaviour/search.spec.ts).
import type { Page } from '@playwright/test'
import process from 'node:process'
import { parseSiteUrl } from '../.vitepress/shared/site'
import { knownMisses, pageRank, relevanceFigures, searchRelevance } from './data/search-relevance'
import { expect, test, waitForChrome } from './fixtures'

const { base } = parseSiteUrl(process.env.SITE_URL)

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'サイト内を検索' })
}

/** Page routes (without base and hash) of the listed results, in order. */
async function shownRoutes(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.garden-search a.result').evaluateAll(els => els.map(a => a.getAttribute('href') ?? ''))
  return hrefs.map(href => `/${href.split('#')[0].slice(base.length)}`)
}

test.describe('site search', () => {
  test('ranks the expected page first for the relevance set, as the reader sees the list', async ({ page }) => {
    // One page, query after query, each waiting until the list belongs to it (data-query); the
    // compact list (no excerpts) has the same order and does not render every result's page.
    test.setTimeout(120_000)
    await page.addInitScript(() => localStorage.setItem('vitepress:local-search-detailed-list', 'false'))
    await page.goto('')
    await waitForChrome(page)
    await page.getByRole('button', { name: '検索 K', exact: true }).click()
    const ranks: number[] = []
    const lines: string[] = []
    const regressions: string[] = []
    for (const { query, route } of searchRelevance) {
      await searchBox(page).fill(query)
      await expect(page.locator('.garden-search .results')).toHaveAttribute('data-query', query)
      const shown = await shownRoutes(page)
      const rank = pageRank(shown, route)
      ranks.push(rank)
      if (rank !== 1) {
        lines.push(`  ${query} → ${route}: rank ${rank || '–'} (first: ${[
          ...new Set(shown),
        ].slice(0, 3).join(', ') || 'nothing'})`)
      }
      if ((rank === 0 || rank > 3) && !(query in knownMisses))
        regressions.push(query)
    }
    const { top1, top3, mrr } = relevanceFigures(ranks)
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`
    console.log(`search relevance (${ranks.length} queries, real search box): top-1 ${pct(top1)}, top-3 ${pct(top3)}, MRR ${mrr.toFixed(3)}`)
    for (const line of lines)
      console.log(line)
    expect(regressions, 'queries outside the first 3 (not in knownMisses)').toEqual([])
    expect(top1, 'expected page first').toBeGreaterThanOrEqual(0.85)
    expect(top3, 'expected page in the first 3').toBeGreaterThanOrEqual(0.95)
  })
})
