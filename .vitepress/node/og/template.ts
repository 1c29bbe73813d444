// The social card's design as a satori element tree (1200×630): kicker, title lines already
// broken by layout.ts, then the book's and the site's names. Text goes in as data, never as
// markup, so no value can inject elements; `plainText` only strips what no font can draw. Pure.
import type { FittedText } from './layout'
import { normalizeText } from './layout'

export interface CardNode {
  type: string
  props: { style?: Record<string, string | number>, children?: string | CardNode | (string | CardNode)[] }
}

export interface CardText {
  /** Page title, e.g. 'PodDisruptionBudget'. */
  title: string
  /** 'ノート・第2章 …' */
  kicker: string
  /** 「Kubernetesの知識地図」 */
  book: string
  /** Publisher and year, e.g. '技術評論社・2023年'. */
  bookNote: string
  /** '知識地図ノート' */
  siteName: string
  /** 'k8s-chizu-notes.example.jp' */
  host: string
}

/** Card geometry, shared by the template and the fitting step. */
export const CARD = {
  width: 1200,
  height: 630,
  paddingX: 72,
  titleHeight: 300,
  titleSizes: [72, 64, 56, 50, 44],
  kickerSize: 30,
  fontFamily: 'Noto Sans JP',
  colors: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#4b5563',
    brand: '#2f5fd0',
    rule: '#d8dee9',
  },
} as const

/** Width available to a line of text. A small safety margin covers shaping differences. */
export const TEXT_WIDTH = CARD.width - CARD.paddingX * 2 - 16

export const plainText = normalizeText

function el(type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode {
  return {
    type,
    props: {
      style,
      ...(children === undefined
        ? {}
        : { children }),
    },
  }
}

/** The book on the left, the site and its host on the right, under a rule. */
function cardFooter(text: CardText): CardNode {
  const c = CARD.colors
  return el('div', {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    marginTop: 'auto',
    paddingTop: 24,
    borderTop: `2px solid ${c.rule}`,
  }, [
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 30, fontWeight: 700, color: c.text }, plainText(text.book)),
      el('div', {
        fontSize: 22,
        fontWeight: 400,
        color: c.muted,
        marginTop: 4,
      }, plainText(text.bookNote)),
    ]),
    el('div', { display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }, [
      el('div', { fontSize: 30, fontWeight: 700, color: c.brand }, plainText(text.siteName)),
      el('div', {
        fontSize: 22,
        fontWeight: 400,
        color: c.muted,
        marginTop: 4,
      }, plainText(text.host)),
    ]),
  ])
}

export function cardTree(text: CardText, title: FittedText): CardNode {
  const c = CARD.colors
  const kicker = el('div', {
    display: 'flex',
    alignItems: 'center',
    height: 44,
    fontSize: CARD.kickerSize,
    fontWeight: 400,
    color: c.brand,
  }, [
    el('div', {
      width: 14,
      height: 14,
      marginRight: 16,
      backgroundColor: c.brand,
      borderRadius: 3,
    }),
    plainText(text.kicker),
  ])
  const titleBox = el('div', {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    height: CARD.titleHeight,
    marginTop: 24,
  }, title.lines.map(line =>
    el('div', {
      display: 'flex',
      fontSize: title.fontSize,
      lineHeight: title.lineHeight,
      fontWeight: 700,
      color: c.text,
      whiteSpace: 'nowrap',
    }, line),
  ))
  const footer = cardFooter(text)
  // satori sizes boxes as content-box: padding and borders go on an inner box that stretches.
  const inner = el('div', {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    paddingTop: 56,
    paddingRight: CARD.paddingX,
    paddingBottom: 40,
    paddingLeft: CARD.paddingX,
  }, [kicker, titleBox, footer])
  return el('div', {
    display: 'flex',
    flexDirection: 'column',
    width: CARD.width,
    height: CARD.height,
    backgroundColor: c.background,
    fontFamily: CARD.fontFamily,
  }, [
    inner,
    el('div', { height: 14, backgroundColor: c.brand }),
  ])
}
