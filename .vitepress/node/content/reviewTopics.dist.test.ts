import { describe, expect, it } from 'vitest'
import { htmlFileOfRoute, readBuilt, renderedText, siteBuild } from '../../../test/support/builtSite'
import { reviewTopics } from '../../../test/support/reviewTopics'

const site = siteBuild()

describe('the chapter pages cover every topic of the review', () => {
  it.each(Object.entries(reviewTopics))('%s names every topic in its rendered text', (route, terms) => {
    // Rendered text only: not diagram labels, nor the Mermaid sources in closed <details>.
    const text = renderedText(readBuilt(site, htmlFileOfRoute(route)), 'vp-doc')
    expect(text.length).toBeGreaterThan(500)
    expect(terms.filter(t => !text.includes(t)), `terms missing on ${route}`).toEqual([])
  })
})
