// The code tables of the county exchange format (section 5) and of the app, as typed constants. The format carries
// codes, never labels; screens and printed ledgers show labels. The format's tables are copied from the CSV files that
// come with the format (codes/*.csv); a unit test compares them when those files are at hand.

import { ETHNICITY } from './ethnicity';

export type CodeEntry = { readonly code: string; readonly name: string };
export type CodeTable = readonly CodeEntry[];

/** 性别 GB/T 2261.1; codes/sex.csv. */
export const SEX = [
  { code: '1', name: '男' },
  { code: '2', name: '女' },
] as const;
export type SexCode = (typeof SEX)[number]['code'];

export { ETHNICITY, type EthnicityCode } from './ethnicity';

/** 文化程度 GB/T 4658（大类）; codes/education.csv. */
export const EDUCATION = [
  { code: '10', name: '研究生' },
  { code: '20', name: '大学本科' },
  { code: '30', name: '大学专科' },
  { code: '40', name: '中等职业教育（中专、职高、技校）' },
  { code: '60', name: '普通高中' },
  { code: '70', name: '初中' },
  { code: '80', name: '小学' },
  { code: '90', name: '其他（含未上学）' },
] as const;
export type EducationCode = (typeof EDUCATION)[number]['code'];

/** 户口性质; codes/hukou_type.csv. */
export const HUKOU_TYPE = [
  { code: '1', name: '非农业（城镇）' },
  { code: '2', name: '农业（农村）' },
] as const;
export type HukouTypeCode = (typeof HUKOU_TYPE)[number]['code'];

/** 就业困难人员类别（各县启用哪些由设置决定）; codes/difficulty.csv. */
export const DIFFICULTY = [
  { code: '01', name: '大龄失业人员' },
  { code: '02', name: '残疾人' },
  { code: '03', name: '零就业家庭成员' },
  { code: '04', name: '城乡低保家庭成员' },
  { code: '05', name: '连续失业一年以上' },
  { code: '06', name: '被征地农民' },
  { code: '07', name: '脱贫人口及防止返贫监测对象' },
  { code: '08', name: '刑满释放及戒毒康复人员' },
  { code: '09', name: '其他经县级认定人员' },
] as const;
export type DifficultyCode = (typeof DIFFICULTY)[number]['code'];

/** 与户主关系 GB/T 4761-2008（大类）; codes/relation.csv. */
export const RELATION = [
  { code: '02', name: '户主' },
  { code: '10', name: '配偶' },
  { code: '20', name: '子' },
  { code: '30', name: '女' },
  { code: '40', name: '孙子女' },
  { code: '50', name: '父母' },
  { code: '60', name: '祖父母' },
  { code: '70', name: '兄弟姐妹' },
  { code: '80', name: '其他' },
  { code: '97', name: '其他亲属' },
  { code: '99', name: '非亲属' },
] as const;
export type RelationCode = (typeof RELATION)[number]['code'];

/** 就业形式; codes/employment_type.csv. */
export const EMPLOYMENT_TYPE = [
  { code: '1', name: '单位就业' },
  { code: '2', name: '灵活就业' },
  { code: '3', name: '自主创业' },
  { code: '4', name: '公益性岗位安置' },
  { code: '5', name: '就业帮扶车间' },
  { code: '6', name: '外出务工（转移就业）' },
  { code: '9', name: '其他' },
] as const;
export type EmploymentTypeCode = (typeof EMPLOYMENT_TYPE)[number]['code'];

/** 注销原因; codes/cancel_reason.csv. */
export const CANCEL_REASON = [
  { code: '1', name: '已就业创业' },
  { code: '2', name: '达到退休年龄或领取养老金' },
  { code: '3', name: '完全丧失劳动能力' },
  { code: '4', name: '入学、服兵役、移居境外' },
  { code: '5', name: '被判刑收监' },
  { code: '6', name: '无正当理由拒绝服务' },
  { code: '7', name: '死亡' },
  { code: '8', name: '迁出本乡镇' },
  { code: '9', name: '其他' },
] as const;
export type CancelReasonCode = (typeof CANCEL_REASON)[number]['code'];

/** 援助类型; codes/assistance_type.csv. */
export const ASSISTANCE_TYPE = [
  { code: '01', name: '职业指导' },
  { code: '02', name: '职业介绍（岗位推荐）' },
  { code: '03', name: '职业技能培训' },
  { code: '04', name: '创业培训' },
  { code: '05', name: '创业担保贷款' },
  { code: '06', name: '公益性岗位安置' },
  { code: '07', name: '社会保险补贴' },
  { code: '08', name: '岗位补贴' },
  { code: '09', name: '就业见习' },
  { code: '10', name: '交通补贴（外出务工）' },
  { code: '11', name: '劳务输出（转移就业）' },
  { code: '12', name: '就业帮扶车间吸纳' },
  { code: '13', name: '残疾人就业服务' },
  { code: '99', name: '其他' },
] as const;
export type AssistanceTypeCode = (typeof ASSISTANCE_TYPE)[number]['code'];

/** 残疾类别 GB/T 26341; codes/disability_category.csv. */
export const DISABILITY_CATEGORY = [
  { code: '1', name: '视力残疾' },
  { code: '2', name: '听力残疾' },
  { code: '3', name: '言语残疾' },
  { code: '4', name: '肢体残疾' },
  { code: '5', name: '智力残疾' },
  { code: '6', name: '精神残疾' },
  { code: '7', name: '多重残疾' },
] as const;
export type DisabilityCategoryCode = (typeof DISABILITY_CATEGORY)[number]['code'];

