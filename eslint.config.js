// One tool for lint and format (@antfu/eslint-config). Markdown prose is content, not code:
// it is excluded from formatting (textlint checks the Japanese prose).
import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  yaml: false,
  ignores: ['docs/**/*.md', 'docs/**/*.yaml', 'docs/**/*.json', '.vitepress/dist', '.vitepress/cache', '.vitepress/.temp', 'test-results', 'playwright-report', '.bench', '**/fixtures/**/*.md'],
}, {
  rules: {
    // Build scripts and the CLI report to the console by design.
    'no-console': 'off',
    // V8 caches the compiled pattern of a regex literal per call site; hoisting every one-off
    // pattern to module scope would only move it away from the code that explains it.
    'e18e/prefer-static-regex': 'off',
  },
})
