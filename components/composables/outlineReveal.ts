// Where a scrolling outline must stand so that its current item is in view (useOutlineFollow).

export interface Reveal {
  /** The scroller's scrollTop, visible height and the height of what sticks at its top. */
  scrollTop: number
  viewHeight: number
  stickyTop: number
  /** The item's top and height in the scroller's content (scrollTop 0). */
  itemTop: number
  itemHeight: number
  /** Room kept between the item and the edge it is brought to, so its neighbours show too. */
  margin: number
}

/** The scrollTop that shows the item with the least movement; the same one when it is in view. */
export function revealScrollTop({ scrollTop, viewHeight, stickyTop, itemTop, itemHeight, margin }: Reveal): number {
  const top = scrollTop + stickyTop
  const bottom = scrollTop + viewHeight
  if (itemTop < top)
    return Math.max(0, itemTop - stickyTop - margin)
  if (itemTop + itemHeight > bottom)
    return Math.min(itemTop - stickyTop, itemTop + itemHeight - viewHeight + margin)
  return scrollTop
}
