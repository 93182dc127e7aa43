import {
  CANCEL_REASON,
  DIFFICULTY,
  DISABILITY_CATEGORY,
  DISABILITY_GRADE,
  DISABILITY_PLACEMENT,
  EDUCATION,
  EMPLOYMENT_TYPE,
  ETHNICITY,
  HUKOU_TYPE,
  PERSON_STATUS,
  SEX,
  codeLabel,
  type CodeTable,
} from '@shared/codes/index';
import { splitDifficultyCodes } from '@shared/domain/difficulty';
import { chinaTimestamp } from '@shared/domain/dates';
import { maskIdNumber } from '@shared/domain/id-number';
import { plain, type FieldFormat } from '../change-log';

const code =
  (table: CodeTable) =>
  (value: unknown): string =>
    typeof value === 'string' && value !== '' ? (codeLabel(table, value) ?? value) : plain(value);

/** The 变更记录 labels of a person's fields, in the order of the form. */
export function personFieldFormats(
  canViewFullId: boolean,
  villageName: (code: string) => string | null = () => null,
): Record<string, FieldFormat> {
  const id = (value: unknown) => (canViewFullId || typeof value !== 'string' ? plain(value) : maskIdNumber(value));
  return {
    idNumber: { label: '身份证号', show: id },
    name: { label: '姓名' },
    sex: { label: '性别', show: code(SEX) },
    birthDate: { label: '出生日期' },
    ethnicity: { label: '民族', show: code(ETHNICITY) },
    education: { label: '文化程度', show: code(EDUCATION) },
    hukouType: { label: '户口性质', show: code(HUKOU_TYPE) },
    villageCode: {
      label: '村（社区）',
      show: (value) => (typeof value === 'string' ? (villageName(value) ?? value) : plain(value)),
    },
    address: { label: '现居住地址' },
    phone: { label: '联系电话' },
    status: { label: '登记状态', show: code(PERSON_STATUS) },
    registeredOn: { label: '失业登记日期' },
    unemploymentReason: { label: '失业原因' },
    jobWish: { label: '求职意向' },
    trainingWish: { label: '培训意向' },
    skills: { label: '技能特长' },
    employmentCardNo: { label: '就业创业证号' },
    employedOn: { label: '就业日期' },
    employmentType: { label: '就业形式', show: code(EMPLOYMENT_TYPE) },
    employer: { label: '就业单位' },
    cancelledOn: { label: '注销日期' },
    cancelReason: { label: '注销原因', show: code(CANCEL_REASON) },
    cancelNote: { label: '注销说明' },
    difficulty: {
      label: '就业困难类别',
      show: (value) =>
        splitDifficultyCodes(value as string | null)
          .map((c) => code(DIFFICULTY)(c))
          .join('、'),
    },
    difficultyOn: { label: '认定日期' },
    difficultyExitOn: { label: '退出日期' },
    difficultyExitReason: { label: '退出原因' },
    lowIncome: { label: '低保家庭' },
    landLost: { label: '被征地农民' },
    povertyMonitored: { label: '脱贫或监测对象' },
    releasedOrRehab: { label: '刑满释放或戒毒康复' },
    disabilityCert: { label: '残疾人证号', show: id },
    disabilityCategory: { label: '残疾类别', show: code(DISABILITY_CATEGORY) },
    disabilityGrade: { label: '残疾等级', show: code(DISABILITY_GRADE) },
    placementWish: { label: '就业意向', show: code(DISABILITY_PLACEMENT) },
    lastContactOn: { label: '最近联系日期' },
    notes: { label: '备注' },
    deletedAt: {
      label: '删除时间',
      show: (value) => (typeof value === 'number' ? chinaTimestamp(value).slice(0, 16).replace('T', ' ') : ''),
    },
    deleteReason: {
      label: '删除原因',
      show: (value) => ({ error: '录入错误', duplicate: '重复记录' })[String(value)] ?? plain(value),
    },
    mergedIntoId: { label: '合并到人员编号' },
  };
}
