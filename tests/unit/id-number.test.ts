import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageAt,
  birthDateFromId,
  checkDigit,
  idFromNumericCell,
  looksExcelMangled,
  maskIdNumber,
  parseIdNumber,
  sexFromId,
} from '@shared/domain/id-number';
import { validIdNumber } from './support/arbitraries';

const withCheck = (first17: string) => first17 + checkDigit(first17);

describe('checkDigit', () => {
  it('matches known numbers', () => {
    expect(checkDigit('11010519491231002')).toBe('X');
    expect(checkDigit('44052418800101001')).toBe('4'); // the example of GB 11643-1999
    expect(checkDigit('43102519900101123')).toBe('8');
    expect(checkDigit('51010719850615241')).toBe('2');
    expect(checkDigit('65010220000229001')).toBe('X');
    expect(() => checkDigit('1101051949123100')).toThrow(RangeError);
  });
});

describe('parseIdNumber', () => {
  it('accepts 11010519491231002X and derives sex, birth date and region', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({
      ok: true,
      value: { idNumber: '11010519491231002X', sex: '2', birthDate: '1949-12-31', regionCode: '110105' },
    });
    expect(parseIdNumber('11010519491231002x')).toMatchObject({ ok: true, value: { idNumber: '11010519491231002X' } });
  });

  it('accepts what clerks type: spaces, full-width digits, the Excel apostrophe', () => {
    expect(parseIdNumber(" '110105 19491231 002x")).toMatchObject({ ok: true });
    expect(parseIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({ ok: true });
  });

  it('upgrades a 15-digit number and says so', () => {
    expect(parseIdNumber('110105491231002')).toEqual({
      ok: true,
      value: {
        idNumber: '11010519491231002X',
        sex: '2',
        birthDate: '1949-12-31',
        regionCode: '110105',
        upgradedFrom15: '110105491231002',
      },
    });
  });

  it('refuses wrong lengths and characters', () => {
    expect(parseIdNumber('')).toMatchObject({ ok: false, reason: 'EMPTY' });
    expect(parseIdNumber('11010519491231002')).toMatchObject({ ok: false, reason: 'BAD_LENGTH' });
    expect(parseIdNumber('11010519491231002XX')).toMatchObject({ ok: false, reason: 'BAD_LENGTH' });
    expect(parseIdNumber('1101051949123100X2')).toMatchObject({ ok: false, reason: 'BAD_CHARACTERS' });
    expect(parseIdNumber('11010549123100X')).toMatchObject({ ok: false, reason: 'BAD_CHARACTERS' });
    const result = parseIdNumber('1101051949');
    expect(!result.ok && result.message).toBe('身份证号码应为 18 位（或 15 位旧号码），现为 10 位');
  });

  it('refuses a wrong check digit without telling which digit would fit', () => {
    const result = parseIdNumber('110105194912310021');
    expect(result).toMatchObject({ ok: false, reason: 'BAD_CHECK_DIGIT' });
    expect(!result.ok && result.message).not.toContain('X');
  });

  it('refuses impossible birth dates even with a correct check digit', () => {
    expect(parseIdNumber(withCheck('43102519900230123'))).toMatchObject({ ok: false, reason: 'BAD_BIRTH_DATE' });
    expect(parseIdNumber(withCheck('43102519901301123'))).toMatchObject({ ok: false, reason: 'BAD_BIRTH_DATE' });
    expect(parseIdNumber(withCheck('43102520230229123'))).toMatchObject({ ok: false, reason: 'BAD_BIRTH_DATE' });
    expect(parseIdNumber('440524188001010014')).toMatchObject({ ok: false, reason: 'BIRTH_BEFORE_1900' });
    const future = withCheck('43102520261009123');
    expect(parseIdNumber(future, '2026-10-08')).toMatchObject({ ok: false, reason: 'BIRTH_IN_FUTURE' });
    expect(parseIdNumber(future, '2026-10-09')).toMatchObject({ ok: true });
    expect(parseIdNumber(future)).toMatchObject({ ok: true });
  });

  it('refuses unknown province codes', () => {
    expect(parseIdNumber(withCheck('00010519491231002'))).toMatchObject({ ok: false, reason: 'BAD_REGION' });
    expect(parseIdNumber(withCheck('99010519491231002'))).toMatchObject({ ok: false, reason: 'BAD_REGION' });
  });

  it('refuses numbers Excel turned into scientific notation', () => {
    expect(parseIdNumber('4.31025E+17')).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
    expect(parseIdNumber('4.31025199001011e17')).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
  });

  it('accepts every valid generated number and derives sex and birth date from it (property)', () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        const result = parseIdNumber(id, '2026-01-01');
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.idNumber).toBe(id);
        expect(result.value.sex).toBe(Number(id[16]) % 2 === 1 ? '1' : '2');
        expect(result.value.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14));
        expect(sexFromId(id)).toBe(result.value.sex);
        expect(birthDateFromId(id)).toBe(result.value.birthDate);
        expect(result.value.upgradedFrom15).toBeUndefined();
      }),
    );
  });

  it('refuses every single-character change of a valid number (property)', () => {
    fc.assert(
      fc.property(validIdNumber, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (id, at, shift) => {
        const alphabet = at === 17 ? '0123456789X' : '0123456789';
        const index = alphabet.indexOf(id[at]!);
        const replacement = alphabet[(index + shift) % alphabet.length]!;
        fc.pre(replacement !== id[at]);
        const changed = id.slice(0, at) + replacement + id.slice(at + 1);
        expect(parseIdNumber(changed).ok).toBe(false);
      }),
    );
  });

  it('upgrades 15-digit numbers to the 18-digit number of the same person (property)', () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        fc.pre(id.slice(6, 8) === '19');
        const old = id.slice(0, 6) + id.slice(8, 17);
        const result = parseIdNumber(old);
        expect(result).toMatchObject({ ok: true, value: { idNumber: id, upgradedFrom15: old } });
        expect(sexFromId(old)).toBe(sexFromId(id));
        expect(birthDateFromId(old)).toBe(birthDateFromId(id));
      }),
    );
  });
});

