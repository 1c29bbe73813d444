import { describe, expect, it } from 'vitest'
import { activeSection, headingText, isSharedPage, shareLinks, shareTarget, shareText } from './shareLinks'

const page = 'https://example.com/garden/notes/probes'

describe('shareTarget', () => {
  it('shares the page without a section', () => {
    expect(shareTarget(page, 'Probe')).toEqual({ url: page, title: 'Probe' })
  })

  it('shares the section with its anchor', () => {
    expect(shareTarget(page, 'Probe', { id: 'startup', text: 'startupProbe' })).toMatchObject({ url: `${page}#startup`, title: 'startupProbe｜Probe' })
  })

  it('drops a fragment already on the page URL', () => {
    expect(shareTarget(`${page}#old`, 'Probe', { id: 'verify', text: '確認' }).url).toBe(`${page}#verify`)
  })
})

describe('shareLinks', () => {
  const target = shareTarget(page, 'Probe（liveness / readiness / startup）', { id: 'startup', text: '起動の遅いアプリ' })
  const byService = Object.fromEntries(shareLinks(target).map(l => [
    l.service,
    new URL(l.href),
  ]))

  it.each([
    ['x', 'x.com', '/intent/post'],
    ['hatena', 'b.hatena.ne.jp', '/entry/panel/'],
    ['bluesky', 'bsky.app', '/intent/compose'],
  ])('%s goes to %s%s', (service, host, path) => {
    expect(byService[service]!.host).toBe(host)
    expect(byService[service]!.pathname).toBe(path)
  })

  it('carries the encoded section URL and Japanese text', () => {
    expect(byService.x!.searchParams.get('url')).toBe(`${page}#startup`)
    expect(byService.x!.searchParams.get('text')).toBe('起動の遅いアプリ｜Probe（liveness / readiness / startup）｜知識地図ノート')
    expect(byService.hatena!.searchParams.get('url')).toBe(`${page}#startup`)
    expect(byService.bluesky!.searchParams.get('text')).toBe(`${shareText(target)} ${page}#startup`)
    expect(shareLinks(target)[0]!.href).toContain('url=https%3A%2F%2Fexample.com%2Fgarden%2Fnotes%2Fprobes%23startup')
  })
})

describe('activeSection', () => {
  const headings = [
    { id: 'what', text: '何か', top: -400 },
    { id: 'why', text: 'なぜ', top: 80 },
    { id: 'verify', text: '確認', top: 600 },
  ]
  it.each([
    [120, 'why'],
    [60, 'what'],
    [700, 'verify'],
  ])('with the line at %s px picks %s', (offset, id) => {
    expect(activeSection(headings, { offset })?.id).toBe(id)
  })

  it.each([
    ['verify', 1400, 'verify'],
    ['verify', 1000, 'why'],
    ['what', 1400, 'why'],
    [undefined, 1400, 'why'],
  ])('with #%s in a %i px viewport picks %s', (hash, viewportHeight, id) => {
    expect(activeSection(headings, { offset: 120, hash, viewportHeight })?.id).toBe(id)
  })

  it('gives nothing above the first heading', () => {
    expect(activeSection([
      { id: 'what', text: '何か', top: 300 },
    ], { offset: 120 })).toBeUndefined()
  })
})

describe('headingText', () => {
  it.each([
    ['送信元IPの保持\u200B', '送信元IPの保持'],
    ['  Pod  の配置 ', 'Pod の配置'],
  ])('cleans %j', (raw, text) => {
    expect(headingText(raw)).toBe(text)
  })
})

describe('isSharedPage', () => {
  it.each([
    ['notes/probes.md', true],
    ['chapters/2-running-apps.md', true],
    ['index.md', false],
    ['tags.md', false],
    ['notes/examples/x.md', false],
  ])('%s → %s', (path, shared) => {
    expect(isSharedPage(path)).toBe(shared)
  })
})
