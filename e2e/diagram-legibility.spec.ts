// Simulators and hand-drawn diagrams read on a phone and on a desktop: every rendered SVG text is
// at least 12 CSS px on a 360-px phone, lies inside the box (rect) it sits in and inside its SVG,
// and no line or arrow of the drawing runs through it. Checked in the states a reader reaches, on
// the built pages, at 360 px and 1280 px, light then dark. The pure models have the same rules as
// unit tests on their layouts; this is what the browser actually renders (fonts, scaling).
import type { Locator, Page } from '@playwright/test'
import { expect, test, waitForIslands } from './fixtures'

interface Measured {
  texts: number
  minFontPx: number
  problems: string[]
}

/** Measures every visible SVG text under `root` (runs in the page). */
function measure(root: Element): Measured {
  const problems: string[] = []
  let texts = 0
  let minFontPx = Number.POSITIVE_INFINITY
  const svgs = [
    ...root.querySelectorAll('svg'),
  ].filter(s => s.getBoundingClientRect().width > 0 && !s.closest('marker, defs'))
  const inside = (a: DOMRect, b: DOMRect, slack = 0.5) =>
    a.left >= b.left - slack && a.right <= b.right + slack && a.top >= b.top - slack && a.bottom <= b.bottom + slack
  const containsPoint = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom
  for (const svg of svgs) {
    const svgRect = svg.getBoundingClientRect()
    const rects = [
      ...svg.querySelectorAll('rect'),
    ].map(r => r.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0)
    // Points along every line and path (arrowhead markers excluded), in CSS px.
    const strokes: { name: string, points: DOMPoint[] }[] = []
    for (const shape of svg.querySelectorAll<SVGGeometryElement>('line, path, polyline')) {
      if (shape.closest('marker, defs'))
        continue
      const ctm = shape.getScreenCTM()
      const length = shape.getTotalLength()
      if (!ctm || length === 0)
        continue
      const points: DOMPoint[] = []
      for (let d = 0; d <= length; d += 1)
        points.push(shape.getPointAtLength(d).matrixTransform(ctm))
      // An arrowhead: a disc of about its size around the end.
      if (shape.getAttribute('marker-end')) {
        const end = shape.getPointAtLength(length)
        for (let dx = -5; dx <= 5; dx += 1) {
          for (let dy = -5; dy <= 5; dy += 1) {
            if (dx * dx + dy * dy <= 25)
              points.push(new DOMPoint(end.x + dx, end.y + dy).matrixTransform(ctm))
          }
        }
      }
      strokes.push({
        name: shape.outerHTML.slice(0, 80),
        points,
      })
    }
    for (const el of svg.querySelectorAll<SVGTextElement>('text')) {
      const label = el.textContent?.replace(/\s+/g, ' ').trim() ?? ''
      const box = el.getBoundingClientRect()
      if (!label || box.width === 0)
        continue
      texts++
      const scale = el.getScreenCTM()?.a ?? 1
      for (const node of [
        el,
        ...el.querySelectorAll('tspan'),
      ]) {
        const px = Number.parseFloat(getComputedStyle(node).fontSize) * scale
        minFontPx = Math.min(minFontPx, px)
        if (px < 12 && innerWidth <= 400)
          problems.push(`「${label}」 renders at ${px.toFixed(1)} px`)
      }
      if (!inside(box, svgRect))
        problems.push(`「${label}」 runs outside its SVG`)
      // Its box: the smallest rect that holds the text's centre.
      const cx = (box.left + box.right) / 2
      const cy = (box.top + box.bottom) / 2
      const container = rects
        .filter(r => containsPoint(r, cx, cy))
        .sort((a, b) => a.width * a.height - b.width * b.height)[0]
      if (container && !inside(box, container))
        problems.push(`「${label}」 spills out of its box (${Math.round(box.right - container.right)} px right)`)
      // Glyph boxes include line-gap; shrink a little so a line touching the em box's edge passes.
      const core = new DOMRect(box.left + 1, box.top + box.height * 0.2, box.width - 2, box.height * 0.6)
      for (const stroke of strokes) {
        if (stroke.points.some(p => containsPoint(core, p.x, p.y)))
          problems.push(`「${label}」 is crossed by ${stroke.name}`)
      }
    }
  }
  return { texts, minFontPx, problems }
}

async function check(region: Locator, state: string) {
  const result = await region.evaluate(measure)
  expect(result.texts, `${state}: texts measured`).toBeGreaterThan(0)
  expect(result.problems, state).toEqual([])
  return result.minFontPx
}

interface Diagram {
  page: string
  region: (page: Page) => Locator
  /** Walks the reader through the states worth measuring, checking each. */
  states: (region: Locator, check: (state: string) => Promise<void>) => Promise<void>
}

