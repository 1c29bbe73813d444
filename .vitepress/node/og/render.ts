import type { Buffer } from 'node:buffer'
// Renders a social card to PNG: fit the title with the real font metrics, build the template,
// satori → SVG, resvg → PNG. The font is Noto Sans JP (Japanese glyph forms, not SC/TC) from the
// @embedpdf/fonts-jp npm package, so every machine renders the same bytes with no system font or
// download. Fonts are parsed lazily: a build whose cards are all cached never loads them.
import type { FittedText } from './layout'
import type { CardNode, CardText } from './template'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { loadDefaultJapaneseParser } from 'budoux'
import opentype from 'opentype.js'
import satori from 'satori'
import { clampLine, fitText } from './layout'
import { CARD, cardTree, TEXT_WIDTH } from './template'

const require = createRequire(import.meta.url)

export const FONT_PACKAGE = '@embedpdf/fonts-jp'
const FONT_FILES = { 400: 'NotoSansJP-Regular.otf', 700: 'NotoSansJP-Bold.otf' } as const

/** Folder of an installed package (some packages export neither package.json nor their files). */
function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg))
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg)
      return dir
    dir = dirname(dir)
  }
  throw new Error(`cannot find the folder of ${pkg}`)
}

/** Versions of everything that shapes the bytes, for the cache key. */
export function rendererFingerprint(): string {
  const version = (pkg: string) => (JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version
  return [
    'satori',
    '@resvg/resvg-js',
    'budoux',
    'opentype.js',
    FONT_PACKAGE,
  ].map(p => `${p}@${version(p)}`).join(' ')
}

export function fontPath(weight: keyof typeof FONT_FILES): string {
  return join(packageDir(FONT_PACKAGE), 'fonts', FONT_FILES[weight])
}

export interface CardRenderer {
  /** Title lines at the chosen size, measured with the bold font. */
  layout: (text: CardText) => FittedText
  render: (text: CardText) => Promise<Buffer>
  /** Raw RGBA pixels of the card (for tests that look at what was drawn). */
  pixels: (text: CardText) => Promise<{ width: number, height: number, data: Buffer }>
  measure: (text: string, fontSize: number, weight?: 400 | 700) => number
}

export function createCardRenderer(): CardRenderer {
  const data = {
    400: readFileSync(fontPath(400)),
    700: readFileSync(fontPath(700)),
  }
  const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer
  const metrics = {
    400: opentype.parse(toArrayBuffer(data[400])),
    700: opentype.parse(toArrayBuffer(data[700])),
  }
  const parser = loadDefaultJapaneseParser()
  const measure = (text: string, fontSize: number, weight: 400 | 700 = 700) => metrics[weight].getAdvanceWidth(text, fontSize)
  const fonts = ([400, 700] as const).map(weight => ({
    name: CARD.fontFamily,
    data: data[weight],
    weight,
    style: 'normal' as const,
  }))

  const layout = (text: CardText) => fitText(text.title, {
    segment: s => parser.parse(s),
    measure: (s, size) => measure(s, size, 700),
    maxWidth: TEXT_WIDTH,
    maxHeight: CARD.titleHeight,
    sizes: CARD.titleSizes,
  })
  const toSvg = (text: CardText) => {
    const kicker = clampLine(text.kicker, CARD.kickerSize, TEXT_WIDTH - 30, (s, size) => measure(s, size, 400))
    const tree: CardNode = cardTree({ ...text, kicker }, layout(text))
    // satori's parameter is typed as a React node; our plain element objects are what it reads.
    return satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD.width, height: CARD.height, fonts })
  }
  const draw = async (text: CardText) => new Resvg(await toSvg(text), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  }).render()
  return {
    layout,
    measure,
    render: async text => (await draw(text)).asPng(),
    pixels: async (text) => {
      const image = await draw(text)
      return { width: image.width, height: image.height, data: image.pixels }
    },
  }
}
