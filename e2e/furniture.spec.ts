// The page furniture a reader meets on a 360-px phone and a 1280-px desktop, light and dark (issue 29,
// items 4–7): a table that hides columns shows a shadow on that side, YAML and shell lines stay on
// screen, the copy button is there for a finger, every simulator control is a 44-px target and its
// text no larger than the headings, one share control is on screen at any scroll position, and a
// title that is one long API field path never makes a page scroll sideways.
import type { Locator, Page } from '@playwright/test'
import type { Buffer } from 'node:buffer'
import { fixtureUrl } from '../playwright.config'
import { expect, test, waitForChrome, waitForIslands } from './fixtures'

const LOOKS = [
  { width: 360, height: 740, scheme: 'light' },
  { width: 360, height: 740, scheme: 'dark' },
  { width: 1280, height: 800, scheme: 'light' },
  { width: 1280, height: 800, scheme: 'dark' },
] as const
type Look = typeof LOOKS[number]

async function open(page: Page, path: string, look: Look): Promise<void> {
  await page.setViewportSize({ width: look.width, height: look.height })
  await page.emulateMedia({ colorScheme: look.scheme })
  await page.goto(path)
  await expect(page.locator('html')).toHaveClass(look.scheme === 'dark'
    ? /dark/
    : /^(?!.*\bdark\b)/)
  // The pixel comparisons below need the final text metrics and a painted frame.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => r(null)))))
}

/**
 * A 10-px strip of a table's visible rows, at their right edge or their middle, as PNG bytes (the
 * table's box is the column's width; its rows may end before it).
 */
async function strip(page: Page, table: Locator, where: 'right' | 'middle'): Promise<Buffer> {
  const box = (await table.boundingBox())!
  const rowsRight = await table.evaluate(t => t.querySelector('tr')!.getBoundingClientRect().right)
  const right = Math.min(box.x + box.width, rowsRight)
  const x = where === 'right'
    ? right - 10
    : (box.x + right) / 2 - 5
  return page.screenshot({
    clip: {
      x,
      y: box.y + 2,
      width: 10,
      height: Math.min(box.height - 4, 200),
    },
  })
}

for (const look of LOOKS) {
  test.describe(`${look.width} px, ${look.scheme}`, () => {
    test('a table that hides columns shows a shadow on that side, gone at its end; a table that fits shows none', async ({ page }) => {
      await open(page, 'notes/grpc-load-balancing', look)
      // Only the shadow is compared: text, cell borders and inline code's background are made invisible.
      await page.addStyleTag({ content: '.vp-doc table * { color: transparent !important; border-color: transparent !important } .vp-doc table :is(td, th) * { background: transparent !important }' })
      for (const table of await page.locator('.vp-doc table').all()) {
        await table.scrollIntoViewIfNeeded()
        const overflows = await table.evaluate(t => t.scrollWidth > t.clientWidth + 1)
        expect(overflows, 'the gRPC table overflows on a phone only').toBe(look.width < 640)
        // Polled: a strip pair taken while the page still changes (an island hydrating after the
        // scroll) differed once in a clean-clone run on a loaded machine; a shadow that is really
        // there (or missing) stays so.
        await expect.poll(async () => (await strip(page, table, 'right')).equals(await strip(page, table, 'middle')), {
          message: 'something is drawn at the right edge',
        }).toBe(!overflows)
        if (overflows) {
          await table.evaluate(t => t.scrollTo({ left: t.scrollWidth }))
          await expect.poll(async () => (await strip(page, table, 'right')).equals(await strip(page, table, 'middle'))).toBe(true)
        }
      }
    })

    test('YAML comments and shell commands stay on screen; text output scrolls in its box', async ({ page }) => {
      await open(page, 'notes/pod-disruption-budget', look)
      const blocks = page.locator('.vp-doc :is(div.language-yaml, div.language-sh) pre')
      expect(await blocks.count()).toBeGreaterThan(1)
      // Wider screens keep VitePress's scrolling blocks.
      for (const pre of look.width < 640
        ? await blocks.all()
        : []) {
        const [scroll, client] = await pre.evaluate(p => [p.scrollWidth, p.clientWidth])
        expect(scroll, 'wraps instead of hiding its line ends').toBeLessThanOrEqual(client + 1)
      }
      // Copying gives the file as written: the wrap is only drawn.
      const yaml = await page.locator('.vp-doc div.language-yaml pre').first().textContent()
      expect(yaml).toContain('readinessProbe:           # Ready でない Pod は PDB の「健全」に数えられない\n')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(look.width)
    })

    test('every simulator control is a 44-px target, selects show a chevron, text no larger than the h3', async ({ page }) => {
      for (const path of [
        'notes/pod-disruption-budget',
        'notes/grpc-load-balancing',
        'notes/source-ip-preservation',
        'notes/graceful-termination',
      ]) {
        await open(page, path, look)
        await waitForIslands(page)
        const controls = page.locator('[data-island] :is(button, select, input[type="range"], label:has(> input))')
        expect(await controls.count()).toBeGreaterThan(0)
        for (const control of await controls.all()) {
          const box = (await control.boundingBox())!
          expect(Math.min(box.width, box.height), `${path}: ${await control.evaluate(e => e.outerHTML.slice(0, 80))}`).toBeGreaterThanOrEqual(44)
        }
        for (const select of await page.locator('[data-island] select').all())
          expect(await select.evaluate(s => getComputedStyle(s).backgroundImage)).toContain('linear-gradient')
        const text = await page.locator('[data-island] svg text').evaluateAll(texts => texts.filter(t => t.getClientRects().length > 0).map((t) => {
          const svg = (t as SVGTextElement).ownerSVGElement!
          return Number.parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
        }))
        const h3 = Number.parseFloat(await page.locator('.vp-doc h2').first().evaluate(() => {
          const probe = document.createElement('h3')
          document.querySelector('.vp-doc')!.append(probe)
          const size = getComputedStyle(probe).fontSize
          probe.remove()
          return size
        }))
        expect(Math.min(...text), `${path}: smallest label`).toBeGreaterThanOrEqual(12)
        expect(Math.max(...text), `${path}: largest label`).toBeLessThanOrEqual(h3)
      }
    })

    test('one share control is on screen at any scroll position; the aside never offers the local map', async ({ page }) => {
      await open(page, 'notes/pod-disruption-budget', look)
      await waitForChrome(page)
      const shown = () => page.locator('[data-share]').evaluateAll(bars => bars.filter((bar) => {
        const r = bar.getBoundingClientRect()
        return r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(bar).visibility === 'visible'
      }).length)
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      for (let y = Math.max(0, height - 4000); y < height; y += 250) {
        await page.evaluate(top => window.scrollTo({ top, behavior: 'instant' }), y)
        await expect.poll(shown, `at ${y} px`).toBeLessThanOrEqual(1)
      }
      // The last section at the top of the screen, the footer's bar still below it: the aside shares
      // that section (at the very bottom it steps back for the footer's bar, checked above).
      await page.evaluate(() => document.getElementById('references')!.scrollIntoView({ block: 'start', behavior: 'instant' }))
      if (look.width < 1280) {
        // The aside is a desktop's: a phone has the footer's bar only.
        await expect(page.locator('[data-share-follow]')).toBeHidden()
        return
      }
      const aside = page.getByRole('region', { name: '読んでいる節を共有' })
      await expect(aside).toContainText('この節を共有')
      await expect(aside).toContainText('「参考資料」')
      await expect(aside).not.toContainText('このページのまわり')
    })
  })
}

