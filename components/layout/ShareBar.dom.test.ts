import type { VueWrapper } from '@vue/test-utils'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../testing/axe'
import { gardenPage, navigate, resetVitepress, setPage } from '../testing/vitepress'
import ShareBar from './ShareBar.vue'
import { shareLinks, shareTarget } from './shareLinks'

vi.mock('vitepress', () => import('../testing/vitepress'))

const URL_ = 'https://example.com/notes/gitops'
const TITLE = 'GitOpsとArgo CD'

let wrapper: VueWrapper | undefined
beforeEach(() => {
  resetVitepress()
  setPage({
    relativePath: 'notes/gitops.md',
    title: TITLE,
    garden: gardenPage({ url: URL_ }),
  })
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.unstubAllGlobals()
  vi.useRealTimers()
  document.body.innerHTML = ''
  history.replaceState(null, '', '/')
})

function setup(props: { followSection?: boolean } = {}) {
  const w = mount(ShareBar, { props, attachTo: document.body })
  wrapper = w
  const button = (name: string) => w.findAll('button').find(b => b.text() === name)
  return {
    w,
    region: () => w.find('section'),
    status: () => w.get('[role="status"]').text(),
    copy: () => button('リンクをコピー')!,
    native: () => button('共有…'),
  }
}

function stubClipboard(writeText = vi.fn(async () => {})) {
  vi.stubGlobal('navigator', {
    ...navigator,
    clipboard: { writeText },
  })
  return writeText
}

/** Headings of a note at given distances from the viewport's top. */
function headings(tops: Record<string, number>) {
  const doc = document.createElement('div')
  doc.className = 'vp-doc'
  for (const [text, top] of Object.entries(tops)) {
    const h = document.createElement('h2')
    h.id = text
    h.innerHTML = `${text} <a class="header-anchor" href="#${text}">\u200B</a>`
    h.getBoundingClientRect = () => ({ top }) as DOMRect
    doc.append(h)
  }
  document.body.append(doc)
  return doc
}

