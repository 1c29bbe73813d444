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
  /** Per locale, the serialized MiniSearch index (JSON text, or its shards' list in a build), loaded on demand. */
  const data: Record<string, (() => Promise<{ default: unknown }>) | undefined>
  export default data
}

declare module 'virtual:search-texts' {
  /** Route (without base) → the JSON file of its section texts (.vitepress/node/search/sectionTexts.ts). */
  const files: Record<string, string>
  export default files
}
