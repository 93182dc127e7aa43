import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseDate, toExcelSerial } from '@shared/domain/date-normalise';
import type { IsoDate } from '@shared/domain/dates';
import { isoDateBetween } from './support/arbitraries';

const fullWidth = (text: string) =>
  [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCodePoint(c.codePointAt(0)! + 0xfee0) : c)).join('');

/** Every way of writing a date that the importer accepts. */
const FORMATS: Record<string, (y: string, m: string, d: string) => string> = {
  'Y.M.D': (y, m, d) => `${y}.${Number(m)}.${Number(d)}`,
  'Y/MM/DD': (y, m, d) => `${y}/${m}/${d}`,
  'Y-M-D': (y, m, d) => `${y}-${Number(m)}-${Number(d)}`,
  Y年M月D日: (y, m, d) => `${y}年${Number(m)}月${Number(d)}日`,
  Y年MM月DD日: (y, m, d) => `${y}年${m}月${d}日`,
  YYYYMMDD: (y, m, d) => `${y}${m}${d}`,
  ISO: (y, m, d) => `${y}-${m}-${d}`,
  'ISO with time': (y, m, d) => `${y}-${m}-${d} 00:00:00`,
};

describe('normaliseDate', () => {
  it('reads the ways clerks type 2019-03-05', () => {
    const typed = [
      '2019.3.5',
      '2019/03/05',
      '2019-3-5',
      '2019年3月5日',
      '2019年03月05日',
      '20190305',
      '2019-03-05',
      '２０１９．３．５',
      ' 2019 年 3 月 5 日 ',
      "'2019.03.05",
      '2019。3。5',
      '2019/3/5 10:20',
      '2019-03-05T23:59:59',
    ];
    for (const text of typed) expect(normaliseDate(text), text).toEqual({ ok: true, date: '2019-03-05' });
  });

  it('reads Excel serial numbers of the 1900 system, around its fake 29 February', () => {
    expect(normaliseDate(43529)).toEqual({ ok: true, date: '2019-03-05' });
    expect(normaliseDate(43529.75)).toEqual({ ok: true, date: '2019-03-05' });
    expect(normaliseDate(1)).toEqual({ ok: true, date: '1900-01-01' });
    expect(normaliseDate(59)).toEqual({ ok: true, date: '1900-02-28' });
    expect(normaliseDate(60)).toMatchObject({ ok: false });
    expect(normaliseDate(61)).toEqual({ ok: true, date: '1900-03-01' });
    expect(normaliseDate(0)).toMatchObject({ ok: false });
    expect(normaliseDate(-5)).toMatchObject({ ok: false });
    expect(normaliseDate(Number.NaN)).toMatchObject({ ok: false });
    expect(normaliseDate(42067, { date1904: true })).toEqual({ ok: true, date: '2019-03-05' });
  });

  it('reads numbers that are dates typed as digits, and refuses a bare year', () => {
    expect(normaliseDate(20190305)).toEqual({ ok: true, date: '2019-03-05' });
    expect(normaliseDate(2019)).toEqual({ ok: false, message: '日期“2019”只有年份，缺少月、日' });
    expect(normaliseDate(201903)).toMatchObject({ ok: false });
    expect(normaliseDate(201903, { allowYearMonth: true })).toMatchObject({ ok: true, date: '2019-03-01' });
  });

  it('reads Date objects from exceljs by their UTC fields', () => {
    expect(normaliseDate(new Date(Date.UTC(2019, 2, 5)))).toEqual({ ok: true, date: '2019-03-05' });
    expect(normaliseDate(new Date(Date.UTC(2019, 2, 5, 23, 30)))).toEqual({ ok: true, date: '2019-03-05' });
    expect(normaliseDate(new Date(Number.NaN))).toMatchObject({ ok: false });
  });

  it('refuses dates that do not exist', () => {
    expect(normaliseDate('2019-02-30')).toEqual({
      ok: false,
      message: '日期“2019-02-30”不存在：2019 年 2 月没有 30 日',
    });
    expect(normaliseDate('2019.13.1')).toEqual({ ok: false, message: '日期“2019.13.1”的月份应为 1–12' });
    expect(normaliseDate('20190229')).toMatchObject({ ok: false });
    expect(normaliseDate('1899-12-31')).toMatchObject({ ok: false });
    expect(normaliseDate('2100-01-01')).toMatchObject({ ok: false });
    expect(normaliseDate('1899-12-31', { minYear: 1800 })).toEqual({ ok: true, date: '1899-12-31' });
  });

  it('refuses what it cannot read without guessing', () => {
    for (const text of ['', '19.3.5', '5/3/2019', '2019-3', '2019年', '三月五日', '43529', '2019.3-5', 'abc']) {
      const result = normaliseDate(text);
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.message, text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('takes a year and month only when allowed, with a warning', () => {
    expect(normaliseDate('2019.03')).toEqual({
      ok: false,
      message: '日期“2019.03”只有年月，缺少日，请补全（如 2019.3.1）',
    });
    expect(normaliseDate('2019.03', { allowYearMonth: true })).toEqual({
      ok: true,
      date: '2019-03-01',
      warning: '日期“2019.03”只填了年月，已按 2019-03-01 记录，请核实',
    });
    expect(normaliseDate('2019年3月', { allowYearMonth: true })).toMatchObject({ ok: true, date: '2019-03-01' });
    expect(normaliseDate('2019.13', { allowYearMonth: true })).toMatchObject({ ok: false });
  });

  it('round-trips every date of 1900–2099 in every accepted format (property)', () => {
    fc.assert(
      fc.property(
        isoDateBetween('1900-01-01', '2099-12-31'),
        fc.constantFrom(...Object.keys(FORMATS)),
        fc.boolean(),
        (date: IsoDate, format, wide) => {
          const [y, m, d] = date.split('-') as [string, string, string];
          let text = FORMATS[format]!(y, m, d);
          if (wide) text = fullWidth(text);
          expect(normaliseDate(text)).toEqual({ ok: true, date });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips every date of 1900–2099 through Excel serials and Date objects (property)', () => {
    // Whole numbers 1900–2100 (serials of days in 1905 or 1909) are read as a bare year on purpose: no register holds
    // such dates, while a year typed alone is common.
    const expected = (date: IsoDate, serial: number) =>
      Number.isInteger(serial) && serial >= 1900 && serial <= 2100
        ? { ok: false, message: `日期“${serial}”只有年份，缺少月、日` }
        : { ok: true, date };
    const time = fc.double({ min: 0, max: 0.999, noNaN: true });
    fc.assert(
      fc.property(isoDateBetween('1900-01-01', '2099-12-31'), time, (date, fraction) => {
        const serial = toExcelSerial(date);
        expect(normaliseDate(serial + fraction)).toEqual(expected(date, serial + fraction));
        if (date >= '1904-01-01') {
          const serial1904 = toExcelSerial(date, true);
          expect(normaliseDate(serial1904, { date1904: true })).toEqual(expected(date, serial1904));
        }
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        expect(normaliseDate(new Date(Date.UTC(y, m - 1, d, Math.floor(fraction * 24))))).toEqual({ ok: true, date });
      }),
      { numRuns: 2000 },
    );
  });
});
