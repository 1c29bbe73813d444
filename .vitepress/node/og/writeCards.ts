// Build-end step: a 1200×630 social card per page (og/<route>.png), cached by content hash.
// A failed card fails the build with every failure listed.
import type { SiteConfig } from 'vitepress'
import type { PageEntry } from '../../shared/pages'
import type { SiteUrl } from '../../shared/site'
import { cardJobs, failureReport, generateCards, summarizeCards } from './generate'

export async function writeSocialCards(site: SiteUrl, pages: ReadonlyMap<string, PageEntry>, config: Pick<SiteConfig, 'outDir' | 'cacheDir'>): Promise<void> {
  const start = performance.now()
  const results = await generateCards({
    jobs: cardJobs(pages, site),
    outDir: config.outDir,
    cacheDir: config.cacheDir,
  })
  console.log(`${summarizeCards(results)} (${((performance.now() - start) / 1000).toFixed(1)} s in all)`)
  const failures = failureReport(results)
  if (failures)
    throw new Error(`social cards failed:\n${failures}`)
}
