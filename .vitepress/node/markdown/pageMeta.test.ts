import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { pageMetaPlugin } from './pageMeta'

async function render(src: string, relativePath: string) {
  disposeMdItInstance()
  const md = await createMarkdownRenderer('/tmp', {
    config: md => md.use(pageMetaPlugin),
  })
  return md.render(src, { relativePath, cleanUrls: true })
}

describe('pageMetaPlugin', () => {
  it.each([
    ['notes/gitops.md', true],
    ['chapters/2-running-apps.md', true],
    ['impressions.md', true],
    // The ways in carry no garden metadata.
    ['index.md', false],
    ['tags.md', false],
  ])('%s gets the meta line under its h1: %s', async (path, shown) => {
    const html = await render('# 見出し\n\n本文。\n\n# 二つめ', path)
    expect(html.split('<PageMeta />').length - 1).toBe(shown
      ? 1
      : 0)
    if (shown)
      expect(html.indexOf('<PageMeta />')).toBeGreaterThan(html.indexOf('</h1>'))
  })

  it('adds nothing to a page without an h1', async () => {
    expect(await render('## 節\n\n本文。', 'notes/x.md')).not.toContain('PageMeta')
  })
})
