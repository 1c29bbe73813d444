// The post-build pipeline, in order; config.ts hands it to VitePress as `buildEnd`. Each step is its
// own module named after what it writes:
//   social cards (og/*.png) → feed.xml + robots.txt → CSP meta + _headers
// The CSP step is last because it hashes every inline script the steps before it wrote.
import type { SiteConfig } from 'vitepress'
import type { PageEntry } from '../shared/pages'
import type { Settings } from './settings'
import { writeFeedAndRobots } from './feed/writeFeed'
import { writeSocialCards } from './og/writeCards'
import { writeContentSecurityPolicy } from './security/csp'

export interface BuildEndOptions {
  settings: Pick<Settings, 'site' | 'pipelines'>
  pages: () => ReadonlyMap<string, PageEntry>
}

export function buildEnd({ settings, pages }: BuildEndOptions) {
  return async (siteConfig: SiteConfig): Promise<void> => {
    if (settings.pipelines)
      await writeSocialCards(settings.site, pages(), siteConfig)
    writeFeedAndRobots(settings.site, pages(), siteConfig)
    writeContentSecurityPolicy(siteConfig)
  }
}
