// Site search on the behaviour garden: our dialog (components/client/search/) over VitePress's local
// search index with our Japanese tokenizer. Checks that the index loads only when the dialog opens,
// that it opens by button and by Ctrl+K and '/', that results show title, section and a highlighted
// snippet, grouped per page, that a Latin typo still finds its word, what an empty result offers, and
// that IME input works. The words searched for are those of the garden's search notes
// (test/fixtures/behaviour-garden/notes/search-*.md). How well the real notes rank for a reader's
// queries is a content check: e2e/search-relevance.spec.ts.
import type { Page } from '@playwright/test'
import { EXAMPLE_SITE_KEYWORD, parseSiteUrl } from '../../.vitepress/shared/site'
import { expect, test, waitForChrome } from '../fixtures'

// Fixture gardens are built for the example host (test/support/buildGarden.ts).
const { base } = parseSiteUrl(EXAMPLE_SITE_KEYWORD)
const INDEX_CHUNK = /@localSearchIndex/
const LIGHTHOUSE = '/notes/search-lighthouse'
const HARBOR = '/notes/search-harbor'

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'サイト内を検索' })
}

function results(page: Page) {
  return page.locator('.garden-search a.result')
}

/** Enters `query` and waits until the list belongs to it (the box sets data-query after the debounce). */
async function search(page: Page, query: string) {
  await searchBox(page).fill(query)
  await expect(page.locator('.garden-search .results')).toHaveAttribute('data-query', query)
  await expect(results(page).first().or(page.locator('.gsd-empty:not([hidden])'))).toBeVisible()
}

/** Page routes (without base and hash) of the first `n` results, in order. */
async function topRoutes(page: Page, n: number): Promise<string[]> {
  const hrefs = await results(page).evaluateAll((els, count) => els.slice(0, count).map(a => a.getAttribute('href') ?? ''), n)
  return hrefs.map(href => `/${href.split('#')[0].slice(base.length)}`)
}

/** The first `n` pages listed (a page's further sections follow it and do not count). */
async function topPages(page: Page, n: number): Promise<string[]> {
  return [
    ...new Set(await topRoutes(page, 100)),
  ].slice(0, n)
}

/** Opens search with a hotkey once the page's script listens. */
async function openWith(page: Page, key: string) {
  await waitForChrome(page)
  await page.keyboard.press(key)
  await expect(searchBox(page)).toBeVisible()
}

/** Opens the garden's home page and its search with the nav's button. */
async function openSearch(page: Page) {
  await page.goto('')
  await waitForChrome(page)
  await page.getByRole('button', { name: '検索 K', exact: true }).click()
}

