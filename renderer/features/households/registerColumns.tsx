// The columns of the household register, in the order of the paper ledger. Column filters are off: the toolbar
// filters by stage and village and searches by name, and without the filter icons all eleven columns fit at 1366×768.
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { HouseholdRow } from '@shared/contract';
import { DaysLeft, StageBadge } from './badges';
import { stageLabel } from './format';

const date = (headerName: string, field: keyof HouseholdRow): ColDef<HouseholdRow> => ({
  headerName,
  field,
  width: 106,
});

const COLUMNS: ColDef<HouseholdRow>[] = [
  { headerName: '户主', field: 'headName', width: 84 },
  { headerName: '户主身份证号', field: 'headIdNumber', width: 178 },
  { headerName: '村（社区）', field: 'villageName', flex: 1, minWidth: 90 },
  { headerName: '人口', field: 'members', width: 60, type: 'numericColumn' },
  {
    headerName: '阶段',
    colId: 'stage',
    // the label, not the code, is what the clerk filters and sorts by
    valueGetter: (params) => (params.data ? stageLabel(params.data.stage) : ''),
    cellRenderer: (params: ICellRendererParams<HouseholdRow>) =>
      params.data ? <StageBadge stage={params.data.stage} needsRerecognition={params.data.needsRerecognition} /> : null,
    width: 120,
  },
  date('申请日期', 'appliedOn'),
  date('认定日期', 'identifiedOn'),
  date('清零时限', 'deadline'),
  {
    headerName: '剩余天数',
    colId: 'daysLeft',
    // sorts by the number (most overdue first when ascending) while showing 超期 N 天 / 剩 N 天
    valueGetter: (params) => params.data?.daysLeft ?? null,
    cellRenderer: (params: ICellRendererParams<HouseholdRow>) => <DaysLeft daysLeft={params.data?.daysLeft ?? null} />,
    width: 100,
  },
  date('清零日期', 'clearedOn'),
];

export const REGISTER_COLUMNS = COLUMNS.map((column) => ({ ...column, filter: false }));
