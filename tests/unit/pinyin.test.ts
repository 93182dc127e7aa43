import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesPinyin, namePinyin, nameSyllables } from '@shared/domain/pinyin';

describe('namePinyin', () => {
  it('reads 张三 as zs / zhangsan', () => {
    expect(namePinyin('张三')).toEqual({ initials: 'zs', full: 'zhangsan' });
    expect(namePinyin('')).toEqual({ initials: '', full: '' });
  });

  it('reads surnames as surnames', () => {
    expect(namePinyin('单雄信').full).toBe('shanxiongxin');
    expect(namePinyin('曾小明').full.startsWith('zeng')).toBe(true);
    expect(namePinyin('解缙').full).toBe('xiejin');
    expect(namePinyin('仇英').full).toBe('qiuying');
    expect(namePinyin('区永').full).toBe('ouyong');
    expect(namePinyin('朴树').full).toBe('piaoshu');
    expect(namePinyin('查良镛').full).toBe('zhaliangyong');
  });

  it('reads compound surnames', () => {
    expect(namePinyin('欧阳修')).toEqual({ initials: 'oyx', full: 'ouyangxiu' });
    expect(namePinyin('司马光')).toEqual({ initials: 'smg', full: 'simaguang' });
    expect(namePinyin('上官婉儿')).toEqual({ initials: 'sgwe', full: 'shangguanwaner' });
  });

  it('reads only the head as a surname', () => {
    expect(nameSyllables('曾曾')).toEqual(['zeng', 'ceng']);
    expect(nameSyllables('单单')).toEqual(['shan', 'dan']);
  });

  it('handles minority names with · and writes ü as v', () => {
    expect(namePinyin('阿依古丽·买买提')).toEqual({ initials: 'ayglmmt', full: 'ayigulimaimaiti' });
    expect(namePinyin('吕绿')).toEqual({ initials: 'll', full: 'lvlv' });
    expect(namePinyin(' 张 三 ')).toEqual({ initials: 'zs', full: 'zhangsan' });
  });
});

describe('matchesPinyin', () => {
  const zhangsan = namePinyin('张三');

  it('finds 张三 by initials, full pinyin and mixtures', () => {
    for (const query of ['z', 'zs', 'ZS', 'zhang', 'zhangsan', 'zhangs', 'zhs', 'zsan', 'zhang san', 'ｚｓ']) {
      expect(matchesPinyin(query, zhangsan), query).toBe(true);
    }
    expect(matchesPinyin('zs', '张三')).toBe(true);
  });

  it('does not find 张三 by other letters', () => {
    for (const query of ['', 'sz', 'zsx', 'zhangsang', 'san', 'zz', '张']) {
      expect(matchesPinyin(query, zhangsan), query).toBe(false);
    }
  });

  it('splits the full pinyin by its initials', () => {
    const xian = namePinyin('西安');
    expect(xian).toEqual({ initials: 'xa', full: 'xian' });
    expect(matchesPinyin('xa', xian)).toBe(true);
    expect(matchesPinyin('xian', xian)).toBe(true);
    expect(matchesPinyin('xan', xian)).toBe(true);
    expect(matchesPinyin('ouyx', namePinyin('欧阳修'))).toBe(true);
    expect(matchesPinyin('lv', namePinyin('吕布'))).toBe(true);
    expect(matchesPinyin('lü', namePinyin('吕布'))).toBe(true);
  });

  it('finds every name by its initials and by its full pinyin, and every prefix of them (property)', () => {
    const chars =
      '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾单解仇区朴欧阳司上官明华建国秀英玉兰桂芳';
    const name = fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(name, fc.nat(), (n, cut) => {
        const entry = namePinyin(n);
        expect(entry.initials).toHaveLength([...n].length);
        expect(matchesPinyin(entry.initials, entry)).toBe(true);
        expect(matchesPinyin(entry.full, entry)).toBe(true);
        expect(matchesPinyin(entry.full.slice(0, 1 + (cut % entry.full.length)), entry)).toBe(true);
        expect(matchesPinyin(entry.initials.slice(0, 1 + (cut % entry.initials.length)), n)).toBe(true);
        expect(matchesPinyin(`${entry.full}q`, entry)).toBe(false);
      }),
    );
  });
});
