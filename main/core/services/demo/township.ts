import type { SetupInput } from '@shared/contract';

/** The password of the demo head; printed by `demo --init`, never used for a real station. */
export const DEMO_HEAD_PASSWORD = 'Demo#2026';

/**
 * The seed township of the demo and the benchmark: 示范镇 of county 431025, two communities (居委会 codes 0xx) and
 * ten villages (村委会 codes 2xx), as in the 统计用区划代码.
 */
export const DEMO_SETUP: SetupInput = {
  countyCode: '431025',
  townshipCode: '431025100',
  townshipName: '示范镇',
  villages: [
    { code: '431025100001', name: '城关社区' },
    { code: '431025100002', name: '新街社区' },
    { code: '431025100201', name: '东山村' },
    { code: '431025100202', name: '西河村' },
    { code: '431025100203', name: '南岭村' },
    { code: '431025100204', name: '北坪村' },
    { code: '431025100205', name: '石门村' },
    { code: '431025100206', name: '桃源村' },
    { code: '431025100207', name: '龙潭村' },
    { code: '431025100208', name: '枫树村' },
    { code: '431025100209', name: '青山村' },
    { code: '431025100210', name: '高桥村' },
  ],
  head: { username: 'admin', displayName: '王站长', password: DEMO_HEAD_PASSWORD },
};
