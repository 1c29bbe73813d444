// opentype.js 2 ships no types; this declares the little the card renderer uses.
declare module 'opentype.js' {
  interface Font {
    unitsPerEm: number
    getAdvanceWidth: (text: string, fontSize: number, options?: { kerning?: boolean }) => number
  }
  const opentype: { parse: (buffer: ArrayBuffer) => Font }
  export default opentype
}
