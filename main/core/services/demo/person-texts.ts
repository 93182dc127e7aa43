// The free-text fields of demo persons, in the words clerks write in the registers.

import type { CancelReasonCode, EmploymentTypeCode } from '@shared/codes/index';
import type { Rng } from './random';

export const STREETS = ['人民路', '解放路', '新华街', '建设路', '文化路', '滨河路', '工业路'];

export const UNEMPLOYMENT_REASONS = [
  '合同期满未续签',
  '单位裁员',
  '个人原因辞职',
  '外出务工返乡',
  '单位关闭或破产',
  '土地被征收',
  '照顾家庭后重新求职',
  '个体经营停业',
];

export const JOB_WISHES = [
  '普工',
  '保洁',
  '保安',
  '厨师',
  '电工',
  '驾驶员',
  '家政服务',
  '销售',
  '仓储物流',
  '养老护理',
  '种养殖',
  '就近就业，工种不限',
];

export const TRAINING_WISHES = ['电工', '焊工', '家政服务', '育婴员', '电子商务', '中式烹调', '养老护理员', '创业培训'];

export const SKILLS = ['驾驶（C1）', '电焊', '缝纫', '烹饪', '水电安装', '种植', '养殖', '电脑操作', '泥瓦工'];

export const CANCEL_NOTES: Partial<Record<CancelReasonCode, string>> = {
  '6': '三次无正当理由拒绝提供的就业服务',
  '8': '户籍迁出本乡镇',
  '9': '本人申请注销',
};

const COMPANIES = [
  '{镇}食品厂',
  '湘南通达物流有限公司',
  '湘南建材有限公司',
  '{镇}卫生院',
  '县城百货超市',
  '湘南电子科技有限公司',
  '{镇}农业专业合作社',
  '县城建筑工程有限公司',
];
const PUBLIC_POSTS = ['保洁', '护林', '道路养护', '治安巡逻', '河道保洁'];
const MIGRANT_EMPLOYERS = [
  '广东省东莞市某电子厂',
  '广东省深圳市某制衣厂',
  '浙江省义乌市某小商品公司',
  '广东省广州市某物流公司',
  '福建省厦门市某鞋业公司',
];
const BUSINESSES = ['餐饮店', '农家乐', '养殖场', '网店', '理发店', '小超市'];

/** The employer a clerk writes for this form of employment; flexible work has none. */
export function employerFor(
  rng: Rng,
  type: EmploymentTypeCode,
  place: { township: string; village: string },
): string | null {
  switch (type) {
    case '1':
      return rng.pick(COMPANIES).replace('{镇}', place.township);
    case '3':
      return `自营${rng.pick(BUSINESSES)}`;
    case '4':
      return `${place.township}人民政府（${rng.pick(PUBLIC_POSTS)}公益性岗位）`;
    case '5':
      return `${place.village}就业帮扶车间`;
    case '6':
      return rng.pick(MIGRANT_EMPLOYERS);
    default:
      return null;
  }
}
