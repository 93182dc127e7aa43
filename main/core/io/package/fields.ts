import type { FieldKind } from './csv';

// The field codes of each CSV in the format's order, whether each is free text (formula-escaped), and the Chinese
// label used as the header of ledger.xlsx.

export type FieldSpec = { code: string; label: string; kind: FieldKind };
const f = (code: string, label: string, kind: FieldKind = 'code'): FieldSpec => ({ code, label, kind });

export const PERSON_FIELDS: FieldSpec[] = [
  f('person_id', '人员编号'),
  f('id_number', '公民身份号码'),
  f('name', '姓名', 'text'),
  f('sex', '性别'),
  f('birth_date', '出生日期'),
  f('ethnicity', '民族'),
  f('education', '文化程度'),
  f('hukou_type', '户口性质'),
  f('village_code', '户籍所在村（社区）'),
  f('address', '现居住地址', 'text'),
  f('phone', '联系电话'),
  f('registered_on', '失业登记日期'),
  f('status', '登记状态'),
  f('employed_on', '实现就业日期'),
  f('employment_type', '就业形式'),
  f('cancelled_on', '注销日期'),
  f('cancel_reason', '注销原因'),
  f('difficulty', '就业困难人员类别'),
  f('difficulty_on', '认定日期'),
  f('disability_cert', '残疾人证号'),
  f('disability_category', '残疾类别'),
  f('disability_grade', '残疾等级'),
  f('household_id', '所属零就业家庭'),
  f('change', '变动标志'),
  f('updated_at', '最后变更时间'),
];

export const HOUSEHOLD_FIELDS: FieldSpec[] = [
  f('household_id', '家庭编号'),
  f('head_id_number', '户主身份号码'),
  f('head_name', '户主姓名', 'text'),
  f('village_code', '村（社区）'),
  f('address', '家庭住址', 'text'),
  f('members', '家庭人口数'),
  f('identified_on', '认定日期'),
  f('deadline', '清零时限'),
  f('status', '状态'),
  f('cleared_on', '清零日期'),
  f('cleared_by', '实现就业的成员'),
  f('change', '变动标志'),
  f('updated_at', '最后变更时间'),
];

export const MEMBER_FIELDS: FieldSpec[] = [
  f('household_id', '家庭编号'),
  f('id_number', '成员身份号码'),
  f('name', '姓名', 'text'),
  f('relation', '与户主关系'),
  f('working_age', '法定劳动年龄内'),
  f('labour_capacity', '劳动能力'),
  f('employed', '是否就业'),
  f('person_id', '人员编号'),
  f('change', '变动标志'),
  f('updated_at', '最后变更时间'),
];

export const ASSISTANCE_FIELDS: FieldSpec[] = [
  f('action_id', '援助编号'),
  f('person_id', '援助对象'),
  f('household_id', '家庭编号'),
  f('type', '援助类型'),
  f('date', '援助日期'),
  f('content', '援助内容', 'text'),
  f('employer', '推荐/安置单位', 'text'),
  f('position', '岗位', 'text'),
  f('amount', '补贴/贷款金额（元）'),
  f('result', '结果'),
  f('staff', '经办人', 'text'),
];

export const INDICATOR_FIELDS: FieldSpec[] = [f('code', '指标代码'), f('name', '指标名称', 'text'), f('value', '数值')];

export type Row = Record<string, string | null>;
