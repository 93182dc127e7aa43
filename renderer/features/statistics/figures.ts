// The figures as the statistics screen shows them: short column titles for the by-village table (the full names of
// indicators.csv are too long for a column), the series of the trend chart, and where a record behind a number opens.
import type { ChannelOutput } from '@shared/contract';
import type { IndicatorCode } from '@shared/domain/indicators';

export type QuarterStats = ChannelOutput<'stats:quarter'>;
export type Figure = QuarterStats['figures'][number];
export type VillageRow = QuarterStats['byVillage'][number];
export type RecordKind = ChannelOutput<'stats:records'>['kind'];

/** Column titles of the by-village table and the chart legends; the code's full name is the tooltip. */
export const SHORT_NAMES: Record<string, string> = {
  I01: '新增失业登记',
  I02: '失业人员就业',
  I03: '困难人员就业',
  I04: '期末登记失业',
  I05: '期末困难人员',
  I06: '新认定零就业户',
  I07: '零就业户清零',
  I08: '期末零就业户',
  I09: '超期未清零户',
  I10: '援助人次',
  I11: '公益性岗位安置',
  I12: '残疾人就业',
  I13: '培训人次',
  I14: '补贴金额（元）',
  X01: '创业贷款笔数',
  X02: '创业贷款金额（元）',
};

/** The columns of the by-village table, on screen and in print (A4 portrait holds about a dozen). */
export const VILLAGE_CODES: readonly IndicatorCode[] = [
  'I01',
  'I02',
  'I03',
  'I04',
  'I05',
  'I06',
  'I07',
  'I08',
  'I10',
  'I13',
  'I14',
];

/** The figures the by-village chart can show, the first being its default. */
export const VILLAGE_CHART_CODES: readonly IndicatorCode[] = ['I04', 'I01', 'I02', 'I05', 'I10', 'I13'];

/** The trend chart: flows of the quarter as bars, the stock at its end as a line. */
export const TREND_SERIES: readonly { code: IndicatorCode; type: 'bar' | 'line' }[] = [
  { code: 'I01', type: 'bar' },
  { code: 'I02', type: 'bar' },
  { code: 'I03', type: 'bar' },
  { code: 'I04', type: 'line' },
];

/** Codes that are not in the county package (the county's reports ask for them too). */
export const isExtra = (code: string) => code.startsWith('X');

/** Amounts in yuan; their records are the assistance actions that paid them. */
export const isAmount = (code: string) => code === 'I14' || code === 'X02';

export const isZero = (value: string) => Number(value) === 0;

export function recordHref(kind: RecordKind, id: number): string {
  if (kind === 'person') return `#/persons/${id}`;
  if (kind === 'household') return `#/zero-households/${id}`;
  return `#/assistance?action=${id}`;
}

export const KIND_UNITS: Record<RecordKind, string> = { person: '人', household: '户', assistance: '条援助记录' };

/** What the clerk clicked: a figure of the township, or of one village (villageCode '' = no village entered). */
export type Drill = { code: string; name: string; value: string; villageCode?: string; villageName?: string };
