// GrpcBalancing on the built site: buttons and controls change the per-Pod counts exactly as the
// seeded model does, the keyboard alone suffices, the SVG is server-rendered and fits 360 px.
import type { Page } from '@playwright/test'
import type { GrpcOptions } from '../components/diagrams/grpcBalancing'
import { createSimulation, run, scale, summarize } from '../components/diagrams/grpcBalancing'
import { expect, test } from './fixtures'

const PAGE = 'notes/grpc-load-balancing'
const DEFAULTS: GrpcOptions = { balancer: 'l4', clients: 2, reconnectEvery: 0 }

async function open(page: Page) {
  await page.goto(PAGE)
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)
  const figure = page.locator('figure').filter({ has: page.getByRole('group', { name: '振り分け方' }) })
  return { figure, summary: figure.locator('[aria-live="polite"]') }
}

test.describe('GrpcBalancing', () => {
  test('leaves new Pods idle under L4 after scaling 3 → 6, as the model does', async ({ page }) => {
    const { figure, summary } = await open(page)
    let model = createSimulation(DEFAULTS, 3)
    await expect(summary).toHaveText(summarize(model))
    await figure.getByRole('button', { name: '100件送る' }).click()
    model = run(model, 100)
    await expect(summary).toHaveText(summarize(model))
    await figure.getByRole('button', { name: 'Podを6個に増やす' }).click()
    await figure.getByRole('button', { name: '100件送る' }).click()
    model = run(scale(model, 6), 100)
    await expect(summary).toHaveText(summarize(model))
    await expect(summary).toContainText('Pod4、Pod5、Pod6')
    await expect(figure.getByRole('button', { name: 'Podを6個に増やす' })).toBeDisabled()
  })

  for (const [label, balancer] of [['L7プロキシ（リクエスト単位）', 'l7'], ['クライアント側（headless Service）', 'client']] as const) {
    test(`follows the model with ${balancer}`, async ({ page }) => {
      const { figure, summary } = await open(page)
      await figure.getByRole('radio', { name: label }).check()
      await figure.getByRole('button', { name: '100件送る' }).click()
      const model = run(createSimulation({ ...DEFAULTS, balancer }, 3), 100)
      await expect(summary).toHaveText(summarize(model))
      await expect(summary).toContainText('全Podにリクエストが届いている')
    })
  }

  test('resets with the Pod, client and reconnect controls', async ({ page }) => {
    const { figure, summary } = await open(page)
    await figure.getByRole('slider', { name: /Pod数/ }).fill('5')
    await figure.getByRole('slider', { name: /クライアント数/ }).fill('4')
    await figure.getByRole('combobox', { name: /接続の張り直し/ }).selectOption({ label: '10リクエストごと' })
    const options = { balancer: 'l4', clients: 4, reconnectEvery: 10 } as const
    await expect(summary).toHaveText(summarize(createSimulation(options, 5)))
    await figure.getByRole('button', { name: '1件送る' }).click()
    await figure.getByRole('button', { name: '100件送る' }).click()
    await expect(summary).toHaveText(summarize(run(createSimulation(options, 5), 101)))
  })

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
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
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
