// The current page's garden data (backlinks, kind, maturity, tags, dates, reading time, URL), typed:
// config.ts's transformPageData attaches it as `pageData.garden` at build time (see shared/garden.ts).
// Undefined on pages outside the garden (the 404 page).
import type { ComputedRef } from 'vue'
import type { GardenPageData } from '../../.vitepress/shared/garden'
import { useData } from 'vitepress'
import { computed } from 'vue'

export function useGardenPage(): ComputedRef<GardenPageData | undefined> {
  const { page } = useData()
  return computed(() => page.value.garden)
}
