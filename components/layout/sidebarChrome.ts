// What the sidebar adds around the chapter list: the site's other pages (the nav bar's plain links,
// shown at the top of the phone's drawer) and the inline script that scrolls the current link into
// view while the page is parsed. Pure.
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
 * Runs where it stands, right after the sidebar's list, before the first paint: when the current
 * page's link is out of view inside the sidebar, the sidebar (not the page) scrolls so that the link
 * sits in its upper third. Classic script (document.currentScript); the CSP allows it by its hash.
 */
export const REVEAL_CURRENT_SCRIPT = '(function(s){var a=s.parentElement,c=a&&a.querySelector(\'[aria-current="page"]\');if(!c)return;var r=a.getBoundingClientRect(),q=c.getBoundingClientRect();if(q.top>=r.top+64&&q.bottom<=r.bottom-32)return;a.scrollTop+=q.top-r.top-a.clientHeight/3})(document.currentScript)'
