// What the sidebar adds around the chapter list: the site's other pages (the nav bar's plain links,
// shown at the top of the phone's drawer) and the inline script that scrolls the current link into
// view before the first paint. Pure.
import type { DefaultTheme } from 'vitepress'

export interface SiteLink {
  text: string
  link: string
}

/** The nav bar's plain links (groups such as 「章」 are the sidebar's chapters already). */
export function siteLinks(nav: readonly DefaultTheme.NavItem[]): SiteLink[] {
  return nav.flatMap(item => 'link' in item && typeof item.link === 'string'
    ? [
        { text: item.text, link: item.link },
      ]
    : [])
}

/**
 * Runs at the end of the page (the Layout's last child, .vitepress/theme/index.ts), once the whole
 * page is parsed and the stylesheet has arrived, before the first paint: when the current page's link
 * is out of view inside the sidebar, the sidebar (not the page) scrolls so that the link sits in its
 * upper third. Classic script; the CSP allows it by its hash. Not inside the sidebar: a classic
 * script there held the parser until the stylesheet came, and the first frame then showed the nav
 * bar and the sidebar without the article (which came a frame later, the page's LCP with it).
 */
export const REVEAL_CURRENT_SCRIPT = '(function(a){var c=a&&a.querySelector(\'[aria-current="page"]\');if(!c)return;var r=a.getBoundingClientRect(),q=c.getBoundingClientRect();if(q.top>=r.top+64&&q.bottom<=r.bottom-32)return;a.scrollTop+=q.top-r.top-a.clientHeight/3})(document.querySelector(\'[data-sidebar]\'))'