test.describe('site search', () => {
  test('loads the index only when the search opens', async ({ page }) => {
    const requested: string[] = []
    page.on('request', req => requested.push(req.url()))
    await page.goto('notes/search-harbor')
    await page.waitForLoadState('networkidle')
    await waitForChrome(page)
    expect(requested.filter(u => INDEX_CHUNK.test(u)), 'index chunk before opening').toEqual([])
    expect(requested.filter(u => /\/engine\./.test(u)), 'search engine chunk before opening').toEqual([])

    const indexLoaded = page.waitForResponse(res => INDEX_CHUNK.test(res.url()))
    await page.getByRole('button', { name: '検索 K', exact: true }).click()
    await expect(searchBox(page)).toBeFocused()
    const res = await indexLoaded
    expect(res.ok()).toBe(true)
  })

  test('opens by Ctrl+K and by /', async ({ page }) => {
    await page.goto('')
    await openWith(page, 'Control+k')
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(searchBox(page)).toBeHidden()
    await openWith(page, '/')
    await expect(searchBox(page)).toBeFocused()
  })

  test('shows title, section and a snippet with the query highlighted', async ({ page }) => {
    await openSearch(page)
    // 避難 is in one section of the lighthouse note (嵐の夜), not in its title or description.
    await search(page, '避難')
    const first = results(page).first()
    await expect(first.locator('.titles .title.main')).toHaveText('嵐の夜')
    await expect(first).toHaveAttribute('aria-label', '灯台守の記録 > 嵐の夜')
    await expect(first.locator('.excerpt mark').first()).toHaveText('避難')

    // Whole query words are marked, not their bigrams.
    await search(page, 'canvas パッチ')
    await expect(results(page).first().locator('.titles mark, .excerpt mark').first()).toHaveText(/^(?:canvas|パッチ)$/i)
    await expect(results(page).locator('.excerpt mark', { hasText: 'パッチ' }).first()).toBeAttached()
    expect(await results(page).locator('.excerpt mark').allTextContents()).not.toContain('パッ')
  })

  test('groups results per page: a page\'s other sections follow it, indented', async ({ page }) => {
    await openSearch(page)
    // 見張り: the harbor note's title, and three sections of the lighthouse note.
    await search(page, '見張り')
    const rows = await results(page).evaluateAll(els => els.map(a => ({
      route: (a.getAttribute('href') ?? '').split('#')[0],
      sub: a.classList.contains('sub'),
      left: a.getBoundingClientRect().left,
    })))
    expect(rows[0].sub).toBe(false)
    expect(rows.some(r => r.sub), 'some page lists further sections').toBe(true)
    for (const [i, row] of rows.entries()) {
      if (row.sub) {
        expect(row.route, `row ${i} belongs to the page above it`).toBe(rows[i - 1].route)
        expect(row.left).toBeGreaterThan(rows[0].left)
      }
    }
    // Each page appears in one block.
    const heads = rows.filter(r => !r.sub).map(r => r.route)
    expect(new Set(heads).size).toBe(heads.length)
    expect(heads).toEqual(expect.arrayContaining([`${base}${LIGHTHOUSE.slice(1)}`, `${base}${HARBOR.slice(1)}`]))
  })

  test('tolerates a typo in a Latin word and marks the word found', async ({ page }) => {
    await openSearch(page)
    await search(page, 'lantenSignal')
    expect(await topRoutes(page, 1)).toEqual([LIGHTHOUSE])
    await expect(results(page).locator('.excerpt mark', { hasText: /^lanternSignal$/ }).first()).toBeAttached()
  })

  test('no results: says so in Japanese and offers the closest titles and the tags', async ({ page }) => {
    await openSearch(page)
    // No page has the word; the harbor note's title shares its first letters (Harbor).
    await search(page, 'Harbormaster')
    await expect(results(page)).toHaveCount(0)
    const none = page.locator('.gsd-empty')
    await expect(none).toContainText('見つからなかった')
    await expect(none.locator('.gsd-suggest').first().locator('a').first()).toBeVisible()
    await expect(none.locator('.gsd-suggest').first().locator('a').first()).toHaveText('Harborの見張り')
    await expect(none.locator('.gsd-suggest').first().locator('a').first()).toHaveAttribute('href', `${base}${HARBOR.slice(1)}`)
    await expect(none.locator('.gsd-suggest a', { hasText: '可用性' })).toHaveAttribute('href', `${base}tags#availability`)
    await none.locator('.gsd-suggest a', { hasText: '可用性' }).click()
    await expect(page).toHaveURL(/\/tags#availability$/)
  })

  test('handles text entered through IME composition', async ({ page }) => {
    await openSearch(page)
    const box = searchBox(page)
    await expect(box).toBeFocused()
    const cdp = await page.context().newCDPSession(page)
    await page.evaluate(() => {
      const log: string[] = []
      ;(window as unknown as { imeLog: string[] }).imeLog = log
      for (const type of ['compositionstart', 'compositionupdate', 'compositionend'])
        document.addEventListener(type, e => log.push(`${type}:${(e as CompositionEvent).data}`), true)
    })
    // Compose 「ひなん」, convert it to 「避難」 and commit, as a Japanese IME does.
    for (const text of ['ひ', 'ひな', 'ひなん', '避難'])
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
    await cdp.send('Input.insertText', { text: '避難' })
    await expect(box).toHaveValue('避難')
    await expect(async () => {
      expect(await topPages(page, 3)).toContain(LIGHTHOUSE)
    }).toPass()
    const log = await page.evaluate(() => (window as unknown as { imeLog: string[] }).imeLog)
    expect(log[0]).toBe('compositionstart:')
    expect(log).toContain('compositionupdate:避難')
    expect(log.at(-1)).toBe('compositionend:避難')

    // The Enter that confirms a candidate arrives with isComposing: the box must neither navigate nor close.
    await cdp.send('Input.imeSetComposition', { text: 'えす', selectionStart: 2, selectionEnd: 2 })
    await box.dispatchEvent('keydown', {
      key: 'Enter',
      code: 'Enter',
      isComposing: true,
      bubbles: true,
    })
    await cdp.send('Input.insertText', { text: 'ｓｏｓ' })
    await expect(box).toHaveValue('避難ｓｏｓ')
    expect(new URL(page.url()).pathname).toBe(base)
    await expect(async () => {
      expect(await topPages(page, 3)).toContain(LIGHTHOUSE)
    }).toPass()

    // Text inserted without composition events (e.g. pasted or dictated) works as well.
    await box.fill('')
    await page.keyboard.insertText('ﾌｫｸﾞﾎｰﾝ')
    await expect(async () => {
      expect(await topPages(page, 3)).toContain(HARBOR)
    }).toPass()
  })
})
