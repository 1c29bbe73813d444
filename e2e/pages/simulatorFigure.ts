import type { Page } from '@playwright/test'
import { waitForIslands } from '../fixtures'

/**
 * Opens `path` and waits for its islands; returns the figure holding the control group named
 * `group`, and that figure's live summary.
 */
export async function openSimulatorFigure(page: Page, path: string, group: string) {
  await page.goto(path)
  await waitForIslands(page)
  const figure = page.locator('figure').filter({
    has: page.getByRole('group', { name: group }),
  })
  return {
    figure,
    summary: figure.locator('[aria-live="polite"]'),
  }
}
