// The garden in the browser: the map navigates and is drawn without JavaScript, and /tags lists
// each tag's pages. Backlinks, maturity and tags of every built page are checked in
// .vitepress/node/content/garden.dist.test.ts.
import { fileURLToPath } from 'node:url'
import { buildContentIndex } from '../.vitepress/node/content/index'
import { expect, test } from './fixtures'

const scan = buildContentIndex(fileURLToPath(new URL('../docs', import.meta.url)), 'docs')

test('/tags lists each tag with its pages', async ({ page }) => {
  await page.goto('tags')
  const gitops = page.getByRole('region', { name: /#GitOps/ })
  const titles = [
    ...scan.pages.values(),
  ].filter(p => p.tags.includes('gitops')).map(p => p.title)
  for (const title of titles)
    await expect(gitops.getByRole('link', { name: title, exact: true })).toBeVisible()
})

test('clicking a node of the map navigates to its page', async ({ page }) => {
  await page.goto('./')
  const map = page.getByRole('group', { name: 'ノートの地図', exact: true })
  await expect(map).toBeVisible()
  await page.locator('.garden-map svg').getByRole('link', { name: 'GitOps', exact: true }).click()
  await expect(page).toHaveURL(/\/notes\/gitops$/)
  await expect(page.locator('main h1')).toHaveText('GitOps')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the map is drawn and its nodes are links', async ({ page }) => {
    await page.goto('./')
    const nodes = page.locator('.garden-map svg.gm-wide a')
    await expect(nodes).toHaveCount(scan.pages.size)
    const box = await page.locator('.garden-map svg.gm-wide').boundingBox()
    expect(box!.width).toBeGreaterThan(300)
    expect(box!.height).toBeGreaterThan(200)
  })
})

// The map's layout as a reader sees it (the built SVG is checked in gardenMap.dist.test.ts; axe on
// every page in health.spec.ts): at 1280 px and on a 360 px phone, no sideways scroll, no box
// overlapping another, every label inside its box, and the highlight of a node and its neighbours.
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]) {
  test.describe(`the map at ${viewport.width} px`, () => {
    test.use({ viewport })

    test('fits the page, and its boxes and labels neither overlap nor spill', async ({ page }) => {
      await page.goto('./')
      await page.evaluate(() => document.fonts.ready)
      const svg = page.locator('.garden-map svg.gm-svg:visible')
      await expect(svg).toHaveCount(1)
      const report = await svg.evaluate((el) => {
        const rect = (e: Element) => e.getBoundingClientRect()
        const nodes = [
          ...el.querySelectorAll('a.gm-node'),
        ].map(a => ({
          box: rect(a.querySelector('rect')!),
          text: rect(a.querySelector('text')!),
          title: a.textContent,
        }))
        const spill = nodes.filter(n => n.text.left < n.box.left - 0.5 || n.text.right > n.box.right + 0.5 || n.text.top < n.box.top - 0.5 || n.text.bottom > n.box.bottom + 0.5).map(n => n.title)
        const overlaps: string[] = []
        nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => {
          if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
            overlaps.push(`${a.title} × ${b.title}`)
        }))
        const column = el.closest('.vp-doc')!.getBoundingClientRect()
        return {
          count: nodes.length,
          spill,
          overlaps,
          svgRight: rect(el).right,
          columnRight: column.right,
          // Against the root's own width, not clientWidth: headless Chromium hides the scrollbar but
          // keeps its gutter (html { scrollbar-gutter: stable }), so clientWidth includes 15 px of gutter.
          scroll: document.documentElement.scrollWidth - document.documentElement.getBoundingClientRect().width,
          decoration: getComputedStyle(el.querySelector('a.gm-node')!).textDecorationLine,
        }
      })
      expect(report.count).toBe(scan.pages.size)
      expect(report.spill).toEqual([])
      expect(report.overlaps).toEqual([])
      expect(report.svgRight).toBeLessThanOrEqual(report.columnRight + 0.5)
      expect(report.scroll).toBe(0)
      expect(report.decoration).toBe('none')
    })
  })
}

test('hovering or focusing a node highlights it, its links and its neighbours and fades the rest', async ({ page }) => {
  await page.goto('./')
  const map = page.locator('.garden-map svg.gm-wide')
  const node = (title: string) => map.getByRole('link', { name: title, exact: true })
  const opacity = (title: string) => node(title).evaluate(e => Number(getComputedStyle(e).opacity))
  const gitops = scan.pages.get('notes/gitops')!
  const neighbour = scan.pages.get(scan.graph.outlinks.get('notes/gitops')!.find(id => scan.pages.get(id)!.kind === 'note')!)!
  const unrelated = [
    ...scan.pages.values(),
  ].find(p => p.id !== 'notes/gitops' && !scan.graph.outlinks.get('notes/gitops')!.includes(p.id) && !scan.graph.backlinks.get('notes/gitops')!.includes(p.id))!
  expect(await opacity(unrelated.title)).toBe(1)
  await node(gitops.title).hover()
  await expect.poll(() => opacity(unrelated.title)).toBeLessThan(0.5)
  expect(await opacity(neighbour.title)).toBe(1)
  expect(await opacity(gitops.title)).toBe(1)
  await page.mouse.move(0, 0)
  await expect.poll(() => opacity(unrelated.title)).toBe(1)
  // A key press first: focus then counts as keyboard focus (:focus-visible).
  await page.keyboard.press('Shift')
  await node(gitops.title).focus()
  await expect.poll(() => opacity(unrelated.title)).toBeLessThan(0.5)
})
