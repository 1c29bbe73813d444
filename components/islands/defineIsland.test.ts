import type { Component } from 'vue'
import { describe, expect, it } from 'vitest'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { defineIsland, ISLAND_CLASS } from './defineIsland'

/** Renders `<Island v-bind="props" />` as a page's server build does. */
function render(component: Component, props: Record<string, unknown> = {}): Promise<string> {
  return renderToString(createSSRApp(defineIsland('RetrySimulator', component), props))
}

/** The wrapper's attributes, unescaped (Vue escapes `"&'<>` in attribute values). */
function wrapperAttrs(html: string): Record<string, string> {
  const tag = html.match(/^<div([^>]*)>/)![1]!
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return Object.fromEntries([
    ...tag.matchAll(/ ([\w-]+)="([^"]*)"/g),
  ].map(m => [
    m[1]!,
    unescape(m[2]!),
  ]))
}

const echo = (p: Record<string, unknown>) => h('output', JSON.stringify(p))
const WithUidObject = defineComponent({
  props: { uid: String, title: String },
  setup: p => () => echo({ ...p }),
})
const WithUidArray = defineComponent({
  props: ['uid', 'title'],
  setup: p => () => echo({ ...p }),
})
const WithoutUid = defineComponent({
  props: { title: String },
  setup: p => () => echo({ ...p }),
})
const WithoutProps = defineComponent({
  setup: (_, { attrs }) => () => echo({ ...attrs }),
})

describe('defineIsland', () => {
  it('wraps the component in the island element, with the props as JSON', async () => {
    const props = {
      title: '「退避」と\'drain\' <Pod> & Node',
      attempts: 3,
      nodes: ['node-1', 'ノード2'],
    }
    const html = await render(WithoutUid, props)
    const attrs = wrapperAttrs(html)
    expect(attrs).toEqual({
      'class': ISLAND_CLASS,
      'data-island': 'RetrySimulator',
      'data-props': JSON.stringify(props),
    })
    expect(JSON.parse(attrs['data-props']!)).toEqual(props)
    expect(html).toMatch(/^<div[^>]*><output[^>]*>.*<\/output><\/div>$/)
  })

  it('puts no prop on the wrapper itself', async () => {
    const html = await render(WithoutUid, { title: '再試行', id: 'x' })
    expect(html).not.toMatch(/^<div[^>]* (?:title|id)=/)
  })

  it.each([
    ['an object', WithUidObject],
    ['an array', WithUidArray],
  ])('gives a component declaring uid (props as %s) one id, in data-props and in its own props', async (_, component) => {
    const html = await render(component, { title: 'ジョブ' })
    const props = JSON.parse(wrapperAttrs(html)['data-props']!) as Record<string, unknown>
    expect(props).toEqual({
      title: 'ジョブ',
      uid: expect.stringMatching(/\S/),
    })
    expect(html).toContain(`&quot;uid&quot;:&quot;${props.uid as string}&quot;`)
  })

  it.each([
    ['declares other props', WithoutUid],
    ['declares no props', WithoutProps],
  ])('gives no uid to a component that %s', async (_, component) => {
    const html = await render(component, { title: 'ジョブ' })
    expect(JSON.parse(wrapperAttrs(html)['data-props']!)).toEqual({ title: 'ジョブ' })
    expect(html).not.toContain('uid')
  })

  it('gives two islands of one page different uids', async () => {
    const Page = defineComponent({
      setup: () => () => [
        h(defineIsland('A', WithUidObject)),
        h(defineIsland('B', WithUidObject)),
      ],
    })
    const html = await renderToString(createSSRApp(Page))
    const uids = [
      ...html.matchAll(/data-props="([^"]*)"/g),
    ].map(m => (JSON.parse(m[1]!.replace(/&quot;/g, '"')) as { uid: string }).uid)
    expect(uids).toHaveLength(2)
    expect(new Set(uids).size).toBe(2)
  })
})
