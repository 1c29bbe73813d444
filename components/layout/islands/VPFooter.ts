// VitePress's VPFooter as an island (vite alias in .vitepress/config.ts; see .vitepress/theme/islands.ts).
import { island } from '../../../.vitepress/theme/islands'

export default island(() => import('vp-original/VPFooter.vue'))
