// Serves the built site for e2e and local checks: `tsx scripts/serve.ts [--port 4173] [--dir .vitepress/dist]`.
// The base path comes from SITE_URL, as in the build.
import process from 'node:process'
import { parseArgs } from 'node:util'
import { parseSiteUrl } from '../.vitepress/shared/site'
import { serveSite } from './lib/serve/server'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: '.vitepress/dist' },
  },
})
const { base } = parseSiteUrl(process.env.SITE_URL)
const { url } = await serveSite({
  dir: values.dir!,
  base,
  port: Number(values.port),
})
console.log(`serving ${values.dir} at ${url}`)
