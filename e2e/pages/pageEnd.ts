// What e2e/page-end.spec.ts measures in the page (each function runs in the browser): where the
// article's end is and what follows it, where the pager is, and how the maps are drawn.

export interface PageEnd {
  height: number
  /** Bottom of the last block of 参考資料, in page px. */
  referencesBottom: number
  pagerBottom: number
  /** Visible blocks of the doc area that end below the pager (its wrappers aside). */
  belowPager: string[]
  sideways: number
}

export function measurePageEnd(): PageEnd {
  const top = (r: DOMRect) => r.top + window.scrollY
  const heading = document.getElementById('references')!
  let last: Element = heading
  while (last.nextElementSibling && !last.nextElementSibling.matches('h2, section'))
    last = last.nextElementSibling
  const nav = document.querySelector('.VPDocFooter .prev-next')!
  const pager = nav.getBoundingClientRect()
  const pagerBottom = top(pager) + pager.height
  const belowPager = [
    ...document.querySelectorAll('.VPDoc *'),
  ].filter((e) => {
    const r = e.getBoundingClientRect()
    // checkVisibility: the content of a closed <details> keeps its boxes but is not shown.
    return r.width > 0 && r.height > 0 && top(r) + r.height > pagerBottom + 1 && e.checkVisibility({ visibilityProperty: true }) && !e.contains(nav) && !e.closest('.VPDocAside, .aside')
  }).map(e => `${e.tagName.toLowerCase()}.${e.className}`)
  const r = last.getBoundingClientRect()
  return {
    height: document.documentElement.scrollHeight,
    referencesBottom: top(r) + r.height,
    pagerBottom,
    belowPager,
    // The root's own width, not clientWidth (which holds the hidden scrollbar's kept gutter): see sideways.ts.
    sideways: document.documentElement.scrollWidth - document.documentElement.getBoundingClientRect().width,
  }
}

/** Every box of the visible SVGs under `selector` whole inside its SVG, border included. */
export function clippedBoxes(selector: string): string[] {
  const out: string[] = []
  for (const svg of document.querySelectorAll<SVGSVGElement>(`${selector} svg.gm-svg`)) {
    const s = svg.getBoundingClientRect()
    if (s.width === 0)
      continue
    const scale = s.width / svg.viewBox.baseVal.width
    for (const rect of svg.querySelectorAll('a rect, g.gm-self rect')) {
      const r = rect.getBoundingClientRect()
      const half = Number.parseFloat(getComputedStyle(rect).strokeWidth) * scale / 2
      if (r.left - half < s.left - 0.5 || r.top - half < s.top - 0.5 || r.right + half > s.right + 0.5 || r.bottom + half > s.bottom + 0.5)
        out.push(rect.parentElement!.textContent ?? '')
    }
  }
  return out
}

/** Drawn lines of the visible garden map that pass inside a box other than the two they join. */
export function linesUnderBoxes(): { drawn: number, under: string[] } {
  const svg = [
    ...document.querySelectorAll<SVGSVGElement>('.garden-map svg.gm-svg'),
  ].find(s => s.getBoundingClientRect().width > 0)!
  const boxes = [
    ...svg.querySelectorAll<SVGRectElement>('a.gm-node rect'),
  ].map(r => ({
    r: r.getBBox(),
    title: r.parentElement!.textContent ?? '',
  }))
  const paths = [
    ...svg.querySelectorAll<SVGPathElement>('path.gm-edge'),
  ].filter(p => Number(getComputedStyle(p).opacity) > 0)
  const under: string[] = []
  for (const p of paths) {
    const length = p.getTotalLength()
    for (let d = 0; d <= length; d += 1) {
      const { x, y } = p.getPointAtLength(d)
      const hit = boxes.find(b => x > b.r.x + 0.5 && x < b.r.x + b.r.width - 0.5 && y > b.r.y + 0.5 && y < b.r.y + b.r.height - 0.5)
      if (hit) {
        under.push(`${p.getAttribute('class')} under ${hit.title}`)
        break
      }
    }
  }
  return { drawn: paths.length, under }
}

/** The contrast of the map's lines with the region they are drawn on, from the computed colours. */
export function lineContrast(): number {
  const svg = [
    ...document.querySelectorAll<SVGSVGElement>('.garden-map svg.gm-svg'),
  ].find(s => s.getBoundingClientRect().width > 0)!
  const rgb = (c: string): number[] => {
    const probe = document.createElement('div')
    probe.style.color = c
    document.body.append(probe)
    const v = getComputedStyle(probe).color
    probe.remove()
    const n = v.match(/[\d.]+/g)!.map(Number)
    // color(srgb r g b) is 0–1, rgb() 0–255.
    return v.startsWith('color(')
      ? n.slice(0, 3).map(x => x * 255)
      : n.slice(0, 3)
  }
  const lum = (c: number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255
      return s <= 0.03928
        ? s / 12.92
        : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const edge = svg.querySelector<SVGPathElement>('path.gm-edge:not(.gm-cross)')!
  const style = getComputedStyle(edge)
  if (Number(style.opacity) < 1 || Number(style.strokeOpacity) < 1)
    return 0
  const line = lum(rgb(style.stroke))
  const bg = lum(rgb(getComputedStyle(svg.querySelector('.gm-region')!).fill))
  return (Math.max(line, bg) + 0.05) / (Math.min(line, bg) + 0.05)
}
