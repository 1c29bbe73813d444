// Builds one fixture garden of test/fixtures/ in this process (test/support/buildGarden.ts: its own
// temporary folder, config, caches and output, nothing shared with `npm run build`) and serves it like
// a static host until the process ends. Playwright starts it as a web server (playwright.config.ts):
// `tsx e2e/serveFixture.ts --garden behaviour-garden --port 4175`.
import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveSite } from '../scripts/lib/serve/server'
import { buildGarden } from '../test/support/buildGarden'

async function main(garden: string, port: number): Promise<void> {
  const built = await buildGarden({ srcDir: `test/fixtures/${garden}` })
  if (built.error) {
    await built.remove()
    console.error(built.log)
    throw built.error
  }
  const { server, url } = await serveSite({ dir: built.outDir, port })
  console.log(`serving the ${garden} fixture at ${url}`)
  const stop = async (): Promise<void> => {
    server.close()
    await built.remove()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop())
  process.on('SIGINT', () => void stop())
}

const { values } = parseArgs({
  options: {
    garden: { type: 'string' },
    port: { type: 'string' },
  },
})
if (!values.garden || !values.port)
  throw new Error('usage: tsx e2e/serveFixture.ts --garden <folder of test/fixtures> --port <port>')
main(values.garden, Number(values.port)).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
