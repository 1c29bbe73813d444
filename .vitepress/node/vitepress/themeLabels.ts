// Japanese labels for every string of VitePress's default theme, shared by the site's config and the
// benchmark's plain-VitePress baseline (scripts/lib/bench/plain), so both show readers the same words.
import type { DefaultTheme } from 'vitepress'

export const themeLabels = {
  outline: {
    level: [2, 3],
    label: 'このページの内容',
  },
  docFooter: { prev: '前のページ', next: '次のページ' },
  lastUpdated: {
    text: '最終更新',
    formatOptions: { dateStyle: 'medium', timeStyle: 'short' },
  },
  darkModeSwitchLabel: '外観',
  lightModeSwitchTitle: 'ライトテーマに切り替える',
  darkModeSwitchTitle: 'ダークテーマに切り替える',
  sidebarMenuLabel: 'メニュー',
  returnToTopLabel: 'ページの先頭へ',
  langMenuLabel: '言語を切り替える',
  skipToContentLabel: '本文へ移動',
  externalLinkIcon: true,
  notFound: {
    title: 'ページが見つかりません',
    quote: 'お探しのページは移動したか、削除されたか、URLが間違っている可能性があります。',
    linkLabel: 'ホームへ戻る',
    linkText: 'ホームへ戻る',
    code: '404',
  },
} satisfies DefaultTheme.Config

export const searchTranslations = {
  button: { buttonText: '検索', buttonAriaLabel: '検索 K' },
  modal: {
    displayDetails: '詳細を表示',
    resetButtonTitle: '検索語を消す',
    backButtonTitle: '検索を閉じる',
    noResultsText: '見つかりませんでした',
    footer: { selectText: '選択', navigateText: '移動', closeText: '閉じる' },
  },
} satisfies DefaultTheme.LocalSearchOptions['translations']
