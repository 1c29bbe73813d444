// The three simulators on built pages of the behaviour garden (test/fixtures/behaviour-garden/notes/sim-*.md),
// for what needs a real browser: the initial state is server-rendered (visible without JavaScript),
// native controls work from the keyboard with a visible focus ring, and nothing scrolls sideways on a
// 360-px phone. Every real page's own phone fit is its health check (e2e/health.spec.ts).
import type { Page } from '@playwright/test'
import { createDrainState, summarizeDrain } from '../../components/simulators/drain'
import { simulateJob, summarizeJob } from '../../components/simulators/jobRetries'
import { createSpreadState, summarizeSpread } from '../../components/simulators/topologySpread'
import { expect, test, waitForIslands } from '../fixtures'
import { sidewaysScroll } from '../pages/sideways'

const SIMULATORS = [
  {
    page: 'notes/sim-drain',
    name: 'drainとPDBのシミュレーター',
    initial: summarizeDrain(createDrainState({ replicas: 3, pdb: 'none' })),
  },
  {
    page: 'notes/sim-spread',
    name: 'topologySpreadConstraintsのシミュレーター（topologyKey: ゾーン）',
    initial: summarizeSpread(createSpreadState()),
  },
  {
    page: 'notes/sim-job',
    name: 'Jobのリトライのシミュレーター（restartPolicy: Never）',
    initial: summarizeJob(simulateJob({ backoffLimit: 2, scenario: 'alwaysFail' })),
  },
] as const

async function open(page: Page, index: number) {
  const sim = SIMULATORS[index]!
  await page.goto(sim.page)
  await waitForIslands(page)
  const region = page.getByRole('region', { name: sim.name })
  return {
    region,
    summary: region.locator('[aria-live="polite"]'),
  }
}

// What each control does, the log and the disabled states are component tests
// (components/simulators/*.dom.test.ts). Here: what only a real browser does — native keyboard
// handling of <select> and radio groups, and the focus ring from the CSS.
test.describe('TopologySpreadSimulator', () => {
  test('changes maxSkew from the keyboard', async ({ page }) => {
    const { region, summary } = await open(page, 1)
    const select = region.getByRole('combobox', { name: 'maxSkew' })
    await select.focus()
    await page.keyboard.press('ArrowDown')
    await expect(summary).toContainText('maxSkew 2')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
  })
})

test.describe('JobRetrySimulator', () => {
  test('switches scenarios with the arrow keys', async ({ page }) => {
    const { region, summary } = await open(page, 2)
    await region.getByRole('radio', { name: '常に失敗（終了コード1）' }).focus()
    await page.keyboard.press('ArrowDown')
    await expect(region.getByRole('radio', { name: 'k回目で成功' })).toBeChecked()
    await expect(summary).toHaveText(summarizeJob(simulateJob({ backoffLimit: 2, scenario: 'succeedOn', succeedOn: 3 })))
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  for (const sim of SIMULATORS) {
    test(`${sim.page} shows the initial state`, async ({ page }) => {
      await page.goto(sim.page)
      const region = page.getByRole('region', { name: sim.name })
      await expect(region.locator('[aria-live="polite"]')).toHaveText(sim.initial)
      await expect(region.getByRole('img').first()).toBeVisible()
    })
  }
})

test.describe('on a 360-px phone', () => {
  for (const sim of SIMULATORS) {
    test(`${sim.page} has no horizontal scroll`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 })
      await page.goto(sim.page)
      await expect(page.getByRole('region', { name: sim.name })).toBeVisible()
      expect(await page.evaluate(sidewaysScroll)).toBeLessThanOrEqual(0)
    })
  }
})
