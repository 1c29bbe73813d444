// The three simulators on the built site: each control changes the shown state exactly as the
// pure model says, the initial state is server-rendered (visible without JavaScript), the
// controls work from the keyboard and nothing scrolls sideways on a 360-px phone.
import type { Page } from '@playwright/test'
import { createDrainState, runDrain, stepDrain, summarizeDrain } from '../components/simulators/drain'
import { simulateJob, summarizeJob } from '../components/simulators/jobRetries'
import { addPod, createSpreadState, removePod, setWhenUnsatisfiable, setZoneBlocked, summarizeSpread } from '../components/simulators/topologySpread'
import { expect, test } from './fixtures'

const SIMULATORS = [
  { page: 'notes/pod-disruption-budget', name: 'drainとPDBのシミュレーター', initial: summarizeDrain(createDrainState({ replicas: 3, pdb: 'none' })) },
  { page: 'notes/topology-spread-constraints', name: 'topologySpreadConstraintsのシミュレーター（topologyKey: ゾーン）', initial: summarizeSpread(createSpreadState()) },
  { page: 'notes/job-retries', name: 'Jobのリトライのシミュレーター（restartPolicy: Never）', initial: summarizeJob(simulateJob({ backoffLimit: 2, scenario: 'alwaysFail' })) },
] as const

async function open(page: Page, index: number) {
  const sim = SIMULATORS[index]!
  await page.goto(sim.page)
  await page.waitForFunction(() => !!(document.querySelector('#app') as { __vue_app__?: unknown } | null)?.__vue_app__)
  const region = page.getByRole('region', { name: sim.name })
  return { region, summary: region.locator('[aria-live="polite"]') }
}

test.describe('DrainSimulator', () => {
  test('steps the drain as the model does, with and without a PDB', async ({ page }) => {
    const { region, summary } = await open(page, 0)
    const stepButton = region.getByRole('button', { name: '1ステップ進める' })

    await region.getByRole('radio', { name: 'minAvailable: 2' }).check()
    let expected = createDrainState({ replicas: 3, pdb: 'minAvailable' })
    await expect(summary).toHaveText(summarizeDrain(expected))
    for (let i = 0; i < 2; i++) {
      await stepButton.click()
      expected = stepDrain(expected)
      await expect(summary).toHaveText(summarizeDrain(expected))
    }
    await expect(region.getByRole('list')).toContainText('429 Too Many Requests')

    await region.getByRole('radio', { name: 'PDBなし' }).check()
    await region.getByRole('combobox', { name: 'レプリカ数' }).selectOption('2')
    expected = createDrainState({ replicas: 2, pdb: 'none' })
    await expect(summary).toHaveText(summarizeDrain(expected))
    await stepButton.click()
    await stepButton.click()
    await expect(summary).toContainText('Ready 0/2')

    const done = runDrain({ replicas: 2, pdb: 'none' })
    for (let i = 2; i < done.step; i++)
      await stepButton.click()
    await expect(summary).toHaveText(summarizeDrain(done))
    await expect(stepButton).toBeDisabled()

    await region.getByRole('button', { name: 'リセット' }).click()
    await expect(summary).toHaveText(summarizeDrain(createDrainState({ replicas: 2, pdb: 'none' })))
  })

  test('reports a drain that can never finish', async ({ page }) => {
    const { region, summary } = await open(page, 0)
    await region.getByRole('radio', { name: 'minAvailable: 2' }).check()
    await region.getByRole('combobox', { name: 'レプリカ数' }).selectOption('2')
    const stuck = runDrain({ replicas: 2, pdb: 'minAvailable' })
    for (let i = 0; i < stuck.step; i++)
      await region.getByRole('button', { name: '1ステップ進める' }).click()
    await expect(summary).toHaveText(summarizeDrain(stuck))
    await expect(summary).toContainText('drainは進まない')
  })
})

test.describe('TopologySpreadSimulator', () => {
  test('places, holds Pending and leaves skew as the model does', async ({ page }) => {
    const { region, summary } = await open(page, 1)
    let expected = createSpreadState()
    await expect(summary).toHaveText(summarizeSpread(expected))

    const add = region.getByRole('button', { name: 'Podを追加' })
    await region.getByRole('checkbox', { name: /zone-c のノードにtaint/ }).check()
    expected = setZoneBlocked(expected, 'zone-c', true)
    await add.click()
    expected = addPod(expected)
    await expect(summary).toHaveText(summarizeSpread(expected))
    await expect(summary).toContainText('Pending 1個')

    await region.getByRole('radio', { name: 'ScheduleAnyway' }).check()
    expected = setWhenUnsatisfiable(expected, 'ScheduleAnyway')
    await expect(summary).toHaveText(summarizeSpread(expected))
    await expect(summary).toContainText('Pending 0個')

    await region.getByRole('checkbox', { name: /zone-c のノードにtaint/ }).uncheck()
    expected = setZoneBlocked(expected, 'zone-c', false)
    await add.click()
    expected = addPod(expected)
    await expect(summary).toHaveText(summarizeSpread(expected))

    await region.getByRole('combobox', { name: '削除するゾーン' }).selectOption('zone-b')
    const remove = region.getByRole('button', { name: 'Podを削除（スケールダウン）' })
    await remove.click()
    await remove.click()
    expected = removePod(removePod(expected, 'zone-b'), 'zone-b')
    await expect(summary).toHaveText(summarizeSpread(expected))
    await expect(region.getByRole('list')).toContainText('のまま残り')
  })

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
  test('shows each scenario as the model does', async ({ page }) => {
    const { region, summary } = await open(page, 2)
    await expect(summary).toHaveText(summarizeJob(simulateJob({ backoffLimit: 2, scenario: 'alwaysFail' })))
    await expect(region.getByRole('list').getByRole('listitem')).toHaveCount(3)

    await region.getByRole('combobox', { name: 'backoffLimit' }).selectOption('0')
    await expect(summary).toHaveText(summarizeJob(simulateJob({ backoffLimit: 0, scenario: 'alwaysFail' })))
    await expect(region.getByRole('list').getByRole('listitem')).toHaveCount(1)

    await region.getByRole('combobox', { name: 'backoffLimit' }).selectOption('4')
    await region.getByRole('radio', { name: /終了コード42/ }).check()
    await expect(summary).toHaveText(summarizeJob(simulateJob({ backoffLimit: 4, scenario: 'exit42' })))

    await region.getByRole('radio', { name: /drainで中断/ }).check()
    await region.getByRole('combobox', { name: 'backoffLimit' }).selectOption('0')
    await expect(summary).toHaveText(summarizeJob(simulateJob({ backoffLimit: 0, scenario: 'disruption' })))

    await region.getByRole('radio', { name: 'k回目で成功' }).check()
    await region.getByRole('combobox', { name: 'backoffLimit' }).selectOption('6')
    await region.getByRole('combobox', { name: '成功する回（k）' }).selectOption('5')
    await expect(summary).toHaveText(summarizeJob(simulateJob({ backoffLimit: 6, scenario: 'succeedOn', succeedOn: 5 })))
    await expect(region.getByRole('img')).toContainText('1分20秒')
  })

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
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(360)
    })
  }
})
