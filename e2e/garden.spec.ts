// The garden's structure on the built site: backlinks match the link graph, the map navigates and
// works without JavaScript, tags list their pages, every page shows its maturity.
import { fileURLToPath } from 'node:url'
import { buildContentIndex } from '../.vitepress/node/content/index'
import { expect, test } from './fixtures'

const scan = buildContentIndex(fileURLToPath(new URL('../docs', import.meta.url)), 'docs')

test.describe('backlinks', () => {
  for (const id of ['notes/pod-disruption-budget', 'chapters/3-iac', 'notes/external-secrets']) {
    test(`${id} lists exactly the pages that link to it`, async ({ page }) => {
      const expected = scan.graph.backlinks.get(id)!.map(from => scan.pages.get(from)!.title)
      expect(expected.length).toBeGreaterThan(0)
      await page.goto(id)
      const section = page.getByRole('region', { name: 'このページへのリンク' })
      await expect(section.getByRole('link')).toHaveText(expected)
    })
  }
})

test('every page shows its maturity and tags under the title', async ({ page }) => {
  for (const p of [...scan.pages.values()].slice(0, 8)) {
    await page.goto(p.route.slice(1) || './')
    await expect(page.locator('.page-meta .maturity')).toContainText(p.maturity)
    await expect(page.locator('.page-meta .tag')).toHaveText(p.tags.map(t => `#${t}`))
  }
})

test('/tags lists each tag with its pages', async ({ page }) => {
  await page.goto('tags')
  const gitops = page.getByRole('region', { name: /#gitops/ })
  const titles = [...scan.pages.values()].filter(p => p.tags.includes('gitops')).map(p => p.title)
  for (const title of titles)
    await expect(gitops.getByRole('link', { name: title, exact: true })).toBeVisible()
})

test('clicking a node of the map navigates to its page', async ({ page }) => {
  await page.goto('./')
  const map = page.getByRole('group', { name: 'ノートの地図', exact: true })
  await expect(map).toBeVisible()
  await page.locator('.garden-map a[aria-label="GitOps"]').click()
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
