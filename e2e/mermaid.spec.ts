// Mermaid diagrams on the production build: every fence became inline SVG themed by CSS variables,
// no page loads Mermaid's runtime, the colours follow the dark theme, and the diagrams show with
// JavaScript disabled. Reads the built files (E2E_DIST) directly as well as serving them.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { buildContentIndex } from '../.vitepress/node/content/index'
import { mermaidFences } from '../.vitepress/node/mermaid/extract'
import { leftoverPlaceholders } from '../.vitepress/shared/mermaidTheme'
import { expect, test } from './fixtures'

const dist = process.env.E2E_DIST ?? '.vitepress/dist'
const srcDir = process.env.GARDEN_SRC_DIR ?? 'docs'

/** Pages with diagrams: route (relative, for page.goto) → number of fences. */
const index = buildContentIndex(srcDir, 'src')
const pages = index.parsed
  .map(p => ({ rel: p.relativePath, fences: mermaidFences({ displayRoot: 'src', parsed: [p] }).length }))
  .filter(p => p.fences > 0)
  .map(p => ({ ...p, html: p.rel.replace(/\.md$/, '.html'), route: p.rel.replace(/(?:^|\/)index\.md$/, '').replace(/\.md$/, '') }))

function built(file: string): string {
  const path = join(dist, file)
  if (!existsSync(path))
    throw new Error(`${path} is missing: build the site first (npm run build, or set E2E_DIST to your build folder)`)
  return readFileSync(path, 'utf8')
}

const FIGURE_RE = /<figure class="mermaid-diagram zoomable">[\s\S]*?<\/figure>/g
// Strings only Mermaid's runtime contains (its API object and its error for an unknown diagram).
const RUNTIME_MARKERS = ['mermaidAPI', 'UnknownDiagramError', 'No diagram type detected']

test.describe('built HTML', () => {
  test('the site has diagrams to check', () => {
    expect(pages.length).toBeGreaterThan(0)
  })

  for (const p of pages) {
    test(`${p.rel}: every fence is inline SVG themed by CSS variables, labelled, under 12 KiB gzip`, () => {
      const html = built(p.html)
      const figures = html.match(FIGURE_RE) ?? []
      expect(figures, 'one figure per ```mermaid fence').toHaveLength(p.fences)
      for (const figure of figures) {
        const [, labelledby] = figure.match(/<div class="mermaid-svg" role="img" aria-labelledby="([^"]+)"/) ?? []
        expect(labelledby, 'role="img" with aria-labelledby').toBeTruthy()
        expect(figure).toMatch(new RegExp(`<title id="${labelledby}">[^<]+</title>`))
        expect(figure).toContain('<svg')
        expect(figure).toContain('var(--mmd-')
        expect(figure).not.toMatch(/<style|<foreignObject|<script/)
        expect(leftoverPlaceholders(figure)).toEqual([])
        expect(gzipSync(figure).length).toBeLessThanOrEqual(12 * 1024)
      }
      expect(html.match(/<summary>Mermaidのソース<\/summary>/g)).toHaveLength(p.fences)
    })
  }

  test('the hydration chunks hold none of the SVG markup (Vue kept each SVG one static string)', () => {
    const assets = readdirSync(join(dist, 'assets'))
    for (const p of pages) {
      const lean = assets.find(f => f.startsWith(`${p.rel.replace(/\//g, '_')}.`) && f.endsWith('.lean.js'))
      expect(lean, `hydration chunk of ${p.rel}`).toBeTruthy()
      const code = readFileSync(join(dist, 'assets', lean!), 'utf8')
      // Class names and colours found only inside Mermaid's SVG.
      expect(code, lean).not.toMatch(/label-container|edgeLabel|actor-line|messageText|var\(--mmd-/)
    }
  })

  test('no built asset contains the Mermaid runtime, so no page can load it', () => {
    const assets = readdirSync(join(dist, 'assets'), { recursive: true, encoding: 'utf8' }).filter(f => /\.m?js$/.test(f))
    expect(assets.length).toBeGreaterThan(0)
    const withRuntime = assets.filter((f) => {
      const code = readFileSync(join(dist, 'assets', f), 'utf8')
      return RUNTIME_MARKERS.some(m => code.includes(m))
    })
    expect(withRuntime).toEqual([])
  })

  test('no page references a script or preload outside the built assets', () => {
    const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.html'))
    for (const file of htmlFiles) {
      const html = readFileSync(join(dist, file), 'utf8')
      for (const [, src] of html.matchAll(/<(?:script|link)\s[^>]*?(?:src|href)="([^"]+\.m?js)"/g)) {
        expect(src, `${relative(dist, join(dist, file))} loads ${src}`).not.toMatch(/mermaid/i)
        expect(src).toMatch(/\/assets\//)
      }
    }
  })
})

test.describe('in the browser', () => {
  const page0 = pages.find(p => p.rel.startsWith('notes/')) ?? pages[0]!

  test('a diagram\'s colours follow the dark theme switch', async ({ page }) => {
    await page.goto(page0.route)
    const node = page.locator('.mermaid-svg svg').first().locator('rect, polygon, circle').first()
    const colours = () => node.evaluate((el) => {
      const s = getComputedStyle(el)
      return `${s.fill} ${s.stroke}`
    })
    const light = await colours()
    expect(light).not.toContain('none none')
    await page.getByRole('switch', { name: 'ダークテーマに切り替える' }).first().click()
    await expect(page.locator('html')).toHaveClass(/dark/)
    await expect.poll(colours).not.toBe(light)
  })

  test('a wide diagram scrolls inside its own box on a phone, never the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    for (const p of pages.slice(0, 4)) {
      await page.goto(p.route)
      await expect(page.locator('.mermaid-diagram').first()).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
  })
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  for (const p of pages) {
    test(`${p.rel}: each diagram box shows a non-blank SVG`, async ({ page }) => {
      await page.goto(p.route)
      const boxes = page.getByRole('img').and(page.locator('.mermaid-svg'))
      await expect(boxes).toHaveCount(p.fences)
      for (const box of await boxes.all()) {
        await expect(box).toHaveAccessibleName(/\S/)
        const svg = box.locator('svg')
        const size = await svg.boundingBox()
        expect(size?.width).toBeGreaterThan(100)
        expect(size?.height).toBeGreaterThan(30)
        // Something is drawn: shapes painted with a real colour, and label text.
        const painted = await svg.evaluate(el => [...el.querySelectorAll('rect, polygon, path, line, circle')]
          .filter((s) => {
            const c = getComputedStyle(s)
            return (c.fill !== 'none' && c.fill !== 'rgba(0, 0, 0, 0)') || (c.stroke !== 'none' && c.stroke !== 'rgba(0, 0, 0, 0)')
          })
          .length)
        expect(painted).toBeGreaterThan(1)
        await expect(svg.locator('text').filter({ hasText: /\S/ }).first()).toBeVisible()
      }
    })
  }
})
