// SourceIpFlow on a built page of the behaviour garden (notes/sim-source-ip.md), for what needs a
// real browser: it works with the keyboard alone (native radio keys, tab order, focus ring), the SVG
// is server-rendered and it fits a 360-px phone. What each control does to the drawing is a
// component test (SourceIpFlow.dom.test.ts).
import type { Page } from '@playwright/test'
import type { SourceIpOptions } from '../../components/diagrams/sourceIp'
import { DEFAULT_OPTIONS, simulateSourceIp } from '../../components/diagrams/sourceIp'
import { expect, test } from '../fixtures'
import { openSimulatorFigure } from '../pages/simulatorFigure'

const PAGE = 'notes/sim-source-ip'

function open(page: Page) {
  return openSimulatorFigure(page, PAGE, '条件を切り替える')
}

function expected(o: Partial<SourceIpOptions>) {
  return simulateSourceIp({
    ...DEFAULT_OPTIONS,
    ...o,
  }).summary
}

test.describe('SourceIpFlow', () => {
  test('works with the keyboard alone', async ({ page }) => {
    const { figure, summary } = await open(page)
    const cluster = figure.getByRole('radio', { name: 'Cluster' })
    await cluster.focus()
    await page.keyboard.press('ArrowDown')
    await expect(figure.getByRole('radio', { name: 'Local' })).toBeFocused()
    await expect(summary).toHaveText(expected({ policy: 'Local' }))
    await page.keyboard.press('Tab')
    await expect(figure.getByRole('checkbox', { name: '受けたノード（ノードA）にPodがある' })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(summary).toHaveText(expected({ policy: 'Local', localEndpoint: false }))
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
  })

  test('fits a 360-px phone without horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    const { figure } = await open(page)
    await figure.getByRole('checkbox', { name: 'L7プロキシ（Ingress）を挟む' }).check()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})

test.describe('SourceIpFlow without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('shows the server-rendered SVG', async ({ page }) => {
    await page.goto(PAGE)
    const svg = page.getByRole('img', { name: /送信元IPの変化/ })
    await expect(svg).toBeVisible()
    await expect(svg).toContainText('203.0.113.7:51234 → 198.51.100.10:80')
    await expect(page.locator('.sip-summary')).toHaveText(expected({}))
  })
})
