// Pinyin of a person's name for search: clerks type 'zs' or 'zhangsan' to find 张三. The first character is read
// as a surname (单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou, 朴 piao, and compound surnames such as 欧阳, 司马, 上官),
// which pinyin-pro does in surname mode limited to the head of the string; the given name is read normally.

import { pinyin } from 'pinyin-pro';

/** Stored beside each person: initials 'zs' and full 'zhangsan', lower case ASCII, ü written as v. */
export type NamePinyin = { initials: string; full: string };

/** The name's syllables, lower case ASCII; '·', spaces and other non-letters are dropped. */
export function nameSyllables(name: string): string[] {
  const trimmed = name.trim();
  if (trimmed === '') return [];
  const syllables = pinyin(trimmed, { mode: 'surname', surname: 'head', toneType: 'none', type: 'array', v: true });
  return syllables.map((syllable) => syllable.toLowerCase().replace(/[^a-z]/g, '')).filter((s) => s !== '');
}

export function namePinyin(name: string): NamePinyin {
  const syllables = nameSyllables(name);
  return { initials: syllables.map((s) => s[0]).join(''), full: syllables.join('') };
}

/** The query as typed: lower case ASCII letters only (ü as v), so 'Z S', 'ＺＳ' and 'z·s' are all 'zs'. */
function queryKey(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[^a-z]/g, '');
}

/**
 * Splits `full` back into syllables using the initials: syllable i starts where the letter is initials[i]. Several
 * splits may fit ('xian' with initials 'xa' has only xi|an, but odd names may have more), so all are returned.
 */
function splits(entry: NamePinyin): string[][] {
  const { initials, full } = entry;
  const out: string[][] = [];
  const walk = (index: number, position: number, acc: string[]) => {
    if (out.length >= 16) return;
    if (index === initials.length - 1) {
      if (full[position] === initials[index]) out.push([...acc, full.slice(position)]);
      return;
    }
    if (full[position] !== initials[index]) return;
    for (let end = position + 1; end < full.length; end += 1) {
      if (full[end] === initials[index + 1]) walk(index + 1, end, [...acc, full.slice(position, end)]);
    }
  };
  if (initials.length > 0) walk(0, 0, []);
  return out;
}

/** Whether the query takes a non-empty prefix of each syllable in turn, from the first, and uses up all its letters. */
function matchesSyllables(query: string, syllables: readonly string[]): boolean {
  const step = (si: number, qi: number): boolean => {
    if (qi === query.length) return true;
    const syllable = syllables[si];
    if (syllable === undefined) return false;
    for (let k = Math.min(syllable.length, query.length - qi); k >= 1; k -= 1) {
      if (query.startsWith(syllable.slice(0, k), qi) && step(si + 1, qi + k)) return true;
    }
    return false;
  };
  return step(0, 0);
}

/**
 * Whether a typed query finds the name: 'zs', 'zhangsan', 'zhangs', 'zhs' and 'zsan' all find 张三 (each syllable
 * from the first may be typed in full or by its first letters). An empty query matches nothing.
 */
export function matchesPinyin(query: string, entry: NamePinyin | string): boolean {
  const q = queryKey(query);
  if (q === '') return false;
  const pinyinOf = typeof entry === 'string' ? namePinyin(entry) : entry;
  if (pinyinOf.initials.startsWith(q) || pinyinOf.full.startsWith(q)) return true;
  return splits(pinyinOf).some((syllables) => matchesSyllables(q, syllables));
}
