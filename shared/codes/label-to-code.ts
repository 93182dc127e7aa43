// Turns the labels clerks typed into their Excel registers into codes, for the importer. Only spellings that mean one
// code without doubt are listed; anything else gives null so that the import report asks the clerk, because a wrong
// guess (say, 肄业 read as 毕业) would be written into the register silently.

import { CODE_TABLES, type CodeTable, type CodeTableName, type DifficultyCode } from './index';
import { normaliseAscii, removeBlanks } from '../domain/text-normalise';

/** Extra spellings per table, beyond the official label and the label without its bracketed part. */
const SYNONYMS: Partial<Record<CodeTableName, Record<string, readonly string[]>>> = {
  sex: { '1': ['男性', '男士'], '2': ['女性', '女士'] },
  education: {
    '10': ['研究生', '硕士', '博士', '硕士研究生', '博士研究生', '研究生教育'],
    '20': ['本科', '大学', '大学本科', '大本'],
    '30': ['大专', '专科', '大学专科', '高职', '高等职业教育'],
    '40': ['中专', '职高', '技校', '中职', '中技', '职业高中', '技工学校', '中等专业学校', '中等职业教育'],
    '60': ['高中', '普通高中'],
    '70': ['初中', '初级中学'],
    '80': ['小学'],
    '90': ['文盲', '半文盲', '文盲或半文盲', '未上学', '未上过学', '其他'],
  },
  hukouType: {
    '1': ['非农业', '非农', '城镇', '非农业户口', '城镇户口', '非农户口'],
    '2': ['农业', '农村', '农业户口', '农村户口'],
  },
  difficulty: {
    '01': ['4050', '4050人员', '大龄', '大龄人员', '大龄失业', '大龄失业人员'],
    '02': ['残疾', '残疾人', '残疾人员'],
    '03': ['零就业', '零就业家庭', '零就业家庭成员'],
    '04': ['低保', '低保户', '低保家庭', '低保家庭成员', '城乡低保', '城乡低保家庭成员'],
    '05': ['长期失业', '长期失业人员', '失业一年以上', '连续失业一年以上'],
    '06': ['失地农民', '被征地', '被征地农民', '失地'],
    '07': ['脱贫', '脱贫人口', '脱贫户', '监测对象', '防返贫监测对象', '防止返贫监测对象', '建档立卡'],
    '08': ['刑满释放', '刑满释放人员', '刑释人员', '戒毒', '戒毒康复', '戒毒康复人员', '刑释解教'],
  },
  // GB/T 4761 files each detailed relation under one top-level code (e.g. 儿媳 38 under 30 女), so these are exact.
  relation: {
    '02': ['户主'],
    '10': ['配偶', '夫', '妻', '丈夫', '妻子', '爱人'],
    '20': ['子', '儿子', '长子', '次子', '三子', '独子', '独生子', '养子', '继子', '女婿'],
    '30': ['女', '女儿', '长女', '次女', '三女', '独生女', '养女', '继女', '儿媳', '儿媳妇'],
    '40': ['孙子女', '孙子', '孙女', '外孙', '外孙子', '外孙女', '孙媳妇', '孙女婿'],
    '50': ['父母', '父亲', '母亲', '公公', '婆婆', '岳父', '岳母', '继父', '继母', '养父', '养母'],
    '60': ['祖父母', '祖父', '祖母', '外祖父', '外祖母', '爷爷', '奶奶', '外公', '外婆'],
    '70': ['兄弟姐妹', '兄', '弟', '姐', '妹', '哥哥', '弟弟', '姐姐', '妹妹', '嫂子', '弟媳', '姐夫', '妹夫'],
    '80': ['伯父', '伯母', '叔父', '叔叔', '婶母', '婶婶', '舅父', '舅舅', '舅母', '姨父', '姨母', '姑父', '姑母'],
    '97': ['其他亲属'],
    '99': ['非亲属'],
  },
  employmentType: {
    '1': ['单位就业', '单位'],
    '2': ['灵活就业', '灵活'],
    '3': ['自主创业', '创业', '个体', '个体经营', '个体工商户'],
    '4': ['公益性岗位', '公益岗', '公益性岗位安置'],
    '5': ['帮扶车间', '就业帮扶车间', '扶贫车间'],
    '6': ['外出务工', '转移就业', '外出就业'],
  },
  cancelReason: {
    '1': ['就业', '已就业', '创业', '就业创业'],
    '2': ['退休', '达到退休年龄', '领取养老金', '领取养老保险金'],
    '3': ['丧失劳动能力'],
    '4': ['入学', '升学', '服兵役', '参军', '入伍', '移居境外'],
    '5': ['判刑', '收监', '服刑', '被判刑'],
    '6': ['拒绝服务'],
    '7': ['死亡', '去世', '病故'],
    '8': ['迁出', '户口迁出'],
  },
  assistanceType: {
    '02': ['职业介绍', '岗位推荐', '推荐就业'],
    '03': ['技能培训', '职业培训'],
    '04': ['SYB', 'IYB', 'SYB培训', 'IYB培训'],
    '05': ['创业贷款', '贴息贷款'],
    '06': ['公益性岗位', '公益岗'],
    '07': ['社保补贴'],
    '09': ['见习'],
    '10': ['交通补贴'],
    '11': ['劳务输出', '转移就业'],
    '12': ['帮扶车间', '就业帮扶车间'],
  },
  disabilityGrade: { '1': ['一级', '1级'], '2': ['二级', '2级'], '3': ['三级', '3级'], '4': ['四级', '4级'] },
};

