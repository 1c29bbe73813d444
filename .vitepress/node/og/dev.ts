import type { Buffer } from 'node:buffer'
// Dev-server only (Vite `apply: 'serve'`): draws social cards on request at <base>og/<route>.png
// and serves the preview page at <base>__social/. Neither exists in a production build: cards
// there come from publish.ts, and the preview page is never written to disk.
import type { Plugin } from 'vite'
import type { SiteUrl } from '../../shared/site'
import type { ContentIndex } from '../content/index'
import type { PreviewEntry } from './preview'
import type { CardRenderer } from './render'
import { cardKey, cardText } from './generate'
import { buildPageMeta, metaHeadTags, ogImagePath } from './meta'
import { PREVIEW_PATH, previewHtml } from './preview'
import { createCardRenderer, rendererFingerprint } from './render'

export function previewEntries(site: SiteUrl, scan: ContentIndex): PreviewEntry[] {
  return scan.parsed.flatMap((p) => {
    const page = scan.pages.get(p.id)
    if (!page || !p.frontmatter)
      return []
    const meta = buildPageMeta(site, {
      relativePath: p.relativePath,
      title: page.title,
      description: page.description,
      frontmatter: p.frontmatter,
    }, scan.pages)
    return [
      {
        meta,
        head: metaHeadTags(site, meta),
        localImage: site.base + ogImagePath(page.route),
        localPage: site.base + page.route.slice(1),
      },
    ]
  })
}

export function socialDevPlugin(site: SiteUrl, scan: () => ContentIndex): Plugin {
  let renderer: CardRenderer | undefined
  const cards = new Map<string, Buffer>()
  return {
    name: 'garden:social-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0]!
        if (!path.startsWith(site.base))
          return next()
        const rest = path.slice(site.base.length)
        if (rest === PREVIEW_PATH || `${rest}/` === PREVIEW_PATH) {
          res.setHeader('content-type', 'text/html; charset=utf-8')
          res.end(previewHtml(previewEntries(site, scan())))
          return
        }
        if (!rest.startsWith('og/') || !rest.endsWith('.png'))
          return next()
        const current = scan()
        const page = [
          ...current.pages.values(),
        ].find(p => ogImagePath(p.route) === rest)
        if (!page)
          return next()
        try {
          const text = cardText(page, site, current.pages)
          const key = cardKey(text, rendererFingerprint())
          let png = cards.get(key)
          if (!png) {
            renderer ??= createCardRenderer()
            png = await renderer.render(text)
            cards.set(key, png)
          }
          res.setHeader('content-type', 'image/png')
          res.setHeader('cache-control', 'no-cache')
          res.end(png)
        }
        catch (error) {
          next(error)
        }
      })
    },
  }
}
