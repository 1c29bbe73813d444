// A stand-in for the parts of `vitepress` the components use (useData, useRoute, withBase), with
// reactive page data that a test sets. In a *.dom.test.ts:
//   vi.mock('vitepress', () => import('./vitepress'))
//   setPage({ relativePath: 'notes/gitops.md', title: 'GitOps', garden: gardenPage() })
import type { GardenPageData } from '../../.vitepress/shared/garden'
import { computed, reactive, ref } from 'vue'

export interface TestPage {
  relativePath: string
  title: string
  description: string
  frontmatter: Record<string, unknown>
  garden?: GardenPageData
}

const BASE = '/'

const page = ref<TestPage>(blankPage())
const route = reactive({ path: '/' })
const isDark = ref(false)

function blankPage(): TestPage {
  return {
    relativePath: 'index.md',
    title: '',
    description: '',
    frontmatter: {},
  }
}

/** Garden data of a typical note; override what the test is about. */
export function gardenPage(overrides: Partial<GardenPageData> = {}): GardenPageData {
  return {
    kind: 'note',
    backlinks: [],
    url: 'https://example.com/notes/gitops',
    maturity: 'budding',
    tags: ['gitops'],
    date: '2026-04-01',
    history: [],
    ...overrides,
  }
}

/** Replaces the current page; `route.path` follows its relativePath, as VitePress's router does. */
export function setPage(next: Partial<TestPage>): void {
  page.value = {
    ...blankPage(),
    ...next,
  }
  route.path = `/${page.value.relativePath.replace(/(?:index)?\.md$/, '')}`
}

/** Simulates an in-site navigation (the router changing route.path). */
export function navigate(path: string): void {
  route.path = path
}

export function resetVitepress(): void {
  setPage({})
  isDark.value = false
}

export function useData() {
  return {
    page,
    frontmatter: computed(() => page.value.frontmatter),
    title: computed(() => page.value.title),
    isDark,
  }
}

export function useRoute() {
  return route
}

export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '')
}
