// The share bar in the browser: links carry the page URL and title, copy-link fills the clipboard,
// the aside shares the section being read, it fits a phone, and only chapters and notes have it.
// The meta, cards, feed, sitemap and robots.txt of the built files are checked in
// .vitepress/node/og/social.dist.test.ts. On the behaviour garden's chapter 2 and its share note
// (test/fixtures/behaviour-garden/chapters/2-reading.md, notes/share-note.md).
import { EXAMPLE_SITE_KEYWORD, parseSiteUrl } from '../../.vitepress/shared/site'
import { expect, test } from '../fixtures'
import { sidewaysScroll } from '../pages/sideways'

// Fixture gardens are built for the example host (test/support/buildGarden.ts).
const site = parseSiteUrl(EXAMPLE_SITE_KEYWORD)

test.describe('share bar', () => {
  // A chapter without interactive diagrams, so that only the share bar is under test.
  const url = `${site.href}chapters/2-reading`

  test('links carry the encoded page URL and title', async ({ page }) => {
    await page.goto('chapters/2-reading')
    const bar = page.getByRole('region', { name: 'このページを共有' })
    const x = new URL((await bar.getByRole('link', { name: /Xでポスト/ }).getAttribute('href'))!)
    expect(x.origin + x.pathname).toBe('https://x.com/intent/post')
    expect(x.searchParams.get('url')).toBe(url)
    expect(x.searchParams.get('text')).toContain('第2章 読みやすさの章')
    const hatena = new URL((await bar.getByRole('link', { name: /はてなブックマーク/ }).getAttribute('href'))!)
    expect(hatena.searchParams.get('url')).toBe(url)
    const bluesky = new URL((await bar.getByRole('link', { name: /Bluesky/ }).getAttribute('href'))!)
    expect(bluesky.searchParams.get('text')).toMatch(new RegExp(`${url.replace(/[.?]/g, '\\$&')}$`))
    expect(await bar.getByRole('link').evaluateAll(links => links.map(a => a.getAttribute('rel')))).toEqual(['noopener noreferrer', 'noopener noreferrer', 'noopener noreferrer'])
  })

  test('copy-link puts the URL on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('notes/share-note')
    const bar = page.getByRole('region', { name: 'このページを共有' })
    const button = bar.getByRole('button', { name: 'リンクをコピー' })
    await button.focus()
    await page.keyboard.press('Enter')
    await expect(bar.getByRole('status')).toHaveText('このページのリンクをコピーした')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.href}notes/share-note`)
  })

  test('shares the section the reader is in, with its anchor', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('chapters/2-reading#section-link')
    const aside = page.getByRole('region', { name: '読んでいる節を共有' })
    await expect(aside).toContainText('節のリンクを渡す')
    const x = new URL((await aside.getByRole('link', { name: /Xでポスト/ }).getAttribute('href'))!)
    expect(x.searchParams.get('url')).toBe(`${url}#section-link`)
    await aside.getByRole('button', { name: 'リンクをコピー' }).click()
    await expect(aside.getByRole('status')).toHaveText('「節のリンクを渡す」へのリンクをコピーした')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#section-link`)

    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(aside).toContainText('このページ')
    expect(new URL((await aside.getByRole('link', { name: /Xでポスト/ }).getAttribute('href'))!).searchParams.get('url')).toBe(url)
  })

  test('fits a 360-px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('notes/share-note')
    const bar = page.getByRole('region', { name: 'このページを共有' })
    await bar.scrollIntoViewIfNeeded()
    await expect(bar.getByRole('button', { name: 'リンクをコピー' })).toBeVisible()
    expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
    await page.screenshot({
      path: test.info().outputPath('share-bar-360.png'),
    })
  })

  test('is absent from pages that are neither chapters nor notes', async ({ page }) => {
    await page.goto('tags')
    await expect(page.getByRole('button', { name: 'リンクをコピー' })).toHaveCount(0)
  })
})