describe('shareBar', () => {
  it('appears only on chapter and note pages with garden data', async () => {
    const { region } = setup()
    expect(region().exists()).toBe(true)
    setPage({
      relativePath: 'tags.md',
      title: 'タグ',
      garden: gardenPage(),
    })
    await flushPromises()
    expect(region().exists()).toBe(false)
    setPage({ relativePath: 'notes/gitops.md', title: TITLE })
    await flushPromises()
    expect(region().exists()).toBe(false)
  })

  it('links to X, Hatena Bookmark and Bluesky in a new tab with the page\'s URL and title', () => {
    const { w, region } = setup()
    expect(region().attributes('aria-label')).toBe('このページを共有')
    const links = w.findAll('a')
    expect(links.map(a => a.attributes('href'))).toEqual(shareLinks(shareTarget(URL_, TITLE)).map(l => l.href))
    expect(links.map(a => a.text())).toEqual(['Xでポスト（新しいタブで開く）', 'はてなブックマークに追加（新しいタブで開く）', 'Blueskyに投稿（新しいタブで開く）'])
    for (const a of links) {
      expect(a.attributes('target')).toBe('_blank')
      expect(a.attributes('rel')).toBe('noopener noreferrer')
    }
  })

  it('copies the page\'s URL and says so in a live region', async () => {
    const writeText = stubClipboard()
    const { status, copy } = setup()
    expect(status()).toBe('')
    await copy().trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(URL_)
    expect(status()).toBe('このページのリンクをコピーした')
  })

  it('says when copying fails', async () => {
    stubClipboard(vi.fn(async () => {
      throw new DOMException('denied', 'NotAllowedError')
    }))
    const { status, copy } = setup()
    await copy().trigger('click')
    await flushPromises()
    expect(status()).toBe('コピーできなかった。アドレスバーのURLを使ってほしい')
  })

  it('clears the message after navigating to another page', async () => {
    stubClipboard()
    const { status, copy } = setup()
    await copy().trigger('click')
    await flushPromises()
    navigate('/notes/pod-disruption-budget')
    await flushPromises()
    expect(status()).toBe('')
  })

  it('offers the browser\'s share sheet only where there is one', async () => {
    const without = setup()
    await flushPromises()
    expect(without.native()).toBeUndefined()
    without.w.unmount()
    const share = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, share })
    const { native, status } = setup()
    await flushPromises()
    await native()!.trigger('click')
    await flushPromises()
    expect(share).toHaveBeenCalledWith({ title: TITLE, text: `${TITLE}｜知識地図ノート`, url: URL_ })
    expect(status()).toBe('')
  })

  it('stays quiet when the reader closes the share sheet and speaks up on a real failure', async () => {
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError')
    })
    vi.stubGlobal('navigator', { ...navigator, share })
    const { native, status } = setup()
    await flushPromises()
    await native()!.trigger('click')
    await flushPromises()
    expect(status()).toBe('')
    share.mockRejectedValueOnce(new TypeError('not allowed'))
    await native()!.trigger('click')
    await flushPromises()
    expect(status()).toBe('共有できなかった。リンクのコピーを使ってほしい')
  })

  it('in the aside, shares the section the reader has scrolled to', async () => {
    vi.useFakeTimers()
    const writeText = stubClipboard()
    const doc = headings({ はじめに: -400, Argo_CDの同期: 80, まとめ: 900 })
    const { w, region, status, copy } = setup({ followSection: true })
    await flushPromises()
    expect(region().attributes('aria-label')).toBe('読んでいる節を共有')
    expect(w.get('.share-subject').text()).toBe('「Argo_CDの同期」')
    expect(w.get('.share-title').text()).toMatch(/^この節を共有/)

    const [first, second, third] = doc.querySelectorAll('h2')
    first!.getBoundingClientRect = () => ({ top: -1200 }) as DOMRect
    second!.getBoundingClientRect = () => ({ top: -700 }) as DOMRect
    third!.getBoundingClientRect = () => ({ top: 60 }) as DOMRect
    window.dispatchEvent(new Event('scroll'))
    vi.advanceTimersToNextFrame()
    await flushPromises()
    expect(w.get('.share-subject').text()).toBe('「まとめ」')

    await copy().trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(`${URL_}#${encodeURIComponent('まとめ')}`)
    expect(status()).toBe('「まとめ」へのリンクをコピーした')
  })

  it('in the aside, shares the whole page above the first heading and follows a jump by #hash', async () => {
    headings({ はじめに: 300, まとめ: 900 })
    const { w } = setup({ followSection: true })
    await flushPromises()
    expect(w.get('.share-subject').text()).toBe('このページ')
    expect(w.get('.share-title').text()).toMatch(/^このページを共有/)
    history.replaceState(null, '', `#${encodeURIComponent('はじめに')}`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await flushPromises()
    expect(w.get('.share-subject').text()).toBe('「はじめに」')
  })

  it('has no axe violations, in the footer and in the aside', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      share: vi.fn(),
    })
    const { w, native } = setup()
    await flushPromises()
    expect(native()).toBeDefined()
    expect(await axeViolations(w.element)).toEqual([])
    w.unmount()
    headings({ はじめに: 60 })
    const aside = setup({ followSection: true })
    await flushPromises()
    expect(await axeViolations(aside.w.element)).toEqual([])
  })

  it('removes its window listeners on unmount', () => {
    const add = vi.spyOn(window, 'addEventListener')
    const remove = vi.spyOn(window, 'removeEventListener')
    setup({ followSection: true }).w.unmount()
    wrapper = undefined
    for (const [type, fn] of add.mock.calls.filter(([t]) => t === 'scroll' || t === 'hashchange'))
      expect(remove.mock.calls.some(([t, f]) => t === type && f === fn)).toBe(true)
    expect(add.mock.calls.map(([t]) => t)).toEqual(expect.arrayContaining(['scroll', 'hashchange']))
    add.mockRestore()
    remove.mockRestore()
  })
})
