// The garden's behaviour in the browser, on the behaviour fixture garden: /tags lists each tag's
// pages, a node of the map navigates, the map is drawn without JavaScript, and hovering or focusing
// a node highlights its neighbours. The real map's layout (fits, no overlaps, labels in their boxes)
// is a check of the real notes and stays in e2e/garden.spec.ts.
import { fileURLToPath } from 'node:url'
import { buildContentIndex } from '../../.vitepress/node/content/index'
import { tagLabel } from '../../.vitepress/shared/tags'
import { expect, test } from '../fixtures'

const GARDEN = 'test/fixtures/behaviour-garden'
const scan = buildContentIndex(fileURLToPath(new URL(`../../${GARDEN}`, import.meta.url)), GARDEN)
const pages = [
  ...scan.pages.values(),
]

test('/tags lists each tag with its pages', async ({ page }) => {
  await page.goto('tags')
  const tags = [
    ...new Set(pages.flatMap(p => p.tags)),
  ]
  expect(tags.length, 'the fixture garden has more than one tag').toBeGreaterThan(1)
  for (const tag of tags) {
    const region = page.getByRole('region', {
      name: new RegExp(`#${tagLabel(tag)}`),
    })
    const titles = pages.filter(p => p.tags.includes(tag)).map(p => p.title)
    await expect(region.getByRole('listitem')).toHaveCount(titles.length)
    for (const title of titles)
      await expect(region.getByRole('link', { name: title, exact: true })).toBeVisible()
  }
})

test('clicking a node of the map navigates to its page', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('group', { name: 'ノートの地図', exact: true })).toBeVisible()
  await page.locator('.garden-map svg.gm-wide').getByRole('link', { name: '平凡なノート', exact: true }).click()
  await expect(page).toHaveURL(/\/notes\/plain$/)
  await expect(page.locator('main h1')).toHaveText('平凡なノート')
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

test('hovering or focusing a node highlights it, its links and its neighbours and fades the rest', async ({ page }) => {
  await page.goto('./')
  const map = page.locator('.garden-map svg.gm-wide')
  const node = (title: string) => map.getByRole('link', { name: title, exact: true })
  const opacity = (title: string) => node(title).evaluate(e => Number(getComputedStyle(e).opacity))
  const id = 'notes/preview-links'
  const from = scan.pages.get(id)!
  const neighbour = scan.pages.get(scan.graph.outlinks.get(id)!.find(to => scan.pages.get(to)!.kind === 'note')!)!
  const unrelated = pages.find(p => p.id !== id && !scan.graph.outlinks.get(id)!.includes(p.id) && !scan.graph.backlinks.get(id)!.includes(p.id))!
  expect(await opacity(unrelated.title)).toBe(1)
  await node(from.title).hover()
  await expect.poll(() => opacity(unrelated.title)).toBeLessThan(0.5)
  expect(await opacity(neighbour.title)).toBe(1)
  expect(await opacity(from.title)).toBe(1)
  await page.mouse.move(0, 0)
  await expect.poll(() => opacity(unrelated.title)).toBe(1)
  // A key press first: focus then counts as keyboard focus (:focus-visible).
  await page.keyboard.press('Shift')
  await node(from.title).focus()
  await expect.poll(() => opacity(unrelated.title)).toBeLessThan(0.5)
})
