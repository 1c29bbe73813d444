import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { codeText } from './copyCode'

/** A code block's <pre> as VitePress's Shiki renders it: one span.line per line, joined by newlines. */
function pre(lines: string[]): Element {
  const { document } = new Window()
  document.body.innerHTML = `<pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>${lines.join('\n')}</code></pre>`
  return document.querySelector('pre') as unknown as Element
}
function line(html: string, cls = '') {
  return `<span class="line${cls
    ? ` ${cls}`
    : ''}">${html}</span>`
}

describe('codeText', () => {
  it.each([
    [
      'drops the prompt of a sh command',
      'language-sh',
      [
        line('<span style="--shiki-light:#6F42C1">$ kubectl</span><span> get pods -n argocd</span>'),
        line('NAME                READY'),
      ],
      'kubectl get pods -n argocd\nNAME                READY',
    ],
    [
      'drops continuation prompts in bash',
      'language-bash',
      [
        line('$ echo "こんにちは" \\'),
        line('> | wc -m'),
      ],
      'echo "こんにちは" \\\n| wc -m',
    ],
    [
      'drops an indented prompt in zsh',
      'language-zsh',
      [
        line('  $ ls'),
      ],
      'ls',
    ],
    [
      'trims a shellscript block',
      'language-shellscript vp-adaptive-theme',
      [
        line('$ kubectl drain node-1'),
        line(''),
        '',
      ],
      'kubectl drain node-1',
    ],
    [
      'keeps a dollar without its space',
      'language-shell',
      [
        line('$HOME/bin/kubectl'),
      ],
      '$HOME/bin/kubectl',
    ],
    [
      'keeps prompts and spaces outside shell blocks',
      'language-yaml',
      [
        line('  # $ kubectl apply'),
        line('  replicas: 3 # 「3」 '),
      ],
      '  # $ kubectl apply\n  replicas: 3 # 「3」 ',
    ],
    [
      'keeps a prompt in a markdown block',
      'language-md',
      [
        line('$ 料金'),
      ],
      '$ 料金',
    ],
  ])('%s', (_, blockClass, lines, expected) => {
    expect(codeText(pre(lines), blockClass)).toBe(expected)
  })

  it.each([
    // VitePress keeps the removed line's newline too.
    [
      'lines a diff removes',
      'language-yaml',
      [
        line('spec:'),
        line('  replicas: 1', 'diff remove'),
        line('  replicas: 3', 'diff add'),
      ],
      'spec:\n\n  replicas: 3',
    ],
    [
      'text marked vp-copy-ignore',
      'language-sh',
      [
        line('<span class="vp-copy-ignore">(出力例) </span>$ kubectl get nodes'),
      ],
      'kubectl get nodes',
    ],
    [
      'both, in a shell block',
      'language-sh',
      [
        line('$ kubectl get pods', 'diff remove'),
        line('$ kubectl get pods -A', 'diff add'),
        line('<span class="vp-copy-ignore"># 全ネームスペース</span>'),
      ],
      'kubectl get pods -A',
    ],
  ])('leaves out %s', (_, blockClass, lines, expected) => {
    expect(codeText(pre(lines), blockClass)).toBe(expected)
  })

  it('leaves the page\'s own block as it is', () => {
    const block = pre([
      line('$ a', 'diff remove'),
      line('<span class="vp-copy-ignore">b</span>'),
    ])
    codeText(block, 'language-sh')
    expect(block.querySelectorAll('.diff.remove, .vp-copy-ignore')).toHaveLength(2)
  })
})
