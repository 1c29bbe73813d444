import type { BenchResults } from './results'
import { describe, expect, it } from 'vitest'
import { checkTargets } from './results'
import { formatComparison, formatReport } from './resultsReport'

function lh(score: number, cls = 0) {
  return {
    score,
    lcpMs: 1800,
    tbtMs: 30,
    cls,
    transferBytes: 120_000,
    requests: 12,
  }
}
const bytes = { raw: 1000, gzip: 400 }

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    commit: 'abc1234',
    date: '2026-11-29T13:00:00.000Z',
    machine: { cpus: 2, node: 'v20.20.2' },
    build: {
      cold: { ms: 60_000 },
      warm: { ms: 26_000 },
      pipelinesOff: { ms: 20_000 },
    },
    pages: [
      {
        route: '/chapters/2-running-apps',
        label: '第2章',
        html: bytes,
        js: bytes,
        css: bytes,
        requests: 8,
        mobile: lh(93),
        desktop: lh(99, 0),
      },
    ],
    ...overrides,
  }
}

describe('checkTargets', () => {
  it('passes every measured target and skips what was not measured', () => {
    expect(checkTargets(results()).map(c => [c.name, c.status])).toEqual([
      ['Lighthouse mobile (lowest page)', 'PASS'],
      ['Lighthouse desktop (lowest page)', 'PASS'],
      ['Lighthouse mobile − plain VitePress (worst page)', 'SKIP'],
      ['Lighthouse desktop − plain VitePress (worst page)', 'SKIP'],
      ['Lighthouse mobile − no-JS limit (worst page)', 'SKIP'],
      ['TBT mobile (worst page)', 'PASS'],
      ['LCP mobile − no-JS limit (worst page)', 'SKIP'],
      ['CLS (worst page, both form factors)', 'PASS'],
      ['warm build / pipelines-off build', 'PASS'],
      ['warm build 1,000 notes / 300 notes', 'SKIP'],
      ['search at 1,000 notes: first result after typing (4× CPU)', 'SKIP'],
      ['search at 1,000 notes: first result after the click on 検索 (4× CPU)', 'SKIP'],
      ['search at 1,000 notes: bytes before the first result', 'SKIP'],
    ])
  })

  it.each([
    [
      'a low mobile score',
      {
        pages: [
          {
            route: '/',
            label: 'ホーム',
            html: bytes,
            js: bytes,
            css: bytes,
            requests: 5,
            mobile: lh(85),
            desktop: lh(99),
          },
        ],
      },
      'Lighthouse mobile (lowest page)',
    ],
    [
      'a layout shift',
      {
        pages: [
          {
            route: '/',
            label: 'ホーム',
            html: bytes,
            js: bytes,
            css: bytes,
            requests: 5,
            mobile: lh(95),
            desktop: lh(99, 0.07),
          },
        ],
      },
      'CLS (worst page, both form factors)',
    ],
    [
      'a slow warm build',
      {
        build: {
          cold: { ms: 1 },
          warm: { ms: 30_000 },
          pipelinesOff: { ms: 20_000 },
        },
      },
      'warm build / pipelines-off build',
    ],
    [
      'superlinear growth',
      {
        scale: [
          {
            notes: 300,
            cold: { ms: 1 },
            warm: { ms: 10_000 },
          },
          {
            notes: 1000,
            cold: { ms: 1 },
            warm: { ms: 45_000 },
          },
        ],
      },
      'warm build 1,000 notes / 300 notes',
    ],
  ])('fails on %s', (_, overrides, name) => {
    expect(checkTargets(results(overrides)).find(c => c.name === name)?.status).toBe('FAIL')
  })
})

describe('checkTargets against plain VitePress', () => {
  const page = (route: string, ours: number, plain: number) => ({
    route,
    label: route,
    html: bytes,
    js: bytes,
    css: bytes,
    requests: 5,
    mobile: lh(ours),
    desktop: lh(99),
    plain: {
      js: bytes,
      mobile: lh(plain),
      desktop: lh(99),
    },
  })
  const mobileVsPlain = (pages: ReturnType<typeof page>[]) => checkTargets(results({ pages })).find(c => c.name.startsWith('Lighthouse mobile − plain'))

  it('judges the worst page\'s difference, not the lowest score', () => {
    // 78 is below 90, but the plain site scores 80 on that page: 2 points, within 3.
    expect(mobileVsPlain([
      page('/', 88, 84),
      page('/chapters/2-running-apps', 78, 80),
    ])).toMatchObject({ value: '-2', status: 'PASS' })
  })

  it('fails when one page falls more than 3 points behind', () => {
    expect(mobileVsPlain([
      page('/', 90, 86),
      page('/notes/x', 70, 74),
    ])).toMatchObject({ value: '-4', status: 'FAIL' })
  })

  it('prints a gain with its sign', () => {
    expect(mobileVsPlain([
      page('/', 85, 80),
    ])).toMatchObject({ value: '+5', status: 'PASS' })
  })
})