describe('Excel number cells', () => {
  it('spots the marks of a number cell', () => {
    expect(looksExcelMangled('4.31025E+17')).toContain('科学计数法');
    expect(looksExcelMangled('431025199001011234.0')).toContain('数字');
    expect(looksExcelMangled('431025199001011000', true)).toContain('无法恢复');
    expect(looksExcelMangled('431025199001011000')).toBeNull();
    expect(looksExcelMangled('11010519491231002X')).toBeNull();
  });

  it('always refuses an ID number read from a number cell (property)', () => {
    expect(idFromNumericCell(431025199001011200)).toMatchObject({ ok: false, reason: 'EXCEL_NUMBER' });
    expect(idFromNumericCell(431025199001011200).message).toContain('431025********1200');
    fc.assert(
      fc.property(fc.double(), (value) => {
        const result = idFromNumericCell(value);
        expect(result.ok).toBe(false);
        expect(result.message).toMatch(/文本/);
      }),
    );
  });
});

describe('derived values', () => {
  it('counts age in full years, rising on the birthday', () => {
    expect(ageAt('11010519491231002X', '2026-12-30')).toBe(76);
    expect(ageAt('11010519491231002X', '2026-12-31')).toBe(77);
    expect(ageAt('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageAt('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageAt('2000-02-29', '2028-02-29')).toBe(28);
    expect(ageAt('not an id', '2026-01-01')).toBeNull();
  });

  it('masks to 6 + 8 stars + 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
    expect(maskIdNumber('12345')).toBe('*****');
  });

  it('masks every valid number to 18 characters keeping the ends (property)', () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 6)).toBe(id.slice(0, 6));
        expect(masked.slice(-4)).toBe(id.slice(-4));
        expect(masked.slice(6, 14)).toBe('********');
      }),
    );
  });
});
