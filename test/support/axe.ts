// axe-core over a mounted component's DOM. Rules that need layout are off: happy-dom computes no
// styles or boxes, so axe could only guess (color-contrast) or would report nothing useful; the
// Playwright a11y spec checks them on the built site.
import type { AxeResults } from 'axe-core'
import axe from 'axe-core'

const LAYOUT_RULES = [
  'color-contrast',
  'color-contrast-enhanced',
  'target-size',
  'scrollable-region-focusable',
]
// Whole-page rules: a mounted component is a fragment without the theme's landmarks and h1.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one']

/** Formatted violations of `el` (attached to the document); an empty array when there are none. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results: AxeResults = await axe.run(el, {
    rules: Object.fromEntries([
      ...LAYOUT_RULES,
      ...PAGE_RULES,
    ].map(id => [
      id,
      { enabled: false },
    ])),
    runOnly: {
      type: 'tag',
      values: [
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
        'best-practice',
      ],
    },
  })
  return results.violations.flatMap(v => v.nodes.map(n => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`))
}
