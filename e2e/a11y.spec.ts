// Accessibility of the built site: axe-core on every page in both themes on a phone and a desktop,
// the keyboard alone reaches every control with a visible focus ring, reduced motion stops our
// animations, and every image or diagram has a text alternative.
import type { Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { gardenPages } from './pages/garden'

const pages = gardenPages()
const schemes = ['light', 'dark'] as const
const widths = [360, 1280] as const

/**
 * Selectors axe skips, each with its reason. Only parts of VitePress's default theme we cannot
 * fix with CSS belong here; our own components are fixed instead.
 */
const EXCLUDED: Array<{ selector: string, reason: string }> = []

/** WCAG 2.x A/AA plus axe's best practices (landmarks, headings, region). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

async function axeViolations(page: Page): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS)
  for (const { selector } of EXCLUDED)
    builder = builder.exclude(selector)
  const { violations } = await builder.analyze()
  return violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`))
}

/** Loads a page in one colour scheme and waits until the theme and Vue have settled. */
async function open(page: Page, path: string, scheme: 'light' | 'dark') {
  // No stored preference: VitePress's 'auto' appearance follows prefers-color-scheme.
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto(path)
  await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
  await expect(page.locator('main h1').first()).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
}

test.describe('axe finds no violation', () => {
  for (const p of pages) {
    test(p.route, async ({ page }) => {
      // Four axe runs on one page: generous on a loaded 2-core machine.
      test.setTimeout(240_000)
      // One page, four looks: reusing it keeps the run short on a 2-core CI machine.
      const found: string[] = []
      for (const width of widths) {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 900 })
        for (const scheme of schemes) {
          await open(page, p.path, scheme)
          found.push(...(await axeViolations(page)).map(v => `[${scheme} ${width}px] ${v}`))
        }
      }
      expect(found).toEqual([])
    })
  }
})

test.describe('text alternatives and language', () => {
  for (const p of pages) {
    test(p.route, async ({ page }) => {
      await page.goto(p.path)
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja-JP')
      const missing = await page.evaluate(() => {
        const out: string[] = []
        for (const img of document.querySelectorAll('img')) {
          if (!img.hasAttribute('alt'))
            out.push(`img ${img.src}`)
        }
        for (const svg of document.querySelectorAll('svg[role="img"]')) {
          const labelled = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => document.getElementById(id)?.textContent?.trim() ?? '').join('')
          const name = svg.getAttribute('aria-label')?.trim() || labelled || svg.querySelector(':scope > title')?.textContent?.trim()
          if (!name)
            out.push(`svg ${svg.id || svg.outerHTML.slice(0, 80)}`)
        }
        return out
      })
      expect(missing).toEqual([])
    })
  }
})

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
      const id = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
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
  for (const [name, path] of [['home', './'], ['a note with a simulator', 'notes/pod-disruption-budget'], ['a note with a diagram', 'notes/source-ip-preservation']] as const) {
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
  for (const path of ['./', 'notes/pod-disruption-budget', 'notes/source-ip-preservation', 'notes/grpc-load-balancing', 'notes/job-retries', 'notes/topology-spread-constraints']) {
    test(`${path} runs no animation or transition`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await page.goto(path)
      await expect(page.locator('main h1').first()).toBeVisible()
      // Operate every control of the page's components: a transition would start now.
      const controls = page.locator('main .vp-doc :is(button, input[type=radio], input[type=checkbox])')
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