const DIAGRAMS: Diagram[] = [
  {
    page: 'notes/pod-disruption-budget',
    region: page => page.getByRole('region', { name: 'drainとPDBのシミュレーター' }),
    async states(region, check) {
      await check('initial')
      await region.getByRole('combobox', { name: 'レプリカ数' }).selectOption('5')
      const next = region.getByRole('button', { name: '1ステップ進める' })
      for (let i = 1; i <= 4; i++) {
        await next.click()
        await check(`5 replicas, step ${i}`)
      }
      await region.getByRole('radio', { name: 'minAvailable: 2' }).check()
      await next.click()
      await next.click()
      await check('minAvailable, step 2')
    },
  },
  {
    page: 'notes/topology-spread-constraints',
    region: page => page.getByRole('region', { name: /topologySpreadConstraintsのシミュレーター/ }),
    async states(region, check) {
      await check('initial')
      await region.getByRole('checkbox', { name: /zone-c のノードにtaint/ }).check()
      await region.getByRole('radio', { name: 'ScheduleAnyway' }).check()
      const add = region.getByRole('button', { name: 'Podを追加' })
      for (let i = 0; i < 13; i++)
        await add.click()
      await check('tainted zone-c, 18 Pods')
      await region.getByRole('radio', { name: 'DoNotSchedule' }).check()
      await region.getByRole('checkbox', { name: /zone-c のノードにtaint/ }).uncheck()
      await check('taint removed')
    },
  },
  {
    page: 'notes/job-retries',
    region: page => page.getByRole('region', { name: /Jobのリトライのシミュレーター/ }),
    async states(region, check) {
      await check('initial')
      await region.getByRole('combobox', { name: 'backoffLimit' }).selectOption('6')
      await check('backoffLimit 6')
      for (const name of ['k回目で成功', '2回目に終了コード42（FailJobルール）', '2回drainで中断（DisruptionTargetはIgnore）']) {
        await region.getByRole('radio', { name }).check()
        await check(name)
      }
    },
  },
  {
    page: 'notes/source-ip-preservation',
    region: page => page.locator('figure').filter({
      has: page.getByRole('group', { name: '条件を切り替える' }),
    }),
    async states(region, check) {
      await check('initial')
      const box = (name: string) => region.getByRole('checkbox', { name })
      await box('L7プロキシ（Ingress）を挟む').check()
      await box('LBがPROXYプロトコルで送る').check()
      await check('ingress + PROXY')
      await box('受けたノード（ノードA）にPodがある').uncheck()
      await check('ingress, Pod on node B')
      await region.getByRole('radio', { name: 'Local' }).check()
      await check('Local without a local Pod')
      await box('受けたノード（ノードA）にPodがある').check()
      await box('L7プロキシ（Ingress）を挟む').uncheck()
      await check('Local with a local Pod')
    },
  },
  {
    page: 'notes/grpc-load-balancing',
    region: page => page.locator('figure').filter({
      has: page.getByRole('group', { name: '振り分け方' }),
    }),
    async states(region, check) {
      await check('initial')
      const send = region.getByRole('button', { name: '100件送る' })
      await send.click()
      await check('L4, 100 requests')
      await region.getByRole('button', { name: 'Podを6個に増やす' }).click()
      await send.click()
      await check('L4 scaled to 6')
      for (const name of ['L7プロキシ（リクエスト単位）', 'クライアント側（Headless Service）']) {
        await region.getByRole('radio', { name }).check()
        await region.getByRole('slider', { name: 'クライアント数' }).fill('8')
        await region.getByRole('slider', { name: 'Pod数' }).fill('8')
        await send.click()
        await check(`${name}, 8 clients, 8 Pods`)
      }
    },
  },
  {
    page: 'notes/graceful-termination',
    region: page => page.locator('figure').filter({
      has: page.getByRole('combobox', { name: 'preStopのsleep' }),
    }),
    async states(region, check) {
      await check('initial')
      const choose = (name: string, value: string) => region.getByRole('combobox', { name }).selectOption(value)
      await choose('全経路から外れるまで', '8')
      await check('8 s to leave every path (11 request rows)')
      await choose('preStopのsleep', '40')
      await choose('SIGTERMを受けたアプリ', 'ignore')
      await choose('terminationGracePeriodSeconds', '60')
      await check('preStop 40 s, ignore SIGTERM, grace 60 s (longest axis)')
      await choose('1件のリクエストの長さ', '20')
      await choose('SIGTERMを受けたアプリ', 'drain')
      await check('drain with 20 s requests')
    },
  },
]

const VIEWS = [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
] as const

for (const view of VIEWS) {
  test.describe(`${view.width} px`, () => {
    test.use({
      viewport: { width: view.width, height: view.height },
      colorScheme: 'light',
    })

    for (const diagram of DIAGRAMS) {
      test(`${diagram.page}: SVG text is legible, inside its box and not crossed`, async ({ page }) => {
        await page.goto(diagram.page)
        await waitForIslands(page)
        const region = diagram.region(page)
        await expect(region).toBeVisible()
        let min = Number.POSITIVE_INFINITY
        await diagram.states(region, async (state) => {
          min = Math.min(min, await check(region, state))
        })
        // The dark theme changes colours only; measured once more in the last state to be sure.
        await page.emulateMedia({ colorScheme: 'dark' })
        await expect(page.locator('html')).toHaveClass(/dark/)
        min = Math.min(min, await check(region, 'dark theme'))
        test.info().annotations.push({
          type: 'min font px',
          description: min.toFixed(1),
        })
        if (view.width <= 400)
          expect(min).toBeGreaterThanOrEqual(12)
      })
    }
  })
}
