import type { VueWrapper } from '@vue/test-utils'
import type { ListenerLedger } from '../../test/support/listeners'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../../test/support/axe'
import { trackListeners } from '../../test/support/listeners'
import { gardenPage, resetVitepress, setPage } from '../../test/support/vitepress'
import { initShare, retargetShare } from '../client/chrome/share'
import ShareBar from './ShareBar.vue'

vi.mock('vitepress', () => import('../../test/support/vitepress'))

const URL_ = 'https://example.com/notes/gitops'
const TITLE = 'GitOpsとArgo CD'
const ENCODED_URL = 'https%3A%2F%2Fexample.com%2Fnotes%2Fgitops'
const SECTION = { id: 'argo-cdの同期', text: 'Argo CDの同期' }
const SECTION_URL = `${URL_}#argo-cd%E3%81%AE%E5%90%8C%E6%9C%9F`

/** The three services' links for a shared URL and the post text that goes with it. */
function expectedHrefs(url: string, text: string) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(text)
  return [
    `https://x.com/intent/post?text=${t}&url=${u}`,
    `https://b.hatena.ne.jp/entry/panel/?url=${u}`,
    `https://bsky.app/intent/compose?text=${encodeURIComponent(`${text} ${url}`)}`,
  ]
}
const PAGE_HREFS = expectedHrefs(URL_, `${TITLE}｜知識地図ノート`)
const SECTION_HREFS = expectedHrefs(SECTION_URL, `Argo CDの同期｜${TITLE}｜知識地図ノート`)

