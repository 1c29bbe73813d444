// The code blocks' copy button, as VitePress 1.6's app does it (MIT, app/composables/copyCode.ts)
// without its app: the block's text minus lines marked removed or ignored, shell prompts ("$ ")
// dropped; the button shows "copied" for two seconds.
import { closest } from './dom'

const IGNORED = '.vp-copy-ignore, .diff.remove'
const SHELL = /language-(?:shellscript|shell|bash|sh|zsh)/

/** The text the button copies from its block's <pre>. */
export function codeText(pre: Element, blockClass: string): string {
  const clone = pre.cloneNode(true) as Element
  clone.querySelectorAll(IGNORED).forEach(node => node.remove())
  const text = clone.textContent ?? ''
  return SHELL.test(blockClass)
    ? text.replace(/^ *(?:\$|>) /gm, '').trim()
    : text
}

export function initCopyCode(doc: Document): void {
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>()
  doc.addEventListener('click', (event) => {
    const button = closest(event.target, 'div[class*="language-"] > button.copy')
    const block = button?.parentElement
    // The button, then the language label, then the <pre>.
    const pre = button?.nextElementSibling?.nextElementSibling
    if (!button || !block || !pre)
      return
    void doc.defaultView!.navigator.clipboard.writeText(codeText(pre, block.className)).then(() => {
      button.classList.add('copied')
      clearTimeout(timers.get(button))
      timers.set(button, setTimeout(() => {
        button.classList.remove('copied')
        button.blur()
        timers.delete(button)
      }, 2000))
    }, () => {})
  })
}
