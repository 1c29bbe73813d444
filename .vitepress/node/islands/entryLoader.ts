// The page's one script tag: a small inline classic script, first in <head>, that fetches the page
// runtime (components/client/entry.ts) once the page has painted, and holds the taps that come before
// the runtime does. Issue 26: the runtime's request, started with the HTML, was in the way of the
// first paint (Lighthouse counts every request that ends before it); the runtime only carries the
// chrome's handlers and the islands loader, so nothing on the first paint needs it.
// - After the first `paint` entry (first-paint / first-contentful-paint), or at once where the
//   browser has no paint timing, it appends `<script type="module" src=entry>` and a modulepreload
//   link per static import of the entry (named in the tag's data attributes, so the script's text
//   is the same on every page and the CSP allows it by one hash).
// - Until the runtime takes them (window.__gardenHeldTaps, called by entry.ts after the behaviours
//   start), a click on a button is held: the browser does nothing for a button outside a form, so
//   holding loses nothing, and the runtime replays each one. Links, <summary>, fields and labels act
//   natively and are left alone.
// - A page opened at a section (#id), reloaded, or reached by Back or Forward without the page cache
//   is laid out whole: the class `garden-unfold` on <html>, before the first layout, turns off the
//   fold below the first screen (theme/fold.css). With the fold's placeholder heights, a section's
//   heading moved as the blocks above it took their real ones while the browser kept it in view (a
//   layout shift of 0.02–0.08), and a restored scroll position landed 183 px off the reader's place
//   on a phone (the heights above it were estimates).
// Classic script, ES5, no `let`/`const`/arrow: it runs where it stands, before the stylesheet, so it
// never waits for it.

/** The inline script's text (its CSP hash is computed from the built HTML, .vitepress/node/security/csp.ts). */
export const ENTRY_LOADER_SCRIPT = '(function(d,w,t){var n=w.performance&&w.performance.getEntriesByType&&w.performance.getEntriesByType("navigation")[0];if(d.location.hash||n&&n.type!=="navigate")d.documentElement.classList.add("garden-unfold");var h=[],s=t.getAttribute("data-entry"),i=(t.getAttribute("data-imports")||"").split(" "),k=function(e){var b=e.target&&e.target.closest&&e.target.closest("button");if(b&&!b.form){e.preventDefault();e.stopImmediatePropagation();h.push(b)}},g=function(){if(g.d)return;g.d=1;for(var j=0;j<i.length;j++)if(i[j]){var l=d.createElement("link");l.rel="modulepreload";l.href=i[j];d.head.appendChild(l)}var m=d.createElement("script");m.type="module";m.src=s;d.head.appendChild(m)};d.addEventListener("click",k,true);w.__gardenHeldTaps=function(){d.removeEventListener("click",k,true);return h.splice(0)};var P=w.PerformanceObserver;if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf("paint")>=0)new P(function(x,o){o.disconnect();g()}).observe({type:"paint",buffered:true});else g()})(document,window,document.currentScript)'

/** Escapes a value for a double-quoted HTML attribute. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** The loader's tag for a page: the entry's URL and its static imports' URLs (base included). */
export function entryLoaderTag(entry: string, imports: readonly string[]): string {
  const importsAttr = imports.length > 0
    ? ` data-imports="${attr(imports.join(' '))}"`
    : ''
  return `<script data-entry="${attr(entry)}"${importsAttr}>${ENTRY_LOADER_SCRIPT}</script>`
}