const wrappers: VueWrapper[] = []
let ledger: ListenerLedger | undefined
beforeEach(() => {
  resetVitepress()
  setPage({
    relativePath: 'notes/gitops.md',
    title: TITLE,
    garden: gardenPage({ url: URL_ }),
  })
})
afterEach(() => {
  ledger?.dispose()
  ledger = undefined
  for (const w of wrappers.splice(0))
    w.unmount()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function mountBar(props: { followSection?: boolean } = {}) {
  const w = mount(ShareBar, { props, attachTo: document.body })
  wrappers.push(w)
  return w
}

/** One bar's parts, read from the DOM as a reader's assistive technology would. */
function parts(el: Element) {
  const text = (selector: string) => el.querySelector(selector)?.textContent?.trim()
  return {
    el,
    button: () => el.querySelector<HTMLButtonElement>('[data-share-copy]')!,
    status: () => text('[data-share-status]'),
    heading: () => text('[data-share-heading]'),
    subject: () => text('[data-share-subject]'),
    hrefs: () => Array.from(el.querySelectorAll('a[data-service]'), a => a.getAttribute('href')),
  }
}

/** A note's server markup (footer bar and aside bar) with initShare running on the document. */
function sharePage() {
  const footer = parts(mountBar().element)
  const aside = parts(mountBar({ followSection: true }).element)
  ledger = trackListeners(document)
  initShare(document)
  return { footer, aside }
}

function stubClipboard(writeText: (text: string) => Promise<void> = async () => {}) {
  const spy = vi.fn(writeText)
  vi.stubGlobal('navigator', {
    ...navigator,
    clipboard: { writeText: spy },
  })
  return spy
}

function stubShareSheet(share: (data: ShareData) => Promise<void> = async () => {}) {
  const spy = vi.fn(share)
  const writeText = vi.fn(async () => {})
  vi.stubGlobal('navigator', {
    ...navigator,
    share: spy,
    clipboard: { writeText },
  })
  return { share: spy, writeText }
}

async function press(button: HTMLButtonElement) {
  button.click()
  await flushPromises()
}

describe('shareBar', () => {
  it.each([
    {
      page: 'a note',
      relativePath: 'notes/gitops.md',
      kind: 'note',
      shown: true,
    },
    {
      page: 'a chapter',
      relativePath: 'chapters/3-iac.md',
      kind: 'chapter',
      shown: true,
    },
    {
      page: 'the tag index',
      relativePath: 'tags.md',
      kind: 'page',
      shown: false,
    },
    {
      page: 'the home page',
      relativePath: 'index.md',
      kind: 'page',
      shown: false,
    },
    { page: 'a note without garden data (404)', relativePath: 'notes/gitops.md', shown: false },
  ] as const)('on $page, renders a bar: $shown', ({ relativePath, kind, shown }) => {
    setPage({ relativePath, title: TITLE, garden: kind && gardenPage({ url: URL_, kind }) })
    expect(mountBar().find('[data-share]').exists()).toBe(shown)
  })

  it('links to X, Hatena Bookmark and Bluesky in a new tab with the page\'s encoded URL and title', () => {
    const w = mountBar()
    const bar = w.get('section[data-share]')
    expect(bar.attributes('aria-label')).toBe('このページを共有')
    expect(bar.attributes('data-share-url')).toBe(URL_)
    expect(bar.attributes('data-share-title')).toBe(TITLE)
    expect(bar.attributes()).not.toHaveProperty('data-share-follow')
    const links = bar.findAll('a')
    expect(links.map(a => a.attributes('data-service'))).toEqual(['x', 'hatena', 'bluesky'])
    expect(links.map(a => a.attributes('href'))).toEqual(PAGE_HREFS)
    expect(links[0]!.attributes('href')).toContain(`&url=${ENCODED_URL}`)
    expect(links[1]!.attributes('href')).toBe(`https://b.hatena.ne.jp/entry/panel/?url=${ENCODED_URL}`)
    expect(links[2]!.attributes('href')).toMatch(new RegExp(`%20${ENCODED_URL}$`))
    expect(links.map(a => a.text())).toEqual(['Xでポスト（新しいタブで開く）', 'はてなブックマークに追加（新しいタブで開く）', 'Blueskyに投稿（新しいタブで開く）'])
    for (const a of links) {
      expect(a.attributes('target')).toBe('_blank')
      expect(a.attributes('rel')).toBe('noopener noreferrer')
    }
    expect(bar.get('[data-share-copy]').text()).toBe('リンクをコピー')
    expect(bar.get('[data-share-status]').attributes()).toMatchObject({ 'role': 'status', 'aria-live': 'polite' })
    expect(bar.get('[data-share-status]').text()).toBe('')
    expect(bar.find('[data-share-subject]').exists()).toBe(false)
  })

  it('in the aside, is marked to follow the section and starts on the whole page', () => {
    const aside = mountBar({ followSection: true }).get('section[data-share]')
    expect(aside.attributes('aria-label')).toBe('読んでいる節を共有')
    expect(aside.attributes()).toHaveProperty('data-share-follow')
    expect(aside.classes()).toContain('aside')
    expect(aside.get('[data-share-heading]').text()).toBe('このページを共有')
    expect(aside.get('[data-share-subject]').text()).toBe(`「${TITLE}」`)
    expect(aside.findAll('a').map(a => a.attributes('href'))).toEqual(PAGE_HREFS)
  })
})

describe('initShare', () => {
  const copies: { from: string, bar: 'footer' | 'aside', section?: typeof SECTION, url: string, spoken: string }[] = [
    {
      from: 'the footer: the page',
      bar: 'footer',
      url: URL_,
      spoken: 'このページのリンクをコピーした',
    },
    {
      from: 'the aside above the first heading: the page',
      bar: 'aside',
      url: URL_,
      spoken: 'このページのリンクをコピーした',
    },
    {
      from: 'the aside in a section: the section',
      bar: 'aside',
      section: SECTION,
      url: SECTION_URL,
      spoken: '「Argo CDの同期」へのリンクをコピーした',
    },
    {
      from: 'the footer while the aside follows a section: the page',
      bar: 'footer',
      section: SECTION,
      url: URL_,
      spoken: 'このページのリンクをコピーした',
    },
  ]
  it.each(copies)('copies from $from, and says so in that bar\'s live region', async ({ bar: which, section, url, spoken }) => {
    const writeText = stubClipboard()
    const bars = sharePage()
    retargetShare(document, section)
    const bar = bars[which]
    const other = which === 'footer'
      ? bars.aside
      : bars.footer
    expect(bar.button().textContent!.trim()).toBe('リンクをコピー')
    await press(bar.button())
    expect(writeText).toHaveBeenCalledTimes(1)
    expect(writeText).toHaveBeenCalledWith(url)
    expect(bar.status()).toBe(spoken)
    expect(other.status()).toBe('')
  })

  it('says when copying fails', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError')
    })
    const { footer } = sharePage()
    await press(footer.button())
    expect(footer.status()).toBe('コピーできなかった。アドレスバーのURLを使ってほしい')
  })

  it('relabels the buttons 「共有…」 and opens the share sheet instead of copying where there is one', async () => {
    const { share, writeText } = stubShareSheet()
    const { footer, aside } = sharePage()
    expect([footer, aside].map(b => b.button().textContent)).toEqual(['共有…', '共有…'])
    await press(footer.button())
    expect(share).toHaveBeenCalledWith({ title: TITLE, text: `${TITLE}｜知識地図ノート`, url: URL_ })
    retargetShare(document, SECTION)
    await press(aside.button())
    expect(share).toHaveBeenLastCalledWith({
      title: `Argo CDの同期｜${TITLE}`,
      text: `Argo CDの同期｜${TITLE}｜知識地図ノート`,
      url: SECTION_URL,
    })
    expect(share).toHaveBeenCalledTimes(2)
    expect(writeText).not.toHaveBeenCalled()
    expect([
      footer.status(),
      aside.status(),
    ]).toEqual(['', ''])
  })

  it.each([
    [
      'stays quiet when the reader closes the sheet',
      new DOMException('cancelled', 'AbortError'),
      '',
    ],
    [
      'speaks up when the sheet refuses',
      new DOMException('denied', 'NotAllowedError'),
      '共有できなかった。アドレスバーのURLを使ってほしい',
    ],
    [
      'speaks up on any other error',
      new TypeError('bad data'),
      '共有できなかった。アドレスバーのURLを使ってほしい',
    ],
  ])('%s', async (_, error, spoken) => {
    stubShareSheet(async () => {
      throw error
    })
    const { footer } = sharePage()
    await press(footer.button())
    expect(footer.status()).toBe(spoken)
  })

  it('ignores clicks outside the share buttons', async () => {
    const writeText = stubClipboard()
    const { footer } = sharePage()
    footer.el.querySelector<HTMLElement>('[data-share-heading]')!.click()
    await flushPromises()
    expect(writeText).not.toHaveBeenCalled()
  })
})