/** Comparison key: ASCII forms, no blanks, no brackets, lower case (so ＳＹＢ, syb and SYB are one). */
function keyOf(text: string): string {
  return removeBlanks(normaliseAscii(text)).replace(/[()]/g, '').toLowerCase();
}

/** Words clerks add after an education level: 初中毕业, 高中文化, 本科学历. 肄业 is not here: it means "did not finish". */
const EDUCATION_SUFFIX = /(毕业|文化程度|文化|学历|程度)$/;

/** Key → code; a key that two codes claim maps to null, so it is refused rather than resolved by list order. */
function buildIndex(name: CodeTableName): Map<string, string | null> {
  const table: CodeTable = CODE_TABLES[name];
  const index = new Map<string, string | null>();
  const add = (label: string, code: string) => {
    const key = keyOf(label);
    const existing = index.get(key);
    index.set(key, existing === undefined || existing === code ? code : null);
  };
  for (const { code, name: label } of table) {
    add(label, code);
    add(label.replace(/（[^）]*）|\([^)]*\)/g, ''), code);
    if (name === 'ethnicity') {
      add(label.replace(/族$/, ''), code);
      add(`${label}人`, code);
    }
    if (name === 'disabilityCategory') add(label.replace(/残疾$/, ''), code);
  }
  for (const [code, labels] of Object.entries(SYNONYMS[name] ?? {})) for (const label of labels) add(label, code);
  return index;
}

const indexes = new Map<CodeTableName, Map<string, string | null>>();

function indexFor(name: CodeTableName): Map<string, string | null> {
  let index = indexes.get(name);
  if (!index) {
    index = buildIndex(name);
    indexes.set(name, index);
  }
  return index;
}

/**
 * The code for a label typed in a register, or null when it is unknown or could mean more than one code.
 * A code typed as itself is accepted; so is a two-digit code whose leading zero Excel dropped ('1' for '01').
 */
export function labelToCode(table: CodeTableName, text: string): string | null {
  const codes: CodeTable = CODE_TABLES[table];
  const ascii = removeBlanks(normaliseAscii(text));
  if (ascii === '') return null;
  if (codes.some((entry) => entry.code === ascii)) return ascii;
  if (/^[1-9]$/.test(ascii) && codes.every((entry) => entry.code.length === 2)) {
    const padded = `0${ascii}`;
    if (codes.some((entry) => entry.code === padded)) return padded;
  }
  const index = indexFor(table);
  const key = keyOf(ascii);
  const found = index.get(key);
  if (found !== undefined) return found;
  if (table === 'education') return index.get(key.replace(EDUCATION_SUFFIX, '')) ?? null;
  return null;
}

/** Keys that two codes of one table claim (expected empty; the unit test keeps it so). */
export function ambiguousLabels(table: CodeTableName): string[] {
  return [...indexFor(table)].filter(([, code]) => code === null).map(([key]) => key);
}

/** Separators clerks put between several categories in one cell: 、,，;；/ and blanks. */
const DIFFICULTY_SEPARATORS = /[、,，;；/／\s\u00a0\u3000]+/;

/** All categories of one cell ('4050、低保；残疾'): known codes sorted and unique, unknown parts as typed. */
export function difficultyLabelsToCodes(text: string): { codes: DifficultyCode[]; unknown: string[] } {
  const codes = new Set<DifficultyCode>();
  const unknown: string[] = [];
  for (const part of normaliseAscii(text).split(DIFFICULTY_SEPARATORS)) {
    if (part === '') continue;
    const code = labelToCode('difficulty', part);
    if (code === null) unknown.push(part);
    else codes.add(code as DifficultyCode);
  }
  return { codes: [...codes].sort(), unknown };
}
