// A Mermaid diagram's colours follow the theme switch at once: the built SVG draws with the site's
// CSS variables (.vitepress/shared/mermaidTheme.ts), so no re-render is needed. On the behaviour garden.
import { expect, test } from '../fixtures'

test('a diagram\'s colours follow the dark theme switch', async ({ page }) => {
  await page.goto('notes/reading-diagram')
  const node = page.locator('.mermaid-svg svg').first().locator('rect, polygon, circle').first()
  const colours = () => node.evaluate((el) => {
    const s = getComputedStyle(el)
    return `${s.fill} ${s.stroke}`
  })
  const light = await colours()
  expect(light).not.toContain('none none')
  await page.getByRole('switch', { name: 'ダークテーマに切り替える' }).first().click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect.poll(colours).not.toBe(light)
})
