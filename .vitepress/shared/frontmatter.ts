// Frontmatter schema of every page: the one source of the field rules and their types.
// Validated at build (see .vitepress/node/content/index.ts); the type is inferred, not written twice.
import { z } from 'zod'
import { MATURITIES } from './maturity'

export type { Maturity } from './maturity'

const isoDate = z.union([
  z.date().transform(d => d.toISOString().slice(0, 10)),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'),
]).refine(s => !Number.isNaN(Date.parse(s)), 'must be a real calendar date')

// VitePress embeds every page's data (and our backlinks carry other pages' titles) in a <script>
// block of the compiled page: a closing script tag there would end the block and break the build of
// whichever page embeds it. Such a value fails here, naming its own file, line and field.
const SCRIPT_CLOSE_RE = /<\/script/i
const embeddable = (s: string) => !SCRIPT_CLOSE_RE.test(s)
const EMBED_MESSAGE = 'must not contain "</script" (VitePress embeds page data in a <script> block); write it as "&lt;/script" or reword'

export const frontmatterSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').refine(embeddable, EMBED_MESSAGE),
  description: z.string().trim().min(1, 'must be 1–120 characters').max(120, 'must be 1–120 characters').refine(embeddable, EMBED_MESSAGE),
  date: isoDate,
  updated: isoDate.optional(),
  tags: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tags must be kebab-case (a-z, 0-9, -)')).min(1, 'must list at least one tag'),
  maturity: z.enum(MATURITIES),
  // Other names a reader may search or link by (PDB, ドレイン): matched by search as strongly as the
  // title, and usable as wikilink targets; each alias belongs to one page only (checked by the index).
  aliases: z.array(z.string().trim().min(1, 'an alias must not be empty').max(40, 'an alias must be at most 40 characters').refine(embeddable, EMBED_MESSAGE)).optional(),
  chapter: z.number().int().min(1).max(4).optional(),
  image: z.string().optional(),
  // VitePress's own keys that pages may set.
  layout: z.string().optional(),
  outline: z.unknown().optional(),
  sidebar: z.boolean().optional(),
  aside: z.unknown().optional(),
  search: z.boolean().optional(),
  dev: z.boolean().optional(),
}).strict()

export type Frontmatter = z.infer<typeof frontmatterSchema>
