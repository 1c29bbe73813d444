// The 404 page's Japanese content, in one place for the two ways it is shown: the in-app page
// (components/layout/NotFoundPage.vue) and the static HTML that the build writes into 404.html
// for readers without JavaScript (.vitepress/node/notFound/write404.ts). Pure: no node:*, no DOM.
import { escapeHtml } from '@vue/shared'
import { phraseBreakHtml } from './phrases'

export interface NotFoundLink {
  /** Route without base, e.g. '/tags'. */
  route: string
  label: string
}

export const NOT_FOUND = {
  code: '404',
  title: 'ページが見つかりません',
  lead: 'お探しのページは移動したか、削除されたか、URLが間違っている可能性があります。',
  searchHint: '画面上部の「検索」からサイト内を探せます（キーボードでは / キー）。',
  searchButton: 'サイト内を検索する',
  linksLabel: 'ここから探す',
  links: [
    { route: '/', label: 'ホーム（知識地図とノートの一覧）' },
    { route: '/chapters/1-basics', label: '第1章 Kubernetesの基本' },
    { route: '/chapters/2-running-apps', label: '第2章 Kubernetesにおけるアプリケーションの起動' },
    { route: '/chapters/3-iac', label: '第3章 KubernetesにおけるInfrastructure as Code' },
    { route: '/chapters/4-operations', label: '第4章 Kubernetesにおけるアプリケーション運用' },
    { route: '/tags', label: 'タグから探す' },
  ] satisfies NotFoundLink[],
}

/** `base` + route: ('/k8s/', '/tags') → '/k8s/tags'. */
export function withBasePath(base: string, route: string): string {
  return `${base.replace(/\/+$/, '')}${route}` || '/'
}

/** Static markup of the 404 page (no scripts, no Vue): shown when JavaScript is off. */
export function notFoundHtml(base: string): string {
  const links = NOT_FOUND.links
    .map(l => `<li><a href="${escapeHtml(withBasePath(base, l.route))}">${phraseBreakHtml(l.label, escapeHtml)}</a></li>`)
    .join('')
  return `<main class="garden-404" lang="ja"><p class="garden-404-code">${NOT_FOUND.code}</p>`
    + `<h1>${escapeHtml(NOT_FOUND.title)}</h1><p>${escapeHtml(NOT_FOUND.lead)}</p>`
    + `<nav aria-label="${escapeHtml(NOT_FOUND.linksLabel)}"><ul>${links}</ul></nav>`
    + `<p class="garden-404-search">${escapeHtml(NOT_FOUND.searchHint)}</p></main>`
}
