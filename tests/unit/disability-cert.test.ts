import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disabilityCertNumber, disabilityLabel, parseDisabilityCert } from '@shared/domain/disability-cert';
import type { DisabilityCategoryCode, DisabilityGradeCode } from '@shared/codes';
import { validIdNumber } from './support/arbitraries';

const ID = '11010519491231002X';

describe('parseDisabilityCert', () => {
  it('reads category and grade from the last two digits', () => {
    expect(parseDisabilityCert(`${ID}44`, ID)).toEqual({
      ok: true,
      value: { cert: `${ID}44`, category: '4', grade: '4' },
    });
    expect(parseDisabilityCert("'11010519491231002x 71", ID)).toMatchObject({ ok: true, value: { category: '7' } });
    expect(disabilityLabel('4', '4')).toBe('肢体残疾四级');
  });

  it('refuses numbers of the wrong shape or of another person', () => {
    expect(parseDisabilityCert('', ID)).toMatchObject({ ok: false, reason: 'EMPTY' });
    expect(parseDisabilityCert(`${ID}4`, ID)).toMatchObject({ ok: false, reason: 'BAD_LENGTH' });
    expect(parseDisabilityCert(`${ID}441`, ID)).toMatchObject({ ok: false, reason: 'BAD_LENGTH' });
    expect(parseDisabilityCert('11010519491231003844', ID)).toMatchObject({ ok: false, reason: 'NOT_HOLDER' });
    expect(parseDisabilityCert(`${ID}04`, ID)).toMatchObject({ ok: false, reason: 'BAD_CATEGORY' });
    expect(parseDisabilityCert(`${ID}84`, ID)).toMatchObject({ ok: false, reason: 'BAD_CATEGORY' });
    expect(parseDisabilityCert(`${ID}40`, ID)).toMatchObject({ ok: false, reason: 'BAD_GRADE' });
    const result = parseDisabilityCert(`${ID}45`, ID);
    expect(!result.ok && result.message).toBe('残疾人证号第 20 位是残疾等级，应为 1–4，现为“5”');
  });

  it('round-trips every holder, category and grade (property)', () => {
    const category = fc.constantFrom<DisabilityCategoryCode>('1', '2', '3', '4', '5', '6', '7');
    const grade = fc.constantFrom<DisabilityGradeCode>('1', '2', '3', '4');
    fc.assert(
      fc.property(validIdNumber, category, grade, (id, c, g) => {
        const cert = disabilityCertNumber(id, c, g);
        expect(cert).toHaveLength(20);
        expect(parseDisabilityCert(cert, id)).toEqual({ ok: true, value: { cert, category: c, grade: g } });
      }),
    );
  });

  it('refuses a certificate of anybody else (property)', () => {
    fc.assert(
      fc.property(validIdNumber, validIdNumber, (holder, other) => {
        fc.pre(holder !== other);
        expect(parseDisabilityCert(`${other}11`, holder)).toMatchObject({ ok: false, reason: 'NOT_HOLDER' });
      }),
    );
  });
});
