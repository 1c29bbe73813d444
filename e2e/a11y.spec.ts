// Accessibility of the built site beyond axe: the keyboard alone reaches every control with a
// visible focus ring, the skip link works, and reduced motion stops our animations. axe-core in
// both themes on a phone and a desktop, and the text alternatives of every page, are part of each
// page's health check (health.spec.ts).
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Tabs through the page; for each focused element, whether a focus indicator is drawn. */
async function tabThrough(page: Page, max: number) {
  const seen: Array<{ el: string, visible: boolean }> = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const info = await page.evaluate(() => {
      const el = document.activeElement
      if (!el || el === document.body)
        return null
      const s = getComputedStyle(el)
      const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0
      const ring = s.boxShadow !== 'none' && s.boxShadow !== ''
      const id = `${el.tagName.toLowerCase()}${el.id
        ? `#${el.id}`
        : ''}${el.className && typeof el.className === 'string'
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
      return { el: id, visible: outline || ring, key: el }
    }).then(r => r && { el: r.el, visible: r.visible })
    if (!info)
      break
    if (seen.some(s => s.el === info.el) && seen[0]?.el === info.el)
      break
    seen.push(info)
  }
  return seen
}

test.describe('keyboard', () => {
  for (const [name, path] of [
    ['home', './'],
    ['a note with a simulator', 'notes/pod-disruption-budget'],
    ['a note with a diagram', 'notes/source-ip-preservation'],
  ] as const) {
    test(`every control of ${name} is reachable with Tab and shows its focus`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await page.goto(path)
      await expect(page.locator('main h1').first()).toBeVisible()
      const seen = await tabThrough(page, 250)
      expect(seen.length).toBeGreaterThan(5)
      expect(seen.filter(s => !s.visible).map(s => s.el)).toEqual([])
    })
  }

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('notes/probes')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: '本文へ移動' })
    await expect(skip).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#VPContent$/)
  })
})

test.describe('reduced motion', () => {
  for (const path of [
    './',
    'notes/pod-disruption-budget',
    'notes/source-ip-preservation',
    'notes/grpc-load-balancing',
    'notes/job-retries',
    'notes/topology-spread-constraints',
  ]) {
    test(`${path} runs no animation or transition`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(path)
      await expect(page.locator('main h1').first()).toBeVisible()
      // Operate every control of the page's components: a transition would start now. (Not the diagrams'
      // 「拡大」 buttons: they open a modal dialog, tested in behaviour/reading.spec.ts.)
      const controls = page.locator('main .vp-doc :is(button:not(.zoom-open), input[type=radio], input[type=checkbox])')
      const n = Math.min(await controls.count(), 12)
      for (let i = 0; i < n; i++) {
        const c = controls.nth(i)
        if (await c.isVisible() && await c.isEnabled())
          await c.click()
      }
      await page.mouse.move(10, 10)
      const running = await page.evaluate(() => document.getAnimations()
        .filter(a => a.playState === 'running')
        .map((a) => {
          const target = (a.effect as KeyframeEffect | null)?.target
          return `${a.constructor.name} ${(a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName ?? ''} on ${target?.tagName.toLowerCase() ?? '?'}.${target?.className ?? ''}`
        }))
      expect(running).toEqual([])
    })
  }
})
