// How far the page scrolls sideways, run in the page (`page.evaluate(sidewaysScroll)`): the root's
// scroll width past its own width. Not clientWidth, nor the viewport's width: the site keeps the
// scrollbar's gutter (html { scrollbar-gutter: stable }), and headless Chromium hides the scrollbar but
// keeps that gutter, so the page is 15 px narrower than clientWidth on a desktop-like context.
export function sidewaysScroll(): number {
  const root = document.documentElement
  return root.scrollWidth - root.getBoundingClientRect().width
}
