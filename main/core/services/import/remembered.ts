// The import asks the same few questions of a register tens of thousands of times (a label, a village name, a date,
// a name's pinyin). `remembered` keeps the answers of a pure function, for the first `limit` distinct questions only,
// so that a register of all-different values cannot grow the memory without end.

/** How many distinct questions each remembered function keeps the answers of, unless told otherwise. */
export const REMEMBERED = 2000;

/** `compute`, remembering its answers for the first `limit` distinct keys (an undefined answer included). */
export function remembered<K, V>(compute: (key: K) => V, limit: number = REMEMBERED): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    const found = seen.get(key);
    if (found !== undefined || seen.has(key)) return found as V;
    const value = compute(key);
    if (seen.size < limit) seen.set(key, value);
    return value;
  };
}