test.describe('copy button on a touch screen', () => {
  test.use({
    hasTouch: true,
    isMobile: true,
    viewport: { width: 360, height: 740 },
  })

  test('is shown without hovering, a 44-px target, clear of the first line', async ({ page }) => {
    await page.goto('notes/pod-disruption-budget')
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true)
    const block = page.locator('.vp-doc div.language-sh').first()
    const button = block.getByRole('button', { name: 'コードをコピー' })
    await block.scrollIntoViewIfNeeded()
    await expect(button).toBeVisible()
    expect(await button.evaluate(b => getComputedStyle(b).opacity)).toBe('1')
    const box = (await button.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44)
    const lineEnd = (l: Element) => {
      const range = document.createRange()
      range.selectNodeContents(l)
      return Math.max(...Array.from(range.getClientRects(), r => r.right))
    }
    expect(await block.locator('.line').first().evaluate(lineEnd)).toBeLessThanOrEqual(box.x)
    // Command output scrolls instead of wrapping; scrolled to its end, its first line clears the button.
    const output = page.locator('.vp-doc div.language-text').first()
    await output.scrollIntoViewIfNeeded()
    await output.locator('pre').evaluate(pre => pre.scrollTo({ left: pre.scrollWidth }))
    const outputButton = (await output.getByRole('button', { name: 'コードをコピー' }).boundingBox())!
    await expect.poll(() => output.locator('.line').first().evaluate(lineEnd)).toBeLessThanOrEqual(outputButton.x)
  })
})

test.describe('a title that is one long API field path (hostile fixture garden)', () => {
  const site = {
    url: fixtureUrl('hostile-garden'),
  }

  for (const look of LOOKS) {
    test(`never makes the page scroll sideways at ${look.width} px, ${look.scheme}`, async ({ page }) => {
      await open(page, `${site.url}notes/field-path`, look)
      await expect(page.locator('h1')).toContainText('topologySpreadConstraints')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(look.width)
      const h1 = (await page.locator('h1').boundingBox())!
      expect(h1.x + h1.width).toBeLessThanOrEqual(look.width)
    })
  }

  test('serves a note whose file name is Japanese at its percent-encoded URL, which its canonical link names', async ({ page }) => {
    const path = `notes/${encodeURIComponent('ノードの退避')}`
    await page.goto(`${site.url}${path}`)
    await expect(page.locator('h1')).toHaveText(/ノードの退避/)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`https://k8s-chizu-notes.example.jp/${path}`)
  })
})