describe('checkTargets against the no-JS limit', () => {
  const page = (route: string, ours: [number, number], limit: [number, number]) => ({
    route,
    label: route,
    html: bytes,
    js: bytes,
    css: bytes,
    requests: 5,
    mobile: {
      ...lh(ours[0]),
      tbtMs: ours[1],
    },
    desktop: lh(99),
    limit: {
      mobile: {
        ...lh(limit[0]),
        tbtMs: limit[1],
      },
    },
  })
  const check = (name: string, pages: ReturnType<typeof page>[]) => checkTargets(results({ pages })).find(c => c.name.startsWith(name))

  it('passes within 1 point of the limit and 50 ms TBT on every page', () => {
    const pages = [
      page('/', [99, 20], [100, 20]),
      page('/chapters/2-running-apps', [98, 50], [98, 120]),
    ]
    expect(check('Lighthouse mobile − no-JS', pages)).toMatchObject({ value: '-1', status: 'PASS' })
    expect(check('TBT mobile (worst', pages)).toMatchObject({ value: '50 ms', status: 'PASS' })
  })

  it('fails on the worst page: 2 points behind, or 51 ms of blocking', () => {
    const pages = [
      page('/', [99, 20], [99, 20]),
      page('/notes/x', [96, 51], [98, 120]),
    ]
    expect(check('Lighthouse mobile − no-JS', pages)).toMatchObject({ value: '-2', status: 'FAIL' })
    expect(check('TBT mobile (worst', pages)).toMatchObject({ value: '51 ms', status: 'FAIL' })
  })

  it('judges LCP against the limit\'s: 250 ms more passes, 251 fails', () => {
    const withLcp = (ours: number, limit: number) => {
      const p = page('/', [99, 20], [99, 20])
      return [
        {
          ...p,
          mobile: { ...p.mobile, lcpMs: ours },
          limit: {
            mobile: { ...p.limit.mobile, lcpMs: limit },
          },
        },
      ]
    }
    expect(check('LCP mobile − no-JS', withLcp(1450, 1200))).toMatchObject({ value: '+250 ms', status: 'PASS' })
    expect(check('LCP mobile − no-JS', withLcp(1451, 1200))).toMatchObject({ value: '+251 ms', status: 'FAIL' })
  })

  it('prints the limit row under ours', () => {
    const report = formatReport(results({
      pages: [
        page('/', [90, 400], [99, 10]),
      ],
    }))
    expect(report).toMatch(/Lighthouse mobile\s+score 90[\s\S]*no-JS limit \(same HTML, scripts removed\)\s+score 99/)
  })
})

describe('checkTargets of the first interactions', () => {
  const interaction = (over: { inp?: number, later?: number, shift?: number, bytes?: number, nav?: [number, number] } = {}) => results({
    interaction: {
      taps: [
        {
          route: '/',
          target: 'menu button',
          firstInp: [over.inp ?? 120, 200, over.inp ?? 120],
          firstResponse: [120, 120, 120],
          laterInp: [over.later ?? 64, over.later ?? 64, 64],
        },
        {
          route: '/chapters/2-running-apps',
          target: 'menu button',
          firstInp: [100, 100, 100],
          firstResponse: [100, 100, 100],
          laterInp: [56, 56, 56],
        },
      ],
      shift: [
        { route: '/', desktop: 0, phone: over.shift ?? 0 },
      ],
      scripts: [
        { route: '/chapters/2-running-apps', bytes: over.bytes ?? 8 * 1024, files: 1 },
      ],
      navigation: [
        {
          route: '/chapters/2-running-apps',
          ms: [over.nav?.[0] ?? 300],
          plainMs: [over.nav?.[1] ?? 400],
        },
      ],
    },
  })
  const status = (r: BenchResults, name: string) => checkTargets(r).find(c => c.name.startsWith(name))

  it('passes a first tap of 150 ms (median of the runs, worst page) and a later one of 100 ms', () => {
    expect(status(interaction({ inp: 150, later: 100 }), 'first tap INP: menu button')).toMatchObject({ value: '150 ms', status: 'PASS' })
    expect(status(interaction({ inp: 150, later: 100 }), 'later tap INP: menu button')).toMatchObject({ value: '100 ms', status: 'PASS' })
  })

  it.each([
    [
      'a first tap over 150 ms',
      { inp: 160 },
      'first tap INP: menu button',
    ],
    [
      'a later tap over 100 ms',
      { later: 104 },
      'later tap INP: menu button',
    ],
    [
      'any layout shift',
      { shift: 0.001 },
      'layout shift through',
    ],
    [
      'more than 45 KiB of script on chapter 2',
      { bytes: 46 * 1024 },
      'JS before any interaction',
    ],
    [
      'a navigation slower than plain VitePress\'s',
      {
        nav: [410, 400] as [number, number],
      },
      'sidebar tap',
    ],
  ])('fails on %s', (_, over, name) => {
    expect(status(interaction(over), name)?.status).toBe('FAIL')
  })
})

describe('formatReport', () => {
  it('prints the measures and a PASS/FAIL line per target', () => {
    const report = formatReport(results())
    expect(report).toContain('build warm')
    expect(report).toContain('第2章 /chapters/2-running-apps')
    expect(report).toMatch(/warm build \/ pipelines-off build\s+1\.30×\s+≤ 1\.3×\s+PASS/)
  })
})

describe('formatComparison', () => {
  it('lines up the numbers of two runs with their change', () => {
    const b = results({
      commit: 'def5678',
      build: {
        cold: { ms: 66_000 },
        warm: { ms: 26_000 },
        pipelinesOff: { ms: 20_000 },
      },
    })
    const table = formatComparison(results(), b)
    expect(table).toMatch(/build cold \(ms\)\s+60000\s+66000\s+\+10\.0%/)
    expect(table.split('\n')[0]).toMatch(/abc1234\s+def5678/)
  })
})
