// Chinese names for demo persons. Surnames are drawn by their share of the population (the 2020 census ranking, in
// hundredths of a percent), so a register of 100,000 has as many 王 and 李 as a real one and search by a common
// surname returns the thousands a clerk would see. A few rare surnames and those read differently as surnames
// (单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou, 朴 piao) and compound ones (欧阳, 司马, 诸葛) keep pinyin search honest.

import type { SexCode } from '@shared/codes/index';
import { weightedPicker, type Rng, type Weighted } from './random';

const COMMON_SURNAMES =
  '王712 李700 张674 刘510 陈461 杨322 黄245 赵219 吴208 周200 徐145 孙138 马129 朱128 胡116 郭113 何106 高100 ' +
  '林101 罗97 郑84 梁83 谢81 宋75 唐75 许69 韩68 冯65 邓65 曹63 彭60 曾59 肖57 田55 董53 袁50 潘50 于49 蒋49 ' +
  '蔡48 余47 杜46 叶45 程45 苏44 魏44 吕43 丁42 任42 沈40 姚40 卢39 姜38 崔37 钟36 谭35 陆34 汪34 范33 金32 ' +
  '石32 廖31 贾30 夏30 韦29 付29 方28 白28 邹27 孟27 熊26 秦26 邱26 江25 尹25 薛24 闫23 段23 雷22 侯22 龙22 ' +
  '史21 陶20 黎20 贺20 顾19 毛19 郝18 龚18 邵18 万17 钱17 严16 覃16 武16 戴16 莫15 孔15 向15 汤15';

/** Rare surnames and those with a surname reading; weights in the same unit, so they stay rare. */
const SPECIAL_SURNAMES = '单5 解3 仇3 区1 朴2 欧阳5 司马1 诸葛1 上官1';

function parseWeights(text: string): Weighted<string> {
  return text.split(' ').map((entry) => {
    const match = /^(\D+)(\d+)$/.exec(entry);
    if (!match) throw new Error(`姓氏表格式有误：${entry}`);
    return [match[1]!, Number(match[2])] as const;
  });
}

export const SURNAME_WEIGHTS: Weighted<string> = [...parseWeights(COMMON_SURNAMES), ...parseWeights(SPECIAL_SURNAMES)];
const pickSurname = weightedPicker(SURNAME_WEIGHTS);

const chars = (text: string): readonly string[] => [...text];
const MALE_FIRST = chars('建国志文海东永德金明小宏晓俊家子春新立伟庆光学');
const MALE_SECOND = chars('伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健帆帅旭宁龙林成峰兵锋生荣福顺发祥忠武');
const FEMALE_FIRST = chars('秀桂玉美丽春小晓佳海雪金淑红爱思雨欣慧');
const FEMALE_SECOND = chars('芳娜敏静丽艳娟霞燕玲英兰萍红梅琴云莲凤洁琳雪婷慧颖倩珍丹月华怡');

// Uyghur names are written given name · father's name; a few of the county's migrant workers carry them.
const UYGHUR_MALE = ['艾力', '买买提', '吐尔逊', '艾尼瓦尔', '阿不都', '努尔', '亚森'];
const UYGHUR_FEMALE = ['阿依古丽', '古丽娜', '热依拉', '帕提古丽', '米日古丽', '阿依努尔'];
const UYGHUR_FATHER = ['买买提', '吐尔逊', '艾力', '阿布拉', '玉素甫', '热合曼', '司马义'];

/** Ethnicities whose names are written with the middle dot. */
export const DOTTED_NAME_ETHNICITIES: ReadonlySet<string> = new Set(['05']);

/** A name for a person of this sex and ethnicity: surname and a given name of one or two characters. */
export function personName(rng: Rng, sex: SexCode, ethnicity: string): string {
  if (DOTTED_NAME_ETHNICITIES.has(ethnicity)) {
    return `${rng.pick(sex === '1' ? UYGHUR_MALE : UYGHUR_FEMALE)}·${rng.pick(UYGHUR_FATHER)}`;
  }
  const [first, second] = sex === '1' ? [MALE_FIRST, MALE_SECOND] : [FEMALE_FIRST, FEMALE_SECOND];
  const given = rng.chance(0.3) ? rng.pick(second) : rng.pick(first) + rng.pick(second);
  return pickSurname(rng) + given;
}
