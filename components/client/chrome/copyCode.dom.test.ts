import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { collectListeners } from '../../../test/support/listeners'
import { initCopyCode } from './copyCode'

// A shell block as VitePress renders it: the button, the language label, then the <pre>.
const BLOCK = `<div class="language-sh vp-adaptive-theme"><button title="コードをコピー" class="copy"></button><span class="lang">sh</span><pre class="shiki vp-code"><code><span class="line">$ kubectl get pods</span>
<span class="line">NAME   READY   「準備完了」</span></code></pre></div>`

let release: () => void
let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>
const button = () => document.querySelector<HTMLButtonElement>('button.copy')!
const copied = () => button().classList.contains('copied')

/** Clicks and waits for the clipboard's answer (the behaviour's own `then` runs first). */
async function click(el: HTMLElement = button()) {
  el.click()
  await writeText.mock.results.at(-1)?.value.catch(() => {})
}

beforeEach(() => {
  vi.useFakeTimers()
  writeText = vi.fn(() => Promise.resolve())
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard)
  release = collectListeners(document)
  document.body.innerHTML = `<main class="vp-doc">${BLOCK}<p>本文</p></main>`
  initCopyCode(document)
})
afterEach(() => {
  release()
  vi.useRealTimers()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('initCopyCode', () => {
  it('copies the block\'s text without prompts and shows "copied" for two seconds', async () => {
    await click()
    expect(writeText).toHaveBeenCalledWith('kubectl get pods\nNAME   READY   「準備完了」')
    expect(copied()).toBe(true)
    vi.advanceTimersByTime(1999)
    expect(copied()).toBe(true)
    vi.advanceTimersByTime(1)
    expect(copied()).toBe(false)
  })

  it('restarts the two seconds on a second click', async () => {
    await click()
    vi.advanceTimersByTime(1500)
    await click()
    vi.advanceTimersByTime(1500)
    expect(copied()).toBe(true)
    vi.advanceTimersByTime(500)
    expect(copied()).toBe(false)
  })

  it('shows nothing when the clipboard refuses', async () => {
    writeText.mockImplementation(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    await click()
    expect(writeText).toHaveBeenCalledTimes(1)
    expect(copied()).toBe(false)
  })

  it('ignores clicks elsewhere, the code itself included', async () => {
    await click(document.querySelector('pre')!)
    await click(document.querySelector('p')!)
    expect(writeText).not.toHaveBeenCalled()
  })
})
