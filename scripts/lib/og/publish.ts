// Build-end wiring for sharing: social cards (cached), the Atom feed and robots.txt, written into
// the output folder. config.ts calls `publishSocial(site, pages)(siteConfig)` from buildEnd.
// A failed card fails the build with every failure listed.
import type { SiteConfig } from 'vitepress'
import type { PageEntry } from '../../../.vitepress/shared/pages'
import type { SiteUrl } from '../../../.vitepress/shared/site'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FEED_PATH } from '../../../.vitepress/shared/meta'
import { atomFeed, robotsTxt } from '../feed/feed'
import { cardJobs, failureReport, generateCards, summarizeCards } from './generate'

export function publishSocial(site: SiteUrl, pages: () => ReadonlyMap<string, PageEntry>) {
  return async (config: Pick<SiteConfig, 'outDir' | 'cacheDir'>): Promise<void> => {
    const start = performance.now()
    const results = await generateCards({ jobs: cardJobs(pages(), site), outDir: config.outDir, cacheDir: config.cacheDir })
    console.log(`${summarizeCards(results)} (${((performance.now() - start) / 1000).toFixed(1)} s in all)`)
    const failures = failureReport(results)
    if (failures)
      throw new Error(`social cards failed:\n${failures}`)
    writeFileSync(join(config.outDir, FEED_PATH), atomFeed(site, pages()))
    writeFileSync(join(config.outDir, 'robots.txt'), robotsTxt(site))
  }
}
