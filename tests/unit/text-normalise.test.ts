import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dropTextMarker,
  normaliseAscii,
  normaliseIdText,
  normaliseText,
  removeBlanks,
  toHalfWidth,
  trimBlanks,
} from '@shared/domain/text-normalise';
import { validIdNumber } from './support/arbitraries';

/** What an input method produces: the full-width form of every ASCII character. */
const fullWidth = (text: string) =>
  [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');

/** Text made of the characters that matter here, mixed with any other grapheme. */
const messyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ' ',
      '\t',
      '\u3000',
      '\u00a0',
      '\u200b',
      '\u200d',
      '\ufeff',
      "'",
      'x',
      'ｘ',
      '１',
      'Ａ',
      '（',
      '张',
    ),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('text normalisation', () => {
  it('trims ASCII, ideographic and non-breaking spaces', () => {
    expect(trimBlanks('\u3000 张三\u00a0\t')).toBe('张三');
    expect(trimBlanks('\ufeff张 三\u200b')).toBe('张 三');
    expect(removeBlanks(' 4310 2519\u3000900101 1234 ')).toBe('431025199001011234');
  });

  it('folds full-width digits, letters and punctuation', () => {
    expect(toHalfWidth('１２３ＡＢｃ－／．（）')).toBe('123ABc-/.()');
    expect(toHalfWidth('２０１９年３月５日')).toBe('2019年3月5日');
    expect(toHalfWidth('张三\u3000李四')).toBe('张三 李四');
  });

  it('drops exactly one Excel text marker', () => {
    expect(dropTextMarker("'431025")).toBe('431025');
    expect(dropTextMarker("''=1+1")).toBe("'=1+1");
    expect(normaliseText("  '示范镇  ")).toBe('示范镇');
    expect(normaliseText('中等职业教育（中专）')).toBe('中等职业教育（中专）');
    expect(normaliseAscii('＇０１')).toBe('01');
  });

  it('cleans ID-like numbers', () => {
    expect(normaliseIdText("'11010519491231002x")).toBe('11010519491231002X');
    expect(normaliseIdText(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(normaliseIdText('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });

  it('recovers an ID number from full-width, spaced or marked typing (property)', () => {
    fc.assert(
      fc.property(validIdNumber, fc.boolean(), fc.boolean(), (id, wide, marked) => {
        let typed = id.slice(0, 6) + ' ' + id.slice(6, 14) + '\u3000' + id.slice(14).toLowerCase();
        if (wide) typed = fullWidth(typed);
        if (marked) typed = `'${typed}`;
        expect(normaliseIdText(typed)).toBe(id);
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        expect(toHalfWidth(toHalfWidth(text))).toBe(toHalfWidth(text));
        expect(trimBlanks(trimBlanks(text))).toBe(trimBlanks(text));
        expect(normaliseIdText(normaliseIdText(text.replaceAll("'", '')))).toBe(
          normaliseIdText(text.replaceAll("'", '')),
        );
      }),
    );
  });
});
