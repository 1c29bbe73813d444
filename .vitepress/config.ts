import type { DefaultTheme, UserConfigFn } from 'vitepress'
// The site's VitePress config: a function, so importing this file does nothing. VitePress calls it once
// per `vitepress build` and per (re)start of `vitepress dev`; the settings come from the environment
// (node/settings.ts) and everything else is node/config.ts.
import { createConfig } from './node/config'
import { readSettings } from './node/settings'

export default (() => createConfig(readSettings())) satisfies UserConfigFn<DefaultTheme.Config>
