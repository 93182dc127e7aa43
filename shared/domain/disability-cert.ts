// 第二代中华人民共和国残疾人证 number: the holder's 18-character ID number, then the category digit
// (1 视力 2 听力 3 言语 4 肢体 5 智力 6 精神 7 多重) and the grade digit (1–4, 一级 most severe).
// The format requires category and grade to equal these two digits, so they are read from the number, not typed.

import { codeLabel, DISABILITY_CATEGORY, DISABILITY_GRADE } from '../codes/index';
import type { DisabilityCategoryCode, DisabilityGradeCode } from '../codes/index';
import { normaliseIdText } from './text-normalise';

export type DisabilityCertProblem = 'EMPTY' | 'BAD_LENGTH' | 'NOT_HOLDER' | 'BAD_CATEGORY' | 'BAD_GRADE';

export type DisabilityCert = { cert: string; category: DisabilityCategoryCode; grade: DisabilityGradeCode };

export type DisabilityCertResult =
  { ok: true; value: DisabilityCert } | { ok: false; reason: DisabilityCertProblem; message: string };

const fail = (reason: DisabilityCertProblem, message: string): DisabilityCertResult => ({ ok: false, reason, message });

/** Checks a certificate number against its holder's (already valid) ID number. */
export function parseDisabilityCert(cert: string, idNumber: string): DisabilityCertResult {
  const text = normaliseIdText(cert);
  const id = normaliseIdText(idNumber);
  if (text === '') return fail('EMPTY', '请填写残疾人证号');
  if (text.length !== 20) {
    return fail(
      'BAD_LENGTH',
      `第二代残疾人证号应为 20 位（身份证号码 + 残疾类别 + 残疾等级），现为 ${[...text].length} 位`,
    );
  }
  if (!text.startsWith(id)) return fail('NOT_HOLDER', '残疾人证号的前 18 位应与本人身份证号码一致');
  const category = text[18]!;
  const grade = text[19]!;
  if (!/^[1-7]$/.test(category)) {
    return fail('BAD_CATEGORY', `残疾人证号第 19 位是残疾类别，应为 1–7，现为“${category}”`);
  }
  if (!/^[1-4]$/.test(grade)) return fail('BAD_GRADE', `残疾人证号第 20 位是残疾等级，应为 1–4，现为“${grade}”`);
  return {
    ok: true,
    value: { cert: text, category: category as DisabilityCategoryCode, grade: grade as DisabilityGradeCode },
  };
}

/** The certificate number for a holder, category and grade. */
export function disabilityCertNumber(
  idNumber: string,
  category: DisabilityCategoryCode,
  grade: DisabilityGradeCode,
): string {
  return `${normaliseIdText(idNumber)}${category}${grade}`;
}

/** '肢体残疾四级', as written on the certificate and in ledgers. */
export function disabilityLabel(category: DisabilityCategoryCode, grade: DisabilityGradeCode): string {
  return `${codeLabel(DISABILITY_CATEGORY, category) ?? ''}${codeLabel(DISABILITY_GRADE, grade) ?? ''}`;
}
