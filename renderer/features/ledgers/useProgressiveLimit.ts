// A 2,000-row ledger laid out in one go blocks the page for about a second on an old PC. Rows are added a hundred at
// a time, one task each, so the browser lays out only the new rows between them and the clerk's clicks still land;
// the first screenful is there at once.
import { useEffect, useState } from 'react';

const CHUNK = 100;

/** How many rows to show now: grows by CHUNK per task until `total`; starts again when `key` changes. */
export function useProgressiveLimit(total: number, key: unknown): number {
  const [shown, setShown] = useState({ key, limit: Math.min(total, CHUNK) });
  const limit = shown.key === key ? Math.min(shown.limit, total) : Math.min(total, CHUNK);

  useEffect(() => {
    if (shown.key !== key) {
      setShown({ key, limit: Math.min(total, CHUNK) });
      return;
    }
    if (shown.limit >= total) return;
    const timer = window.setTimeout(() => setShown({ key, limit: Math.min(total, shown.limit + CHUNK) }), 0);
    return () => window.clearTimeout(timer);
  }, [shown, key, total]);

  return limit;
}
