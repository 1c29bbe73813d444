// One tool for lint and format (@antfu/eslint-config). Markdown prose is content, not code:
// it is excluded from formatting (textlint checks the Japanese prose).
// The layout's import direction is a rule, not a convention (see ARCHITECTURE.md, "The tree"):
//   site code (.vitepress/, components/) never imports scripts/ (CLIs), nor test/ (test support and
//   fixtures) outside its tests;
//   browser code (components/, .vitepress/theme/) and shared code (.vitepress/shared/, the modules the
//   browser imports) never import Node built-ins or build-time code, which is all under .vitepress/node/
//   (markdown-it plugins, maps, nav…). The one exception: a *.data.ts loader in .vitepress/data/ (that
//   folder holds nothing else), whose import VitePress replaces with its JSON.
// tsconfig.browser.json holds the same line for types: no Node types in browser code.
import { builtinModules } from 'node:module'
import antfu from '@antfu/eslint-config'

const NODE_BUILTINS = [
  ...new Set(builtinModules.map(m => m.replace(/^node:/, '').split('/')[0])),
]
const noScripts = { regex: '(^|/)scripts(/|$)', message: 'Site code must not import scripts/ (CLIs): move shared logic under .vitepress/.' }
const noTestSupport = { regex: '(^|/)test(/|$)', message: 'Site code must not import test/ (test support and fixtures): only tests do.' }
const TESTS = ['**/*.test.ts', '**/*.spec.ts']
const noNode = [
  { regex: `^(node:.*|(${NODE_BUILTINS.join('|')})(/.*)?)$`, message: 'Runs in the browser: no Node built-ins here.' },
  // A *.data.ts loader is the exception: VitePress replaces its import with the loaded JSON.
  { regex: '(^|/)(\\.vitepress/)?node(/|$)|(^|/)(\\.vitepress/)?data/(?![^/]*\\.data$)', allowTypeImports: true, message: 'Runs in the browser: build-time code (.vitepress/node/, or data/ but a *.data.ts loader) stays in Node.' },
]

export const layoutRules = [
  {
    name: 'garden/site-never-imports-scripts-or-test-support',
    files: ['.vitepress/**/*.{ts,vue}', 'components/**/*.{ts,vue}'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noScripts, noTestSupport],
        },
      ],
    },
  },
  {
    name: 'garden/site-tests-never-import-scripts',
    files: TESTS.map(t => `{.vitepress,components}/${t}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noScripts],
        },
      ],
    },
  },
  {
    name: 'garden/browser-and-shared-code-stay-off-node',
    files: ['components/**/*.{ts,vue}', '.vitepress/theme/**/*.{ts,vue}', '.vitepress/shared/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noScripts, noTestSupport, ...noNode],
        },
      ],
    },
  },
]

// Issue 30, smaller units: no function over 80 lines (blank lines and comments not counted) in the
// site and script source, .vitepress/node/ included. Tests (lists of cases) and e2e are left out.
export const functionSizeRules = [
  {
    name: 'garden/functions-up-to-80-lines',
    files: ['.vitepress/**/*.{ts,vue}', 'components/**/*.{ts,vue}', 'scripts/**/*.ts'],
    rules: {
      'max-lines-per-function': [
        'error',
        {
          max: 80,
          skipBlankLines: true,
          skipComments: true,
          IIFEs: true,
        },
      ],
    },
  },
  {
    name: 'garden/functions-up-to-80-lines/not-tests',
    files: [
      ...TESTS,
      'e2e/**',
    ],
    rules: {
      'max-lines-per-function': 'off',
    },
  },
]

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  yaml: false,
  ignores: [
    'docs/**/*.md',
    'docs/**/*.yaml',
    'docs/**/*.json',
    '.vitepress/dist',
    '.vitepress/dist-base',
    '.vitepress/cache',
    '.vitepress/.temp',
    'scripts/lib/bench/plain/.vitepress/cache',
    'scripts/lib/bench/plain/.vitepress/dist',
    'test-results',
    'playwright-report',
    '.bench',
    '.ci/node',
    '**/fixtures/**/*.md',
  ],
}, {
  rules: {
    // Build scripts and the CLI report to the console by design.
    'no-console': 'off',
    // V8 caches the compiled pattern of a regex literal per call site; hoisting every one-off
    // pattern to module scope would only move it away from the code that explains it.
    'e18e/prefer-static-regex': 'off',
  },
}, ...layoutRules, ...functionSizeRules)
