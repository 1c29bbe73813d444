// VitePress 1.6's link prefetch reads `link.pathname` on every observed <a>, but an SVG <a> (the
// garden map's nodes) has no `pathname`, so the prefetch throws "reading 'replace'" in the browser.
// Give SVG links the same read-only `pathname` an HTML link has, resolved from their href.
export function patchSvgLinkPathname(): void {
  if (typeof SVGAElement === 'undefined' || 'pathname' in SVGAElement.prototype)
    return
  Object.defineProperty(SVGAElement.prototype, 'pathname', {
    configurable: true,
    get(this: SVGAElement) {
      return new URL(this.href.baseVal, this.baseURI).pathname
    },
  })
}
