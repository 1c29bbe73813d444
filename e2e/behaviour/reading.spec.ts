// Reading experience on phones and in print: phrase-aware heading breaks, CJK emphasis, link
// previews, reading time, the errata callout, anchor highlight, zoom, print styles and the 404 page.
// On the behaviour garden's chapter 2 and its notes (test/fixtures/behaviour-garden/chapters/2-reading.md,
// notes/reading-*.md, notes/preview-*.md), whose text the assertions quote.
import type { Page } from '@playwright/test'
import { expect, test, waitForChrome } from '../fixtures'
import { sidewaysScroll } from '../pages/sideways'

test.describe('Japanese typography', () => {
  test('a long heading wraps between BudouX phrases, never inside one', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('chapters/2-reading')
    const heading = page.locator('h2#long-heading')
    await expect(heading).toBeVisible()
    const boxes = await heading.locator('.phrase').evaluateAll(spans => spans.map((s) => {
      const rects = s.getClientRects()
      return { count: rects.length, top: rects[0]!.top }
    }))
    expect(boxes.length).toBeGreaterThan(1)
    for (const box of boxes)
      expect(box.count, 'a phrase is split across lines').toBe(1)
    // The heading does wrap at this width, and it does so at a phrase boundary.
    expect(new Set(boxes.map(b => Math.round(b.top))).size).toBeGreaterThan(1)
    expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
  })

  test('phrase spans leave the heading text, id and outline intact', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.goto('chapters/2-reading')
    await expect(page.locator('h2#long-heading')).toContainText('句の途中で折り返さない長い見出しを狭い画面で確かめる')
    await expect(page.locator('.VPDocAsideOutline a[href="#long-heading"]')).toHaveText('句の途中で折り返さない長い見出しを狭い画面で確かめる')
  })

  test('emphasis next to Japanese brackets renders as strong', async ({ page }) => {
    await page.goto('notes/reading-errata')
    await expect(page.locator('.vp-doc strong', { hasText: '「庭で三番目に読む節」' })).toBeVisible()
    await expect(page.locator('.vp-doc')).not.toContainText('**「')
  })

  test('body text uses a system font stack and no web font is fetched', async ({ page }) => {
    const fonts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'font')
        fonts.push(req.url())
    })
    await page.goto('notes/reading-errata')
    const family = await page.locator('.vp-doc p').first().evaluate(p => getComputedStyle(p).fontFamily)
    expect(family).toMatch(/^"?Hiragino Sans/)
    expect(fonts).toEqual([])
  })
})

test.describe('link previews', () => {
  const chapterLink = '.vp-doc a.wikilink[href$="/chapters/2-reading#sharing"]'

  /** Opens the preview-links note and hovers its link to chapter 2 until the preview shows. */
  async function hoverChapterLink(page: Page) {
    await page.goto('notes/preview-links')
    await waitForChrome(page)
    const link = page.locator(chapterLink).first()
    await link.hover()
    const tip = page.getByRole('tooltip')
    await expect(tip).toBeVisible()
    return { link, tip }
  }

  test('hovering an internal link shows its title, maturity and section', async ({ page }) => {
    const { link, tip } = await hoverChapterLink(page)
    await expect(tip).toContainText('第2章 読みやすさの章')
    await expect(tip.locator('.link-preview-maturity')).toHaveText('若葉')
    await expect(tip).toContainText('ページと節の共有')
    await expect(link).toHaveAttribute('aria-describedby', 'garden-link-preview')
    await page.mouse.move(0, 0)
    await expect(tip).toBeHidden()
  })

  test('a shown hover card goes away when the page scrolls', async ({ page }) => {
    const { tip } = await hoverChapterLink(page)
    // The pointer rests on the card, which keeps it open; only the scroll can close it now.
    await tip.hover()
    await page.evaluate(() => window.scrollBy(0, 16))
    await expect(tip).toBeHidden()
  })

  test('keyboard focus shows the preview and Escape hides it', async ({ page }) => {
    await page.goto('notes/preview-links')
    await waitForChrome(page)
    await page.keyboard.press('Tab')
    const link = page.locator('.vp-doc a.wikilink[href$="/notes/preview-target"]').first()
    await link.focus()
    const tip = page.getByRole('tooltip')
    await expect(tip).toContainText('下見される側のノート')
    await page.keyboard.press('Escape')
    await expect(tip).toBeHidden()
    await expect(link).toBeFocused()
  })
})

