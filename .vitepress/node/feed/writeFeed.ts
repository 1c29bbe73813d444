// Build-end step: the Atom feed (feed.xml) and robots.txt, written into the output folder.
import type { SiteConfig } from 'vitepress'
import type { PageEntry } from '../../shared/pages'
import type { SiteUrl } from '../../shared/site'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FEED_PATH } from '../og/meta'
import { atomFeed, robotsTxt } from './feed'

export function writeFeedAndRobots(site: SiteUrl, pages: ReadonlyMap<string, PageEntry>, config: Pick<SiteConfig, 'outDir'>): void {
  writeFileSync(join(config.outDir, FEED_PATH), atomFeed(site, pages))
  writeFileSync(join(config.outDir, 'robots.txt'), robotsTxt(site))
}