/** 残疾等级; codes/disability_grade.csv. */
export const DISABILITY_GRADE = [
  { code: '1', name: '一级' },
  { code: '2', name: '二级' },
  { code: '3', name: '三级' },
  { code: '4', name: '四级' },
] as const;
export type DisabilityGradeCode = (typeof DISABILITY_GRADE)[number]['code'];
/** 登记状态 (persons.csv `status`). */
export const PERSON_STATUS = [
  { code: '1', name: '登记失业' },
  { code: '2', name: '已就业' },
  { code: '3', name: '已注销' },
] as const;
export type PersonStatusCode = (typeof PERSON_STATUS)[number]['code'];

/** 零就业家庭状态 as reported (households.csv `status`). */
export const HOUSEHOLD_STATUS = [
  { code: '1', name: '已认定待援助' },
  { code: '2', name: '援助中' },
  { code: '3', name: '已清零' },
  { code: '4', name: '已撤销' },
] as const;
export type HouseholdStatusCode = (typeof HOUSEHOLD_STATUS)[number]['code'];

/**
 * The app's life cycle of a zero-employment household. It is finer than the format's status: applications and the
 * public notice (公示) stay inside the station and are not reported.
 */
export const HOUSEHOLD_STAGE = [
  { code: 'applied', name: '申请' },
  { code: 'publicised', name: '公示' },
  { code: 'recognised', name: '已认定' },
  { code: 'assisting', name: '援助中' },
  { code: 'cleared', name: '已清零' },
  { code: 'revoked', name: '已撤销' },
] as const;
export type HouseholdStage = (typeof HOUSEHOLD_STAGE)[number]['code'];

const STATUS_OF_STAGE: Record<HouseholdStage, HouseholdStatusCode | null> = {
  applied: null,
  publicised: null,
  recognised: '1',
  assisting: '2',
  cleared: '3',
  revoked: '4',
};

/** The format's status for a stage; null while the household is not yet recognised (not reported). */
export function householdStatusForStage(stage: HouseholdStage): HouseholdStatusCode | null {
  return STATUS_OF_STAGE[stage];
}

/** 援助结果 (assistance.csv `result`). */
export const ASSISTANCE_RESULT = [
  { code: '1', name: '已就业' },
  { code: '2', name: '未就业' },
  { code: '3', name: '进行中' },
  { code: '9', name: '其他' },
] as const;
export type AssistanceResultCode = (typeof ASSISTANCE_RESULT)[number]['code'];

/** 劳动能力 (household_members.csv `labour_capacity`). */
export const LABOUR_CAPACITY = [
  { code: '1', name: '有' },
  { code: '2', name: '部分' },
  { code: '3', name: '无' },
] as const;
export type LabourCapacityCode = (typeof LABOUR_CAPACITY)[number]['code'];

/** 残疾人就业意向 (placement wish). Not in the exchange format, so these codes are the app's own. */
export const DISABILITY_PLACEMENT = [
  { code: '1', name: '集中就业' },
  { code: '2', name: '按比例就业' },
  { code: '3', name: '自主就业' },
  { code: '4', name: '辅助性就业' },
  { code: '5', name: '公益性岗位' },
] as const;
export type DisabilityPlacementCode = (typeof DISABILITY_PLACEMENT)[number]['code'];

/** Every table by name, for importers and settings screens that pick a table at run time. */
export const CODE_TABLES = {
  sex: SEX,
  ethnicity: ETHNICITY,
  education: EDUCATION,
  hukouType: HUKOU_TYPE,
  difficulty: DIFFICULTY,
  relation: RELATION,
  employmentType: EMPLOYMENT_TYPE,
  cancelReason: CANCEL_REASON,
  assistanceType: ASSISTANCE_TYPE,
  disabilityCategory: DISABILITY_CATEGORY,
  disabilityGrade: DISABILITY_GRADE,
  personStatus: PERSON_STATUS,
  householdStatus: HOUSEHOLD_STATUS,
  householdStage: HOUSEHOLD_STAGE,
  assistanceResult: ASSISTANCE_RESULT,
  labourCapacity: LABOUR_CAPACITY,
  disabilityPlacement: DISABILITY_PLACEMENT,
} as const;
export type CodeTableName = keyof typeof CODE_TABLES;
export type CodeOf<T extends CodeTable> = T[number]['code'];

/** The label of a code, or null when the code is not in the table (show the raw code and flag it, never hide it). */
export function codeLabel(table: CodeTable, code: string | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return labelsOf(table).get(code) ?? null;
}

// code → label per table, built on first use: ledgers and packages label every cell of 100,000 rows
const labelMaps = new WeakMap<CodeTable, ReadonlyMap<string, string>>();
function labelsOf(table: CodeTable): ReadonlyMap<string, string> {
  let labels = labelMaps.get(table);
  if (!labels) labelMaps.set(table, (labels = new Map(table.map((entry) => [entry.code, entry.name]))));
  return labels;
}

export function isCode<T extends CodeTable>(table: T, code: unknown): code is CodeOf<T> {
  return typeof code === 'string' && table.some((entry) => entry.code === code);
}

/** The codes of a table, e.g. for `z.enum(codesOf(SEX))`. */
export function codesOf<T extends CodeTable>(table: T): [CodeOf<T>, ...CodeOf<T>[]] {
  return table.map((entry) => entry.code) as [CodeOf<T>, ...CodeOf<T>[]];
}
