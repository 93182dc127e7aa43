import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANDLINE_PATTERN, MOBILE_PATTERN, normalisePhone, parsePhone, phoneProblem } from '@shared/domain/phone';

const fullWidth = (text: string) =>
  [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');

describe('phone numbers', () => {
  it('accepts mobiles, landlines and nothing', () => {
    expect(parsePhone('13812345678')).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
    expect(parsePhone('138 1234 5678')).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
    expect(parsePhone('+86 138-1234-5678')).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
    expect(parsePhone('１３８１２３４５６７８')).toEqual({ ok: true, value: '13812345678', kind: 'mobile' });
    expect(parsePhone('0731-1234567')).toEqual({ ok: true, value: '0731-1234567', kind: 'landline' });
    expect(parsePhone('0731 12345678')).toEqual({ ok: true, value: '0731-12345678', kind: 'landline' });
    expect(parsePhone('（0731）1234567')).toEqual({ ok: true, value: '0731-1234567', kind: 'landline' });
    expect(parsePhone('01012345678')).toEqual({ ok: true, value: '01012345678', kind: 'landline' });
    expect(parsePhone('0731—1234567')).toEqual({ ok: true, value: '0731-1234567', kind: 'landline' });
    expect(parsePhone(' \u3000')).toEqual({ ok: true, value: '', kind: 'empty' });
    expect(parsePhone(null)).toEqual({ ok: true, value: '', kind: 'empty' });
  });

  it('refuses what the county importer refuses, in Chinese', () => {
    expect(phoneProblem('1381234567')).toContain('11 位');
    expect(phoneProblem('12812345678')).toContain('13–19');
    expect(phoneProblem('1234567')).toContain('区号');
    expect(phoneProblem('0731-123')).toContain('格式不对');
    expect(phoneProblem('13812345678/13912345678')).not.toBeNull();
    expect(phoneProblem('13812345678')).toBeNull();
  });

  it('cleans any typed mobile to its 11 digits (property)', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([d, r]) => `1${d}${r}`);
    fc.assert(
      fc.property(mobile, fc.boolean(), fc.constantFrom('', ' ', '-', '\u3000'), (number, wide, sep) => {
        let typed = `${number.slice(0, 3)}${sep}${number.slice(3, 7)}${sep}${number.slice(7)}`;
        if (wide) typed = fullWidth(typed);
        expect(parsePhone(typed)).toEqual({ ok: true, value: number, kind: 'mobile' });
      }),
    );
  });

  it('only returns values that match the format rule (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const result = parsePhone(text);
        if (result.ok && result.value !== '') {
          expect(MOBILE_PATTERN.test(result.value) || LANDLINE_PATTERN.test(result.value)).toBe(true);
        }
        expect(normalisePhone(normalisePhone(text))).toBe(normalisePhone(text));
      }),
    );
  });
});
