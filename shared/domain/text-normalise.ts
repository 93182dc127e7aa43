// Cleaning of text typed into Excel or WPS before any rule looks at it. Clerks type on Chinese input methods, so
// full-width digits (１２３), the ideographic space (U+3000) and non-breaking spaces copied from web pages are common,
// and a leading apostrophe is how Excel users force a cell to be text.

/**
 * Every kind of blank a clerk's cell may carry: ASCII whitespace, NBSP, ideographic space, zero-width characters and
 * the BOM. The zero-width joiner is an alternative of its own: inside a character class it would join its neighbours.
 */
const BLANK = '(?:[\\s\\u00a0\\u3000\\u200b\\u200c\\u2060\\ufeff]|\\u200d)';
const EDGE_BLANKS = new RegExp(`^${BLANK}+|${BLANK}+$`, 'g');
const ALL_BLANKS = new RegExp(`${BLANK}+`, 'g');

/** Removes blanks (including U+3000 and NBSP) at both ends. */
export function trimBlanks(text: string): string {
  return text.replace(EDGE_BLANKS, '');
}

/** Removes every blank, also inside the text (for ID numbers, phone numbers, codes). */
export function removeBlanks(text: string): string {
  return text.replace(ALL_BLANKS, '');
}

/** Full-width ASCII forms (U+FF01–U+FF5E: digits, letters, punctuation) to half-width; U+3000 to a space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += char;
  }
  return out;
}

/** Drops exactly one leading apostrophe: Excel's text marker, and the CSV formula guard of the exchange format. */
export function dropTextMarker(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/**
 * Free text (names, addresses, notes): trimmed, one Excel text marker dropped. Chinese punctuation such as （） is
 * left alone because it is correct in Chinese text.
 */
export function normaliseText(raw: string): string {
  return trimBlanks(dropTextMarker(trimBlanks(raw)));
}

/** Text that should be plain ASCII (codes, numbers, dates): full-width forms folded, trimmed, marker dropped. */
export function normaliseAscii(raw: string): string {
  return normaliseText(toHalfWidth(raw));
}

/** An ID-like number (身份证号码, 残疾人证号): ASCII, no blanks anywhere, marker dropped, x upper-cased. */
export function normaliseIdText(raw: string): string {
  return removeBlanks(dropTextMarker(removeBlanks(toHalfWidth(raw)))).toUpperCase();
}
