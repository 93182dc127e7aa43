import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_TABLES, type CodeTableName } from '@shared/codes';
import { ambiguousLabels, difficultyLabelsToCodes, labelToCode } from '@shared/codes/label-to-code';

const expectAll = (table: CodeTableName, labels: string[], code: string | null) => {
  for (const label of labels) expect(labelToCode(table, label), `${table}: ${label}`).toBe(code);
};

describe('labelToCode', () => {
  it('reads ethnicity', () => {
    expectAll('ethnicity', ['汉', '汉族', '汉族人', ' 汉族 ', "'汉族", '01', '1', '０１'], '01');
    expectAll('ethnicity', ['蒙古', '蒙古族'], '02');
    expectAll('ethnicity', ['土家族', '土家'], '15');
    expectAll('ethnicity', ['汉人族', '华族', '外国人'], null);
  });

  it('reads education', () => {
    expectAll('education', ['初中', '初级中学', '初中毕业', '初中文化', '７０'], '70');
    expectAll('education', ['高中', '普通高中', '高中毕业'], '60');
    expectAll('education', ['中专', '职高', '技校', '中职', '中等职业教育（中专、职高、技校）'], '40');
    expectAll('education', ['大专', '专科', '大学专科'], '30');
    expectAll('education', ['本科', '大学', '大学本科'], '20');
    expectAll('education', ['研究生', '硕士', '博士'], '10');
    expectAll('education', ['小学'], '80');
    expectAll('education', ['文盲', '未上学', '其他', '其他（含未上学）'], '90');
    expectAll('education', ['初中肄业', '高中及以上', '7', '50', ''], null);
  });

  it('reads sex and hukou type', () => {
    expectAll('sex', ['男', '男性', '1'], '1');
    expectAll('sex', ['女', '女性', '2'], '2');
    expectAll('sex', ['M', '未知'], null);
    expectAll('hukouType', ['农业', '农村', '农业户口'], '2');
    expectAll('hukouType', ['非农业', '城镇', '非农业户口'], '1');
    expectAll('hukouType', ['居民户口', '农'], null);
  });

  it('reads difficulty categories and their short forms', () => {
    expectAll('difficulty', ['4050', '大龄', '大龄失业人员', '01', '1'], '01');
    expectAll('difficulty', ['残疾', '残疾人'], '02');
    expectAll('difficulty', ['零就业', '零就业家庭成员'], '03');
    expectAll('difficulty', ['低保', '城乡低保家庭成员'], '04');
    expectAll('difficulty', ['长期失业', '连续失业一年以上'], '05');
    expectAll('difficulty', ['失地农民', '被征地', '被征地农民'], '06');
    expectAll('difficulty', ['脱贫', '监测对象', '脱贫人口及防止返贫监测对象'], '07');
    expectAll('difficulty', ['刑满释放', '戒毒', '刑满释放及戒毒康复人员'], '08');
    expectAll('difficulty', ['其他经县级认定人员'], '09');
    expectAll('difficulty', ['困难', '4050人员、低保'], null);
  });

  it('reads the other tables of the format', () => {
    expect(labelToCode('relation', '儿媳')).toBe('30');
    expect(labelToCode('relation', '妻子')).toBe('10');
    expect(labelToCode('relation', '2')).toBe('02');
    expect(labelToCode('relation', '本人')).toBeNull();
    expect(labelToCode('employmentType', '外出务工')).toBe('6');
    expect(labelToCode('cancelReason', '死亡')).toBe('7');
    expect(labelToCode('assistanceType', '职业介绍')).toBe('02');
    expect(labelToCode('assistanceType', '职业介绍（岗位推荐）')).toBe('02');
    expect(labelToCode('assistanceType', 'ＳＹＢ')).toBe('04');
    expect(labelToCode('disabilityCategory', '肢体')).toBe('4');
    expect(labelToCode('disabilityGrade', '二级')).toBe('2');
    expect(labelToCode('labourCapacity', '部分')).toBe('2');
  });

  it('maps every official label and code of every table to its own code (property)', () => {
    const names = Object.keys(CODE_TABLES) as CodeTableName[];
    const entry = fc
      .constantFrom(...names)
      .chain((table) =>
        fc.constantFrom(...CODE_TABLES[table]).map((item) => ({ table, code: item.code, label: item.name })),
      );
    fc.assert(
      fc.property(entry, ({ table, code, label }) => {
        expect(labelToCode(table, label)).toBe(code);
        expect(labelToCode(table, code)).toBe(code);
        expect(labelToCode(table, `\u3000${label} `)).toBe(code);
      }),
    );
  });

  it('has no spelling that two codes of one table claim', () => {
    for (const name of Object.keys(CODE_TABLES) as CodeTableName[]) expect(ambiguousLabels(name), name).toEqual([]);
  });
});

describe('difficultyLabelsToCodes', () => {
  it('splits on every separator clerks use and sorts the codes', () => {
    expect(difficultyLabelsToCodes('低保、4050')).toEqual({ codes: ['01', '04'], unknown: [] });
    expect(difficultyLabelsToCodes('残疾,低保，零就业;长期失业；失地农民/脱贫 刑满释放\u3000大龄')).toEqual({
      codes: ['01', '02', '03', '04', '05', '06', '07', '08'],
      unknown: [],
    });
    expect(difficultyLabelsToCodes('04;01;04')).toEqual({ codes: ['01', '04'], unknown: [] });
    expect(difficultyLabelsToCodes('低保、困难户')).toEqual({ codes: ['04'], unknown: ['困难户'] });
    expect(difficultyLabelsToCodes('  ')).toEqual({ codes: [], unknown: [] });
  });
});
