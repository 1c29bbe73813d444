import type { DefaultTheme } from 'vitepress'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { REVEAL_CURRENT_SCRIPT, siteLinks } from './sidebarChrome'

describe('siteLinks', () => {
  it('keeps the nav bar\'s plain links and leaves out its groups', () => {
    const nav: DefaultTheme.NavItem[] = [
      { text: 'ホーム', link: '/' },
      {
        text: '章',
        items: [
          { text: '第1章', link: '/chapters/1' },
        ],
      },
      { text: '地図', link: '/map', activeMatch: '^/map' },
      { text: 'タグ', link: '/tags' },
    ]
    expect(siteLinks(nav)).toEqual([
      { text: 'ホーム', link: '/' },
      { text: '地図', link: '/map' },
      { text: 'タグ', link: '/tags' },
    ])
  })

  it('gives nothing for an empty nav', () => {
    expect(siteLinks([])).toEqual([])
  })
})

/**
 * The sidebar as GardenSidebar.vue renders it, in happy-dom, with the current link at `top`
 * (viewport px) in a 600 px-high sidebar scrolled to `scrollTop`, and the script at the end of the
 * page; then runs the script as the parser would. Returns the sidebar's scrollTop after.
 */
function runReveal({ top, scrollTop = 0, current = true }: { top: number, scrollTop?: number, current?: boolean }): number {
  const { document } = new Window()
  document.body.innerHTML = `<aside class="VPSidebar" data-sidebar><nav id="VPSidebarNav"><a class="gs-link" href="/notes/probes">Probe</a><a class="gs-link" href="/notes/gitops"${current ? ' aria-current="page"' : ''}>GitOpsとArgo CD</a></nav></aside><main></main><script></script>`
  const aside = document.querySelector('aside')!
  aside.scrollTop = scrollTop
  Object.defineProperty(aside, 'clientHeight', { value: 600 })
  aside.getBoundingClientRect = () => ({ top: 0, bottom: 600 }) as never
  document.querySelector('a:nth-child(2)')!.getBoundingClientRect = () => ({ top, bottom: top + 32 }) as never
  // eslint-disable-next-line no-new-func -- the script is a string the page runs inline
  new Function('document', REVEAL_CURRENT_SCRIPT)(document)
  return aside.scrollTop
}

describe('rEVEAL_CURRENT_SCRIPT', () => {
  it.each([
    // current link's top, sidebar's scrollTop before → after
    ['in view', 300, 0, 0],
    [
      'just inside the top margin (64 px)',
      64,
      100,
      100,
    ],
    [
      'just inside the bottom margin (32 px)',
      536,
      100,
      100,
    ],
    ['under the top edge', 63, 400, 263],
    ['past the bottom', 1200, 0, 1000],
    [
      'just past the bottom margin',
      537,
      0,
      337,
    ],
  ])('scrolls the sidebar, for a current link %s, from %i to %i', (_, top, before, after) => {
    expect(runReveal({ top, scrollTop: before })).toBe(after)
  })

  it('does nothing on a page with no current link in the sidebar', () => {
    expect(runReveal({ top: 1200, scrollTop: 50, current: false })).toBe(50)
  })

  it('does nothing on a page without a sidebar', () => {
    const { document } = new Window()
    document.body.innerHTML = '<main><a aria-current="page" href="/">Home</a></main><script></script>'
    // eslint-disable-next-line no-new-func -- the script is a string the page runs inline
    expect(() => new Function('document', REVEAL_CURRENT_SCRIPT)(document)).not.toThrow()
  })

  it('is one classic-script expression that takes nothing from the page but document', () => {
    expect(REVEAL_CURRENT_SCRIPT).toMatch(/^\(function\(a\)\{.*\}\)\(document\.querySelector\('\[data-sidebar\]'\)\)$/)
    expect(REVEAL_CURRENT_SCRIPT).not.toMatch(/\b(?:let|const|import)\b|=>/)
  })
})
