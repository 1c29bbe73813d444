// Maturity of a note, with its Japanese label and meaning. Kept apart from the zod schema so that
// client components can import it without pulling zod into the browser bundle.

export const MATURITIES = ['seedling', 'budding', 'evergreen'] as const
export type Maturity = typeof MATURITIES[number]

export const MATURITY_LABELS: Record<Maturity, { label: string, explanation: string }> = {
  seedling: { label: '芽', explanation: '書きはじめたばかりのノート。材料が少なく、今後大きく変わる' },
  budding: { label: '若葉', explanation: '要点はそろったノート。まだ手を入れる余地がある' },
  evergreen: { label: '常緑', explanation: '十分に育ったノート。内容が安定している' },
}
