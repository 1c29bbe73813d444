// axe-core over a mounted component's DOM. Rules that need layout are off: happy-dom computes no
// styles or boxes, so axe could only guess (color-contrast) or would report nothing useful; the
// Playwright a11y spec checks them on the built site.
import type { AxeResults } from 'axe-core'
import axe from 'axe-core'

const LAYOUT_RULES = ['color-contrast', 'color-contrast-enhanced', 'target-size', 'scrollable-region-focusable']

/** Formatted violations of `el` (attached to the document); an empty array when there are none. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results: AxeResults = await axe.run(el, {
    rules: Object.fromEntries(LAYOUT_RULES.map(id => [id, { enabled: false }])),
    // Fragments, not whole pages: no landmark or h1 expected.
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  })
  return results.violations.flatMap(v => v.nodes.map(n => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`))
}
