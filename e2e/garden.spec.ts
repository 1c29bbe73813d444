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
  await page.locator('.garden-map').getByRole('link', { name: 'GitOps', exact: true }).click()
  await expect(page).toHaveURL(/\/notes\/gitops$/)
  await expect(page.locator('main h1')).toHaveText('GitOps')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the map is drawn and its nodes are links', async ({ page }) => {
    await page.goto('./')
    const nodes = page.locator('.garden-map svg a')
    await expect(nodes).toHaveCount(scan.pages.size)
    const box = await page.locator('.garden-map svg').boundingBox()
    expect(box!.width).toBeGreaterThan(300)
    expect(box!.height).toBeGreaterThan(200)
  })
})
