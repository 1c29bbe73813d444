// The dev-only social preview page (/__social/ under `npm run dev`): every page's card, its meta
// tags as built by .vitepress/node/og/meta.ts, and mock unfurls the way X and Slack lay them out.
// A plain HTML string with every value escaped; served by dev.ts, never part of the build. Pure.
import type { HeadConfig } from 'vitepress'
import type { PageMeta } from './meta'
import { escapeHtml } from '@vue/shared'

export interface PreviewEntry {
  meta: PageMeta
  head: HeadConfig[]
  /** Where the dev server serves the card: '/og/notes/gitops.png'. */
  localImage: string
  /** Where the page itself is in dev: '/notes/gitops'. */
  localPage: string
}

export const PREVIEW_PATH = '__social/'

function headLine([tag, attrs, inner]: HeadConfig): string {
  const attributes = Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')
  return inner === undefined
    ? `<${tag} ${attributes}>`
    : `<${tag} ${attributes}>${inner}</${tag}>`
}

function entryHtml(e: PreviewEntry): string {
  const m = e.meta
  const host = new URL(m.url).host
  const h = escapeHtml
  return `<section class="entry" aria-labelledby="t-${h(e.localPage)}">
  <h2 id="t-${h(e.localPage)}"><a href="${h(e.localPage)}">${h(m.title)}</a> <small>${h(m.type)} · ${h(m.url)}</small></h2>
  <div class="mocks">
    <figure class="x"><figcaption>X（summary_large_image）</figcaption>
      <div class="x-card"><img src="${h(e.localImage)}" alt="${h(m.image.alt)}" width="1200" height="630"><span class="x-domain">${h(host)}</span></div>
      <p class="x-from">${h(host)} からのリンク</p>
    </figure>
    <figure class="slack"><figcaption>Slack</figcaption>
      <div class="slack-card"><p class="slack-site">${h(m.url.startsWith('http')
        ? host
        : '')}</p>
        <p class="slack-title">${h(m.title)}</p><p class="slack-desc">${h(m.description)}</p>
        <img src="${h(e.localImage)}" alt="" width="360" height="189"></div>
    </figure>
  </div>
  <details><summary>meta（${e.head.length}）</summary><pre>${h(e.head.map(headLine).join('\n'))}</pre></details>
</section>`
}

export function previewHtml(entries: readonly PreviewEntry[]): string {
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>ソーシャルカードの確認（開発用）</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1b1f24;background:#f6f7f9}
.entry{background:#fff;border:1px solid #d8dee9;border-radius:8px;padding:12px 16px;margin:16px 0}
h2{font-size:1.1rem;margin:0 0 8px} h2 small{font-weight:400;color:#4b5563;font-size:.8rem;word-break:break-all}
.mocks{display:flex;flex-wrap:wrap;gap:24px} figure{margin:0;flex:1 1 320px} figcaption{font-size:.8rem;color:#4b5563}
.x-card{position:relative;border:1px solid #cfd9de;border-radius:16px;overflow:hidden} .x-card img{display:block;width:100%;height:auto}
.x-domain{position:absolute;left:12px;bottom:12px;background:rgba(0,0,0,.77);color:#fff;font-size:13px;padding:0 4px;border-radius:4px}
.x-from{font-size:13px;color:#536471;margin:4px 0}
.slack-card{border-left:4px solid #ddd;padding-left:12px;font-size:15px} .slack-card p{margin:2px 0}
.slack-site{font-weight:700;font-size:13px} .slack-title{color:#1264a3;font-weight:700} .slack-card img{border-radius:8px;max-width:360px;width:100%;height:auto}
pre{white-space:pre-wrap;word-break:break-all;font-size:12px;background:#f6f8fa;padding:8px}
</style></head>
<body><h1>ソーシャルカードの確認（開発用・本番ビルドには含まれない）</h1>
<p>${entries.length} ページ。カードは <code>npm run dev</code> がその場で描く。本番では build の最後に生成してキャッシュする。</p>
${entries.map(entryHtml).join('\n')}
</body></html>`
}
