// Property-based tests (fast-check) of the pure parts of the content pipeline: generated titles,
// descriptions, slugs, tags and wikilinks with HTML, template and Japanese characters go through the
// frontmatter schema, wikilink syntax, HTML escaping, meta builder, search tokenizer, link graph and
// map layout, and the invariants hold: verbatim round-trip, no crash, a clear error for invalid input.
import type { PageEntry } from './pages'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WIKILINK_RE, wikilinkParts } from '../node/content/wikilink'
import { layoutGardenMap } from '../node/map/gardenMap'
import { buildPageMeta, metaHeadTags } from '../node/og/meta'
import { frontmatterSchema } from './frontmatter'
import { escapeTemplateText } from './html'
import { buildLinkGraph } from './linkGraph'
import { tokenize } from './searchTokenize'
import { parseSiteUrl } from './site'

const site = parseSiteUrl('https://example.com/garden/')
/** Characters that break naive HTML, templates, JSON and YAML, next to Japanese and emoji. */
const hostileChar = fc.constantFrom('<', '>', '&', '"', '\'', '{', '}', '\\', '/', '`', '🚀', 'ド', 'レ', 'イ', 'ン', '漢', '字', '「', '」', ' ', 'a', 'Z', '0', '#', '|', '[', ']', '\u3000')
const hostileText = fc.string({ unit: hostileChar, minLength: 1, maxLength: 40 })
const title = hostileText.filter(s => s.trim() !== '' && !/<\/script/i.test(s))
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/)

function decode(html: string) {
  return html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, '\'')
    .replace(/&amp;/g, '&')
}

describe('frontmatterSchema', () => {
  it('keeps any embeddable title and description as written (trimmed)', () => {
    fc.assert(fc.property(title, title.filter(s => s.trim().length <= 120), fc.array(slug, { minLength: 1, maxLength: 3 }), (t, d, tags) => {
      const parsed = frontmatterSchema.parse({
        title: t,
        description: d,
        date: '2026-11-30',
        tags,
        maturity: 'seedling',
      })
      expect(parsed.title).toBe(t.trim())
      expect(parsed.description).toBe(d.trim())
    }))
  })

  it('rejects a closing script tag anywhere in a title with a message naming the reason', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom('</script', '</SCRIPT', '</Script>'), fc.string(), (a, tag, b) => {
      const result = frontmatterSchema.safeParse({
        title: `x${a}${tag}${b}`,
        description: 'd',
        date: '2026-11-30',
        tags: ['t'],
        maturity: 'seedling',
      })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toContain('</script')
    }))
  })
})

describe('wikilink syntax', () => {
  const part = fc.string({ unit: hostileChar, minLength: 1, maxLength: 20 }).filter(s => !/[[\]|#\n]/.test(s) && s.trim() !== '')
  it('reads target, anchor and label back, trimmed, from any text around them', () => {
    fc.assert(fc.property(part, fc.option(part, { nil: undefined }), fc.option(part.filter(s => !s.includes(']')), { nil: undefined }), hostileText, (target, anchor, label, before) => {
      const raw = `[[${target}${anchor
        ? `#${anchor}`
        : ''}${label
        ? `|${label}`
        : ''}]]`
      const matches = [
        ...`${before.replace(/[[\]]/g, '')}${raw}`.matchAll(WIKILINK_RE),
      ]
      expect(matches).toHaveLength(1)
      expect(wikilinkParts(matches[0]!)).toEqual({
        target: target.trim(),
        ...(anchor
          ? {
              anchor: anchor.trim(),
            }
          : {}),
        ...(label
          ? {
              label: label.trim(),
            }
          : {}),
      })
    }))
  })
})

describe('escapeTemplateText', () => {
  it('decodes back to the input and leaves no markup or interpolation', () => {
    fc.assert(fc.property(hostileText, (text) => {
      const html = escapeTemplateText(text)
      expect(decode(html)).toBe(text)
      expect(html).not.toMatch(/[<>"']|\{\{/)
    }))
  })
})

describe('buildPageMeta and metaHeadTags', () => {
  it('carry the title verbatim into Open Graph, Twitter and a JSON-LD that no </script> can close', () => {
    fc.assert(fc.property(title, title, (t, d) => {
      const meta = buildPageMeta(site, {
        relativePath: 'notes/x.md',
        title: t,
        description: d,
        frontmatter: {
          title: t,
          description: d,
          date: '2026-11-30',
          tags: ['t'],
        },
      })
      const tags = metaHeadTags(site, meta)
      const value = (key: string) => tags.find(([, a]) => a.property === key || a.name === key)?.[1].content
      expect(value('og:title')).toBe(t)
      expect(value('twitter:title')).toBe(t)
      expect(value('og:description')).toBe(d)
      const json = tags.find(([tag, a]) => tag === 'script' && a.type === 'application/ld+json')![2]!
      expect(json).not.toContain('<')
      expect(JSON.parse(json).headline).toBe(t)
    }))
  })
})

describe('tokenize', () => {
  it('never throws and yields non-empty tokens, the same for the same text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const tokens = tokenize(text)
      expect(tokens.every(t => typeof t === 'string' && t.length > 0)).toBe(true)
      expect(tokenize(text)).toEqual(tokens)
    }))
  })
})

describe('buildLinkGraph and layoutGardenMap', () => {
  const garden = fc.uniqueArray(slug, { minLength: 1, maxLength: 25 }).chain(slugs => fc.tuple(
    fc.constant(slugs),
    fc.array(title, { minLength: slugs.length, maxLength: slugs.length }),
    fc.array(fc.tuple(fc.nat(slugs.length - 1), fc.nat(slugs.length - 1)), { maxLength: 60 }),
  ))

  it('keep backlinks the inverse of links and put every page on the map with its full title', async () => {
    await fc.assert(fc.asyncProperty(garden, async ([slugs, titles, links]) => {
      const ids = slugs.map(s => `notes/${s}`)
      const edges = links.map(([a, b]) => ({ from: ids[a]!, to: ids[b]! }))
      const graph = buildLinkGraph(ids, edges)
      for (const { from, to } of edges.filter(e => e.from !== e.to))
        expect(graph.backlinks.get(to)).toContain(from)
      const pages = new Map<string, PageEntry>(ids.map((id, i) => [
        id,
        {
          id,
          route: `/${id}`,
          kind: 'note',
          title: titles[i]!,
          description: 'd',
          maturity: 'seedling',
          tags: ['t'],
          date: '2026-11-30',
          chapter: 1 + (i % 4),
          anchors: [],
        },
      ]))
      const map = await layoutGardenMap(pages, graph)
      expect(map.nodes.map(n => n.title).sort()).toEqual([...titles].sort())
      // Whole titles: the lines joined are the title, never shortened.
      for (const n of map.nodes)
        expect(n.lines.join('')).toBe(n.title)
    }), { numRuns: 25 }) // each run is an ELK layout (~0.2 s)
  })
})
