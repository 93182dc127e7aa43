// The areas of the app in the order clerks work through them. `ready` areas have a page; the others show an honest
// "coming later" page until their issue lands, so the navigation already has its final shape.
export type NavArea = { path: string; label: string; ready: boolean; summary: string };

export const NAV_AREAS: readonly NavArea[] = [
  { path: '/', label: '首页', ready: true, summary: '' },
  { path: '/persons', label: '人员登记', ready: false, summary: '失业人员实名制登记、跟踪与注销。' },
  { path: '/import', label: '导入台账', ready: true, summary: '把已有的 Excel 台账导入人员登记。' },
  { path: '/difficulty', label: '就业困难', ready: false, summary: '就业困难人员认定与分类。' },
  { path: '/zero-households', label: '零就业家庭', ready: false, summary: '零就业家庭认定、援助与动态清零期限。' },
  { path: '/disabled', label: '残疾人求职', ready: false, summary: '残疾人求职登记与安置。' },
  { path: '/assistance', label: '就业援助', ready: false, summary: '职业指导、职业介绍、培训、公益性岗位等援助记录。' },
  { path: '/ledgers', label: '台账打印', ready: false, summary: '援助卡、季度援助台账、零就业家庭台账的打印。' },
  { path: '/package', label: '季度报送', ready: false, summary: '生成报送县人社局的季度数据包。' },
  { path: '/statistics', label: '统计分析', ready: false, summary: '各项就业指标的统计。' },
  { path: '/settings', label: '设置', ready: false, summary: '用户、村（社区）、认定标准等设置。' },
];

/** The area of a path by its first segment: `/persons/12?tab=history` belongs to `/persons`. */
export function areaFor(path: string): NavArea {
  const first = `/${path.split('?')[0]!.split('/').filter(Boolean)[0] ?? ''}`;
  return NAV_AREAS.find((area) => area.path === first) ?? NAV_AREAS[0]!;
}

/** The segments after the area's own and the query string of a hash path. */
export function splitPath(path: string): { subPath: string[]; query: URLSearchParams } {
  const [pathname = '', search = ''] = path.split('?');
  return {
    subPath: pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}
