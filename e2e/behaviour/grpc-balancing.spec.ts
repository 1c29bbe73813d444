// GrpcBalancing on a built page of the behaviour garden (notes/sim-grpc.md), for what needs a real
// browser: the keyboard alone suffices (native radio and slider keys, tab order), the SVG is
// server-rendered and it fits 360 px. What the buttons and controls do to the counts is a component
// test (GrpcBalancing.dom.test.ts).
import type { Page } from '@playwright/test'
import type { GrpcOptions } from '../../components/diagrams/grpcBalancing'
import { createSimulation, run, summarize } from '../../components/diagrams/grpcBalancing'
import { expect, test } from '../fixtures'
import { sidewaysScroll } from '../pages/sideways'
import { openSimulatorFigure } from '../pages/simulatorFigure'

const PAGE = 'notes/sim-grpc'
const DEFAULTS: GrpcOptions = { balancer: 'l4', clients: 2, reconnectEvery: 0 }

function open(page: Page) {
  return openSimulatorFigure(page, PAGE, '振り分け方')
}

test.describe('GrpcBalancing', () => {
  test('works with the keyboard alone', async ({ page }) => {
    const { figure, summary } = await open(page)
    await figure.getByRole('radio', { name: 'L4（kube-proxy、接続単位）' }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(figure.getByRole('radio', { name: 'L7プロキシ（リクエスト単位）' })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(figure.getByRole('slider', { name: /Pod数/ })).toBeFocused()
    await page.keyboard.press('ArrowRight')
    const sendOne = figure.getByRole('button', { name: '1件送る' })
    await sendOne.focus()
    await page.keyboard.press('Enter')
    await expect(summary).toHaveText(summarize(run(createSimulation({ ...DEFAULTS, balancer: 'l7' }, 4), 1)))
  })

  test('fits a 360-px phone without horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await open(page)
    expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
  })
})

test.describe('GrpcBalancing without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('shows the server-rendered SVG', async ({ page }) => {
    await page.goto(PAGE)
    const svg = page.getByRole('img', { name: /gRPCリクエストのPodごとの件数/ })
    await expect(svg).toBeVisible()
    await expect(svg).toContainText('C1')
    await expect(svg).toContainText('P3')
  })
})
