// Types for the untyped modules the search box imports, as VitePress's own box does.
declare module 'vitepress/dist/client/app/utils.js' {
  /** The built JS module of a page route (with base), or null when there is none. */
  export function pathToFile(path: string): string | null
}

declare module 'mark.js/src/vanilla.js' {
  interface MarkOptions {
    done?: (count: number) => void
  }
  export default class Mark {
    constructor(context: HTMLElement)
    markRegExp(regexp: RegExp, options?: MarkOptions): void
    unmark(options?: MarkOptions): void
  }
}

declare module '@localSearchIndex' {
  /** Per locale, the serialized MiniSearch index (JSON text), loaded on demand. */
  const data: Record<string, () => Promise<{ default: string }>>
  export default data
}
