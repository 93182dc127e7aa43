// Money as the county format writes it (yuan with up to two decimals) and as the database keeps it (fen, exact).

/** "1200.5" → 120050 fen; empty → null. Callers have already checked the text (at most two decimals). */
export function yuanToFen(yuan: string | null | undefined): number | null {
  if (yuan === null || yuan === undefined || yuan === '') return null;
  const [whole = '0', fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

/** 120050 fen → "1200.50"; null stays null. */
export function fenToYuan(fen: number): string;
export function fenToYuan(fen: number | null): string | null;
export function fenToYuan(fen: number | null): string | null {
  if (fen === null) return null;
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}
