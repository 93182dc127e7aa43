// The 基本情况 paragraph of the quarterly report, written from the numbers in the style of county research reports
// ("本季度，我镇新增失业登记X人……"), with every X filled in. Pure: the same text on screen, in print and in .xlsx.

import { quarterLabel, type Quarter } from './dates';

export type ReportFigures = Record<string, string>;

/** 我镇 / 我乡 / 我街道 as the township calls itself. */
export function selfReference(townshipName: string): string {
  if (townshipName.endsWith('街道')) return '我街道';
  if (townshipName.endsWith('乡')) return '我乡';
  return '我镇';
}

export function quarterParagraph(townshipName: string, year: number, quarter: Quarter, v: ReportFigures): string {
  const n = (code: string) => v[code] ?? '0';
  const self = selfReference(townshipName);
  const overdue = n('I09') === '0' ? '，无超期未清零家庭' : `，其中超期未清零${n('I09')}户`;
  return [
    `${quarterLabel(year, quarter)}，${self}新增失业登记${n('I01')}人，失业人员实现再就业${n('I02')}人，其中就业困难人员${n('I03')}人、残疾人${n('I12')}人；`,
    `期末登记失业${n('I04')}人，其中就业困难人员${n('I05')}人。`,
    `新认定零就业家庭${n('I06')}户，清零${n('I07')}户，期末零就业家庭${n('I08')}户${overdue}。`,
    `全季度开展就业援助${n('I10')}人次，其中职业培训${n('I13')}人次，公益性岗位安置${n('I11')}人，`,
    `发放创业担保贷款${n('X01')}笔、${n('X02')}元，发放社会保险补贴、岗位补贴和交通补贴共${n('I14')}元。`,
  ].join('');
}
