// VitePress's VPDocFooter as an island (vite alias in .vitepress/config.ts; see .vitepress/theme/islands.ts).
import { island } from '../../../.vitepress/theme/islands'

export default island(() => import('vp-original/VPDocFooter.vue'))
