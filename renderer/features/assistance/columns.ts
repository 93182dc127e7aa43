// The columns of 援助记录, in the order of the county's assistance ledger. They fit 1366×768 without scrolling
// sideways. Village, type and dates are filtered by the toolbar (on the server), so only the free-text columns keep
// ag-grid's own filter.
import type { ColDef } from 'ag-grid-community';
import type { AssistanceRow } from '@shared/contract';
import { resultLabel, typeLabel, yuanText } from './format';

type Col = ColDef<AssistanceRow>;

export const ACTION_COLUMNS: Col[] = [
  { headerName: '日期', field: 'date', width: 112, sort: 'desc', filter: false },
  { headerName: '对象', field: 'targetName', width: 96 },
  { headerName: '村（社区）', field: 'villageName', width: 104, filter: false },
  {
    headerName: '类型',
    colId: 'type',
    valueGetter: (p) => (p.data ? typeLabel(p.data.type) : ''),
    tooltipValueGetter: (p) => (p.data ? typeLabel(p.data.type) : ''),
    width: 150,
    filter: false,
  },
  { headerName: '内容', field: 'content', flex: 1, minWidth: 130, tooltipField: 'content' },
  { headerName: '单位', field: 'employer', width: 120, tooltipField: 'employer' },
  { headerName: '岗位', field: 'position', width: 80, filter: false },
  {
    headerName: '金额（元）',
    colId: 'amount',
    // sort by the number, show it as clerks write it
    valueGetter: (p) => (p.data?.amount ? Number(p.data.amount) : null),
    valueFormatter: (p) => (p.data ? yuanText(p.data.amount) : ''),
    type: 'rightAligned',
    width: 108,
    filter: false,
  },
  {
    headerName: '结果',
    colId: 'result',
    valueGetter: (p) => (p.data ? resultLabel(p.data.result) : ''),
    width: 76,
    filter: false,
  },
  { headerName: '经办人', field: 'staffName', width: 82, filter: false },
];
