import { expect, test, unfold } from './fixtures'
// The end of a page and the way in, as a reader sees them at 360 px and 1280 px in both themes:
// after 参考資料 at most 15 % of a note's height on a phone, the prev/next pager the last block, the
// local map whole (wide on a desktop, folded on a phone); on the home page the first phone screen
// holds the site's description, the start link and the chapter list, the map's lines never run under
// a box and stand out at 3:1, the legend keeps to one line. No page scrolls sideways.
import { gardenPages } from './pages/garden'
import { clippedBoxes, lineContrast, linesUnderBoxes, measurePageEnd } from './pages/pageEnd'
import { sidewaysScroll } from './pages/sideways'

const notes = gardenPages().filter(p => p.kind === 'note' || p.kind === 'chapter')
const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 800 }

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [PHONE, DESKTOP]) {
    test.describe(`${viewport.width} px, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme })

      test('every note and chapter ends with its local map, then the footer, the pager last', async ({ page }) => {
        const shares: string[] = []
        for (const note of notes) {
          await page.goto(note.path)
          await page.evaluate(() => document.fonts.ready)
          await unfold(page)
          const end = await page.evaluate(measurePageEnd)
          const share = (end.height - end.referencesBottom) / end.height
          shares.push(`${note.route} ${(share * 100).toFixed(1)} %`)
          if (viewport === PHONE)
            expect(share, `${note.route}: after 参考資料 ${end.height - end.referencesBottom} of ${end.height} px`).toBeLessThanOrEqual(0.15)
          expect(end.belowPager, `${note.route}: nothing below the pager`).toEqual([])
          expect(end.sideways, `${note.route}: sideways scroll`).toBe(0)
          expect(await page.evaluate(clippedBoxes, '.local-map'), `${note.route}: boxes cut at the map's edges`).toEqual([])
        }
        test.info().annotations.push({
          type: 'after 参考資料',
          description: shares.join(', '),
        })
      })

      test('the local map: the wide drawing on a desktop, folded on a phone, whole when opened', async ({ page }) => {
        await page.goto('notes/pod-disruption-budget')
        const map = page.getByRole('region', { name: 'このページのまわり' })
        const wide = map.locator('svg.gm-local-wide')
        const narrow = map.locator('svg.gm-local-narrow')
        if (viewport === DESKTOP) {
          await expect(wide).toBeVisible()
          await expect(narrow).toBeHidden()
          const column = await page.locator('.vp-doc').evaluate(e => e.getBoundingClientRect().width)
          expect((await wide.boundingBox())!.width).toBeGreaterThan(column - 40)
        }
        else {
          await expect(wide).toBeHidden()
          await expect(narrow).toBeHidden()
          const list = map.getByText(/^つながるページと説明/)
          await expect(list).toBeHidden()
          await map.locator('.lm-fold > summary').click()
          await expect(narrow).toBeVisible()
          await expect(list).toBeVisible()
          const box = (await narrow.boundingBox())!
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width - 24 + 0.5)
        }
        expect(await page.evaluate(clippedBoxes, '.local-map')).toEqual([])
        // The pages linking here, with their descriptions, once.
        await map.getByText(/^つながるページと説明/).click()
        const item = map.locator('.lm-list li').filter({ hasText: 'Probe（liveness / readiness / startup）' })
        await expect(item).toHaveCount(1)
        await expect(item.locator('.lm-desc')).not.toBeEmpty()
        await expect(page.getByRole('heading', { name: 'このページへのリンク' })).toHaveCount(0)
      })

      test('the home page: no garden metadata, and no sideways scroll on / and /tags', async ({ page }) => {
        for (const path of ['./', 'tags']) {
          await page.goto(path)
          await expect(page.locator('.page-meta')).toHaveCount(0)
          await expect(page.getByText(/成熟度|で読める/)).toHaveCount(0)
          expect(await page.evaluate(sidewaysScroll)).toBe(0)
        }
      })

      test('the home page\'s map: a caption true to the drawing, lines around the boxes at 3:1, the legend on one line', async ({ page }) => {
        await page.goto('./')
        await page.evaluate(() => document.fonts.ready)
        const figure = page.locator('figure.garden-map')
        const { drawn, under } = await page.evaluate(linesUnderBoxes)
        if (viewport === DESKTOP) {
          await expect(figure.locator('.gm-caption-wide')).toBeVisible()
          await expect(figure.locator('.gm-caption-narrow')).toBeHidden()
          expect(drawn).toBeGreaterThan(20)
          expect(under).toEqual([])
          expect(await page.evaluate(lineContrast)).toBeGreaterThanOrEqual(3)
        }
        else {
          await expect(figure.locator('.gm-caption-narrow')).toBeVisible()
          await expect(figure.locator('.gm-caption-wide')).toBeHidden()
          await expect(figure.locator('.gm-caption-narrow')).toContainText('線を省いている')
          expect(drawn).toBe(0)
        }
        expect(await page.evaluate(clippedBoxes, '.garden-map')).toEqual([])
        const legend = await page.locator('.gm-legend').evaluate((ul) => {
          const items = [
            ...ul.querySelectorAll('li'),
          ]
          return {
            tops: new Set(items.map(li => Math.round(li.getBoundingClientRect().top))).size,
            heights: items.map(li => li.getBoundingClientRect().height),
            swatches: items.map(li => li.querySelector('svg')!.getBoundingClientRect().width),
            overflow: ul.scrollWidth - ul.clientWidth,
          }
        })
        expect(legend.tops, 'one row').toBe(1)
        expect(Math.max(...legend.heights), 'no item on two lines').toBeLessThan(30)
        expect(legend.swatches).toEqual([28, 28, 28])
        expect(legend.overflow).toBe(0)
      })
    })
  }
}

test.describe('the first screen of a 360 px phone', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.use({ viewport: PHONE })

    test(`holds what the site is, the start link and the chapter list (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.goto('./')
      await page.evaluate(() => document.fonts.ready)
      const inFirstScreen = async (locator: ReturnType<typeof page.locator>) => {
        const box = (await locator.boundingBox())!
        expect(box.y + box.height, (await locator.textContent()) ?? '').toBeLessThanOrEqual(PHONE.height)
      }
      const lead = page.locator('.vp-doc h1 ~ p').first()
      await expect(lead).toContainText('『Kubernetesの知識地図』')
      await expect(lead).toContainText('読書ノート')
      await inFirstScreen(lead)
      const start = page.getByRole('link', { name: '第1章から読み始める' })
      await expect(start).toHaveAttribute('href', /\/chapters\/1-basics$/)
      await inFirstScreen(start)
      const chapters = page.locator('#chapters > li')
      await expect(chapters).toHaveCount(4)
      for (const chapter of await chapters.all())
        await inFirstScreen(chapter)
      // The map follows the list.
      const map = (await page.locator('#map').boundingBox())!
      expect(map.y).toBeGreaterThan((await chapters.last().boundingBox())!.y)
    })
  }
})