test('reading time is shown under the title', async ({ page }) => {
  await page.goto('notes/reading-errata')
  await expect(page.locator('.page-meta .reading-time')).toHaveText(/^・(約\d+分|1分以内)で読める$/)
})

test.describe('errata callout', () => {
  for (const path of ['notes/reading-errata', 'chapters/2-reading']) {
    test(`renders on ${path} with the book, the fix and the source`, async ({ page }) => {
      await page.goto(path)
      const note = page.getByRole('note', { name: '正誤：見本の節番号' })
      await expect(note).toBeVisible()
      for (const label of ['本の記述', '正しくは', '出典'])
        await expect(note.locator('strong', { hasText: label })).toBeVisible()
      await expect(note.locator('a[href^="https://kubernetes.io/"]')).toBeVisible()
    })
  }
})

test.describe('arriving on an anchor', () => {
  test('highlights the target heading', async ({ page }) => {
    await page.goto('notes/reading-errata#erratum')
    const heading = page.locator('h2#erratum')
    await expect(heading).toHaveClass(/garden-arrived/)
    expect(await heading.evaluate(h => getComputedStyle(h).animationName)).toBe('garden-arrive')
  })

  test('does not animate under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('notes/reading-errata#erratum')
    const heading = page.locator('h2#erratum')
    await expect(heading).toHaveClass(/garden-arrived/)
    expect(await heading.evaluate(h => getComputedStyle(h).animationName)).toBe('none')
  })
})

test('a diagram opens in a dialog from the keyboard and Esc returns focus', async ({ page }) => {
  await page.goto('notes/reading-diagram')
  await waitForChrome(page)
  const open = page.locator('.vp-doc .zoomable').first().getByRole('button', { name: /^拡大して表示: / })
  await open.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: '閉じる' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
})

test('print hides navigation, sidebars and asides and writes out external URLs', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.goto('notes/reading-errata')
  await expect(page.locator('.VPNav')).toBeVisible()
  const hiddenInPrint = [
    '.VPNav',
    '.VPSidebar',
    '.VPLocalNav',
    '.VPDocAside',
    '.VPDocFooter',
  ]
  // Each is on the page (the local nav hidden at this width), so being hidden in print means something.
  for (const selector of hiddenInPrint)
    await expect(page.locator(selector).first()).toBeAttached()
  await page.emulateMedia({ media: 'print' })
  for (const selector of hiddenInPrint)
    await expect(page.locator(selector).first()).toBeHidden()
  const after = await page.locator('.vp-doc a[href^="https://kubernetes.io/"]').first().evaluate(a => getComputedStyle(a, '::after').content)
  expect(after).toContain('https://kubernetes.io/')
})

test.describe('404 page', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false })
    test('has Japanese text and links that respect the base', async ({ page, allowProblems }) => {
      allowProblems(/404/)
      const res = await page.goto('no-such-note')
      expect(res?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible()
      const home = page.getByRole('link', { name: /^ホーム/ })
      const base = new URL(page.url()).pathname.replace(/no-such-note$/, '')
      await expect(home).toHaveAttribute('href', base)
    })
  })

  test('with JavaScript: the same server-rendered page, and its search button opens the search', async ({ page, allowProblems }) => {
    allowProblems(/404/)
    await page.goto('no-such-note')
    await waitForChrome(page)
    await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible()
    await expect(page.locator('.garden-404')).toHaveCount(1)
    await page.getByRole('button', { name: 'サイト内を検索する' }).click()
    await expect(page.getByRole('combobox', { name: 'サイト内を検索' })).toBeFocused()
  })
})