describe('retargetShare', () => {
  it('points the aside\'s links, heading and subject at a section and clears its status, leaving the footer alone', async () => {
    stubClipboard()
    const { footer, aside } = sharePage()
    await press(aside.button())
    await press(footer.button())
    retargetShare(document, SECTION)
    expect(aside.hrefs()).toEqual(SECTION_HREFS)
    expect(aside.heading()).toBe('この節を共有')
    expect(aside.subject()).toBe('「Argo CDの同期」')
    expect(aside.status()).toBe('')
    expect(footer.hrefs()).toEqual(PAGE_HREFS)
    expect(footer.heading()).toBe('このページを共有')
    expect(footer.status()).toBe('このページのリンクをコピーした')
  })

  it('keeps the status while the section stays the same (it runs on every scrolled frame)', async () => {
    stubClipboard()
    const { aside } = sharePage()
    retargetShare(document, SECTION)
    await press(aside.button())
    retargetShare(document, { ...SECTION })
    expect(aside.status()).toBe('「Argo CDの同期」へのリンクをコピーした')
  })

  it('goes back to the whole page with undefined', async () => {
    const writeText = stubClipboard()
    const { aside } = sharePage()
    retargetShare(document, SECTION)
    await press(aside.button())
    retargetShare(document, undefined)
    expect(aside.hrefs()).toEqual(PAGE_HREFS)
    expect(aside.heading()).toBe('このページを共有')
    expect(aside.subject()).toBe(`「${TITLE}」`)
    expect(aside.status()).toBe('')
    await press(aside.button())
    expect(writeText).toHaveBeenLastCalledWith(URL_)
    expect(aside.status()).toBe('このページのリンクをコピーした')
  })

  it('moves from one section to the next', () => {
    sharePage()
    retargetShare(document, SECTION)
    retargetShare(document, { id: 'まとめ', text: 'まとめ' })
    const aside = parts(document.querySelector('[data-share-follow]')!)
    expect(aside.subject()).toBe('「まとめ」')
    expect(aside.hrefs()[1]).toBe(`https://b.hatena.ne.jp/entry/panel/?url=${ENCODED_URL}%23%25E3%2581%25BE%25E3%2581%25A8%25E3%2582%2581`)
  })
})

describe('share bars', () => {
  it('have no axe violations, with the share sheet, in a section and after a message', async () => {
    stubShareSheet(async () => {
      throw new TypeError('bad data')
    })
    const { footer } = sharePage()
    expect(await axeViolations(document.body)).toEqual([])
    retargetShare(document, SECTION)
    await press(footer.button())
    expect(footer.status()).not.toBe('')
    expect(await axeViolations(document.body)).toEqual([])
  })
})
