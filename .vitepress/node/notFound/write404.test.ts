import { describe, expect, it } from 'vitest'
import { notFoundHtml, withBasePath } from '../../shared/notFound'
import { inject404 } from './write404'

const shell = '<html><body><div id="app"></div><script type="module" src="/assets/app.js"></script></body></html>'

describe('inject404', () => {
  it('fills the empty app shell with Japanese content and clears it before the app starts', () => {
    const html = inject404(shell, '/')
    expect(html).toContain('ページが見つかりません')
    expect(html.indexOf('replaceChildren')).toBeGreaterThan(html.indexOf('ページが見つかりません'))
    expect(html.indexOf('replaceChildren')).toBeLessThan(html.indexOf('type="module"'))
  })

  it.each([
    ['/', '<a href="/">', '<a href="/tags">'],
    ['/k8s-notes/', '<a href="/k8s-notes/">', '<a href="/k8s-notes/tags">'],
  ])('links respect the base %s', (base, home, tags) => {
    const html = inject404(shell, base)
    expect(html).toContain(home)
    expect(html).toContain(tags)
  })

  it('leaves a page that already has content alone', () => {
    const html = '<div id="app"><p>本文</p></div>'
    expect(inject404(html, '/')).toBe(html)
  })
})

describe('withBasePath', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/tags', '/tags'],
    ['/sub/', '/', '/sub/'],
    ['/sub/', '/chapters/1-basics', '/sub/chapters/1-basics'],
  ])('(%s, %s) → %s', (base, route, url) => {
    expect(withBasePath(base, route)).toBe(url)
  })
})

describe('notFoundHtml', () => {
  it('has one h1 and no script', () => {
    const html = notFoundHtml('/')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).not.toContain('<script')
  })
})
