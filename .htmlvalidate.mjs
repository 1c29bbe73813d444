// html-validate settings for the built pages (e2e/html-validate.spec.ts; also `npx html-validate
// .vitepress/dist`). A JS config so that every rule we relax carries its reason beside it.
// Each relaxed rule is one that VitePress's default theme breaks in markup we do not render.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // VitePress writes `<link rel="preload stylesheet" as="style">`: rel is a token list and valid
    // HTML, but the rule reads the whole value and so rejects `as`.
    'attribute-misuse': 'off',
    // VitePress's VPLink merges its own `link` class with the caller's (`class="VPLink link link"`).
    'no-dup-class': 'off',
    // Formatting, not validity: VitePress's generated HTML and code blocks keep trailing spaces.
    'no-trailing-whitespace': 'off',
    // The default theme's copy-code button (named by its title) and appearance switch have no text
    // content; axe's button-name rule (e2e/a11y.spec.ts) checks the accessible name instead.
    'text-content': 'off',
    // The default theme's own buttons (menu, copy code) omit type; they are not in a form.
    'no-implicit-button-type': 'off',
    // Vue style bindings (the map's size), Mermaid's SVG (max-width) and the default theme set
    // inline styles; the CSP allows style attributes for the same reason.
    'no-inline-style': 'off',
    // HTML allows any id without whitespace; heading slugs on Japanese titles are Japanese.
    'valid-id': [
      'error',
      { relaxed: true },
    ],
    // The default theme's sidebar uses div[role=button] and its outline div[role=heading]; our
    // map scroller is a focusable div[role=region] (a <section> would add nothing but the name).
    'prefer-native-element': [
      'error',
      {
        exclude: ['button', 'heading', 'region'],
      },
    ],
  },
}
